/**
 * What every element gets from its base and controllers: a notice when the study's texts are not in
 * the reader's language, a placeholder for draft texts, contact events from the fallback, and a
 * config property that needs neither a <trial-study> nor the validator when it was checked before.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { TrialFaq } from '../../src/elements/trial-faq/trial-faq.js';
import type { ContactDetail } from '../../src/internal/events.js';
import { captureConsole, demoConfig, minimalConfig, nextEvent, shadowText, until } from '../helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const DRAFT = 'This part is still being written. Ask the study team.';

describe('Element base: languages, drafts, fallback, config property', () => {
  afterEach(() => fixtureCleanup());

  describe('the study’s texts in another language than the reader’s', () => {
    it('Arabic card on an English-only config: says so once, in Arabic, and the summary is lang="en" dir="ltr", aligned left', async () => {
      const el = await fixture<TrialCard>(html`<trial-card lang="ar" .config=${minimalConfig()}></trial-card>`);
      await until(() => $(el, '[part="summary"]'), 'the summary');
      const notices = el.shadowRoot!.querySelectorAll('[part="language-notice"]');
      expect(notices).to.have.length(1);
      expect(notices[0]!.textContent!.trim()).to.equal('معلومات هذه الدراسة متاحة باللغة \u2068الإنجليزية\u2069 فقط.');
      // Near the top: the first thing inside the root.
      expect($(el, '[part="base"]').firstElementChild).to.equal(notices[0]);
      const summary = $(el, '[part="summary"] > span');
      expect(summary.getAttribute('lang')).to.equal('en');
      expect(summary.getAttribute('dir')).to.equal('ltr');
      // A one-line English summary starts at the left edge of its paragraph, as English does.
      const paragraph = $(el, '[part="summary"]').getBoundingClientRect();
      expect(summary.getClientRects()[0]!.left - paragraph.left, 'summary flush left').to.be.within(-1, 2);
      expect(paragraph.right - summary.getClientRects()[0]!.right, 'and not flush right').to.be.above(40);
      await expect(el).to.be.accessible();
    });

    it('names the language the texts fall back to, in the reader’s language (a Spanish-only study read in German)', async () => {
      const config = minimalConfig({ title: { es: 'Un estudio pequeño' }, summary: { es: 'Un resumen corto.' }, defaultLocale: 'es' });
      const el = await fixture<TrialCard>(html`<trial-card lang="de" .config=${config}></trial-card>`);
      await until(() => $(el, '[part="summary"]'), 'the summary');
      expect($(el, '[part="language-notice"]').textContent!.trim()).to.equal('Die Informationen zu dieser Studie gibt es nur auf Spanisch.');
      expect($(el, '[part="summary"] > span').getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
    });

    it('says nothing when the config has texts in the reader’s language, even if one falls back', async () => {
      const config = minimalConfig({ title: { en: 'A small study', es: 'Un estudio pequeño' }, summary: { en: 'Only in English.' } });
      const el = await fixture<TrialCard>(html`<trial-card lang="es" .config=${config}></trial-card>`);
      await until(() => $(el, '[part="summary"]'), 'the summary');
      expect(el.shadowRoot!.querySelector('[part="language-notice"]')).to.equal(null);
      expect($(el, '[part="summary"] > span').getAttribute('lang')).to.equal('en');
    });

    it('FAQ in Arabic on an English study: one notice, built-in answers stay Arabic and unmarked', async () => {
      const el = await fixture<TrialFaq>(html`<trial-faq lang="ar" open="stopping" .config=${await demoConfig('cll-apg-2575')}></trial-faq>`);
      await until(() => $(el, '#a-stopping'), 'the stopping answer');
      expect(el.shadowRoot!.querySelectorAll('[part="language-notice"]')).to.have.length(1);
      expect($(el, '#a-stopping').querySelector('[lang="en"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('texts still marked [REWRITE]', () => {
    it('a card shows the placeholder sentence, never the marked text, and one console error names summary', async () => {
      const config = minimalConfig({ summary: '[REWRITE] Participants with relapsed CLL after ≥1 prior line of therapy.' });
      const { result: el, errors } = await captureConsole(async () => {
        const card = await fixture<TrialCard>(html`<trial-card .config=${config}></trial-card>`);
        await until(() => $(card, '[part="summary"]'), 'the summary');
        card.setAttribute('lang', 'en-GB'); // another render must not log again
        await card.updateComplete;
        return card;
      });
      expect($(el, '[part="summary"]').textContent!.trim()).to.equal(DRAFT);
      expect(shadowText(el)).to.not.contain('[REWRITE]');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<trial-card>').and.to.contain('[REWRITE]: summary').and.to.contain('rewrite them in plain words');
      await expect(el).to.be.accessible();
    });

    it('plain() gives the placeholder too: a shared message never carries the marked title', async () => {
      const config = minimalConfig({ title: { en: '[REWRITE] A Phase 2 Study of APG-2575' } });
      const { result: el, errors } = await captureConsole(async () => {
        const share = await fixture(html`<trial-share networks="email" .config=${config}></trial-share>`);
        return until(() => share.shadowRoot?.querySelector('[part~="network-email"]') && share, 'the email link');
      });
      const href = decodeURIComponent($(el, '[part~="network-email"]').getAttribute('href')!.replace(/\+/g, ' '));
      expect(href).to.not.contain('[REWRITE]');
      expect(href).to.contain(DRAFT);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<trial-share>').and.to.contain('title.en');
    });
  });

  describe('the friendly fallback', () => {
    it('its contact actions emit trial-contact, like the card’s', async () => {
      const broken = { ...minimalConfig({ id: 'broken-study' }), status: 'maybe' };
      const { result: el } = await captureConsole(async () => {
        const card = await fixture<TrialCard>(html`<trial-card .config=${broken}></trial-card>`);
        await until(() => card.shadowRoot!.querySelector('[part="fallback"]'), 'the fallback');
        return card;
      });
      const call = $(el, '[part="fallback"] [part~="action-call"]');
      call.addEventListener('click', (event) => event.preventDefault()); // stay on the page in the test
      const contact = nextEvent<ContactDetail>(el, 'trial-contact');
      call.click();
      const event = await contact;
      expect(event.detail).to.deep.equal({ trialId: 'broken-study', channel: 'phone' });
      expect(event.bubbles && event.composed).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('a config given by property', () => {
    it('one that a trialkit element validated is used at once: no validator, no study, no context request', async () => {
      const first = await fixture<TrialCard>(html`<trial-card .config=${minimalConfig({ title: 'Checked once' })}></trial-card>`);
      const checked = first.trialConfig!;
      expect(checked.title).to.equal('Checked once');
      const requests: Event[] = [];
      const listen = (event: Event) => requests.push(event);
      document.addEventListener('context-request', listen);
      try {
        const card = document.createElement('trial-card');
        card.config = checked;
        const ready = nextEvent(card, 'trial-ready');
        first.after(card);
        // Synchronously ready on connect: nothing was loaded or asked for.
        expect(card.trialConfig).to.equal(checked);
        await ready;
        await card.updateComplete;
        expect($(card, '[part="title"]').textContent).to.contain('Checked once');
        expect(requests).to.have.length(0);
        await expect(card).to.be.accessible();
      } finally {
        document.removeEventListener('context-request', listen);
      }
    });

    it('an unchecked object is still validated (and an invalid one still falls back)', async () => {
      const { result: card, errors } = await captureConsole(async () => {
        const el = document.createElement('trial-card');
        el.config = { ...minimalConfig(), status: 'maybe' };
        document.body.append(el);
        expect(el.trialConfig).to.equal(undefined);
        await until(() => el.shadowRoot?.querySelector('[part="fallback"]'), 'the fallback');
        return el;
      });
      expect(errors.join('\n')).to.contain('status');
      card.remove();
    });
  });
});
