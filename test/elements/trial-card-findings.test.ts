import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { FindingsNotifyDetail } from '../../src/internal/events.js';
import { demoConfig, minimalConfig, mount, nextEvent, shadowText, tabUntil, until } from '../helpers.js';

const FINDINGS = {
  summary: {
    en: 'The study found that people in both groups did about as well.',
    es: 'El estudio encontró que a las personas de los dos grupos les fue más o menos igual.',
  },
  url: 'https://clinicaltrials.gov/study/NCT02513394?tab=results',
  postedOn: '2022-04-13',
};

const card = (config: unknown, attrs: Record<string, string> = {}) => mount<TrialCard>('trial-card', config, attrs);

const root = (el: TrialCard) => el.shadowRoot!;
const section = (el: TrialCard) => root(el).querySelector<HTMLElement>('[part~="findings"]');
const active = (el: TrialCard) => root(el).activeElement as HTMLElement | null;
const testId = () => Math.random().toString(36).slice(2);

const notifyConfig = (endpoint: string, overrides: Record<string, unknown> = {}) =>
  minimalConfig({
    id: 'notify-test',
    status: 'completed',
    findings: { notify: { endpoint, consent: 'I agree to send my email address so the study team can tell me when the results are out.' } },
    ...overrides,
  });

async function withForm(config: unknown, attrs: Record<string, string> = {}) {
  const el = await card(config, attrs);
  await until(() => root(el).querySelector('[part~="findings-notify"] form'), 'the sign-up form');
  return el;
}

async function typeEmail(el: TrialCard, email: string) {
  await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'email', 'email');
  await sendKeys({ type: email });
}
async function tickConsent(el: TrialCard) {
  await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'consent', 'consent');
  await sendKeys({ press: 'Space' });
}
async function pressSend(el: TrialCard) {
  await tabUntil(el, (f) => f.textContent?.trim() === 'Send', 'Send');
  await sendKeys({ press: 'Enter' });
}
const received = async (id: string) => (await fetch(`/__test__/referral/received?id=${id}`)).json();

describe('<trial-card> what the study found', () => {
  afterEach(() => fixtureCleanup());

  it('shows the summary in plain words, when it was posted, and a link to the full results; accessible', async () => {
    const el = await card(minimalConfig({ status: 'completed', findings: FINDINGS }));
    const part = section(el)!;
    expect(part.querySelector('h3')!.textContent!.trim()).to.equal('What the study found');
    expect(part.querySelector('[part~="findings-summary"]')!.textContent).to.contain('people in both groups did about as well');
    expect(part.textContent).to.contain('Posted on April 13, 2022');
    const link = part.querySelector<HTMLAnchorElement>('[part~="findings-link"]')!;
    expect(link.href).to.equal(FINDINGS.url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('Read the full results').and.contain('(opens in a new tab)');
    expect(part.textContent).not.to.contain('have not been published');
    await expect(el).to.be.accessible();
  });

  it('shows it in Spanish from the same config', async () => {
    const el = await card(minimalConfig({ status: 'completed', findings: FINDINGS }), { lang: 'es' });
    const part = section(el)!;
    expect(part.querySelector('h3')!.textContent!.trim()).to.equal('Lo que encontró el estudio');
    expect(part.textContent).to.contain('a las personas de los dos grupos les fue más o menos igual');
    expect(part.textContent).to.contain('Publicado el 13 de abril de 2022');
    expect(part.textContent).to.contain('Leer los resultados completos');
    await expect(el).to.be.accessible();
  });

  it('a link alone is enough for the section', async () => {
    const el = await card(minimalConfig({ status: 'completed', findings: { url: FINDINGS.url } }));
    expect(section(el)!.querySelector('[part~="findings-link"]')).to.exist;
    expect(section(el)!.querySelector('[part~="findings-summary"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const status of ['completed', 'terminated'] as const) {
    it(`a ${status} study without findings says the results have not been published yet`, async () => {
      const el = await card(minimalConfig({ status }));
      expect(section(el)!.textContent).to.contain('The results have not been published yet.');
      expect(root(el).querySelector('[part~="findings-notify"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('a study still running, without findings or a sign-up, has no findings section', async () => {
    for (const status of ['recruiting', 'active_not_recruiting', 'withdrawn'] as const) {
      const el = await card(minimalConfig({ status }));
      expect(section(el), status).to.equal(null);
      expect(shadowText(el)).not.to.contain('What the study found');
    }
  });

  it('never shows an imported draft summary still marked for rewrite', async () => {
    const el = await card(minimalConfig({ status: 'completed', findings: { summary: '[REWRITE] Main measure: iDFS (4 years).', url: FINDINGS.url } }));
    expect(shadowText(el)).not.to.contain('REWRITE').and.not.to.contain('iDFS');
    expect(section(el)!.querySelector('[part~="findings-link"]')).to.exist;
  });

  it('hide="findings" leaves the section and the sign-up out (the form is not even loaded)', async () => {
    const config = notifyConfig(`${location.origin}/__test__/referral/ok`, {
      findings: { ...FINDINGS, notify: notifyConfig('https://x.example').findings!.notify },
    });
    const el = await card(config, { hide: 'findings' });
    // The same config on a card that shows findings: once its form is in, the hidden one had its chance.
    await withForm(structuredClone(config));
    await el.updateComplete;
    expect(section(el)).to.equal(null);
    expect(root(el).querySelector('input')).to.equal(null);
    expect(shadowText(el)).not.to.contain('What the study found');
  });

  it('the compact card still says what the study found', async () => {
    const el = await card(minimalConfig({ status: 'completed', findings: FINDINGS }), { variant: 'compact' });
    expect(section(el)).to.exist;
  });

  for (const lang of ['en', 'es'] as const) {
    it(`the demo breast cancer study with results says what it found and offers the sign-up, in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
      const config = await demoConfig('breast-cancer-pallas');
      const el = await withForm(config, { lang });
      const findings = config.findings!;
      const summary = (findings.summary as Record<string, string>)[lang]!;
      expect(section(el)!.querySelector('[part~="findings-summary"]')!.textContent).to.contain(summary);
      expect(section(el)!.textContent).to.contain(lang === 'en' ? 'Posted on April 13, 2022' : 'Publicado el 13 de abril de 2022');
      expect(section(el)!.querySelector<HTMLAnchorElement>('[part~="findings-link"]')!.href).to.equal(findings.url);
      expect(section(el)!.querySelector('[part~="findings-notify"] h4')!.textContent).to.contain(
        lang === 'en' ? 'Tell me when results are out' : 'Avísenme cuando haya resultados',
      );
      await expect(el).to.be.accessible();
    });
  }

  describe('<trial-faq> results topic', () => {
    async function faqFor(config: unknown) {
      const el = document.createElement('trial-faq') as HTMLElement & { config: unknown; updateComplete: Promise<boolean> };
      el.setAttribute('topics', 'results');
      el.setAttribute('open', 'results');
      el.config = config;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      return el;
    }

    it('answers from findings: what it found, when, and a link to the full results; accessible', async () => {
      const el = await faqFor(minimalConfig({ status: 'completed', findings: FINDINGS, participation: { results: 'Results will be posted.' } }));
      const text = shadowText(el);
      expect(text).to.contain('Will I hear the results?').and.contain('people in both groups did about as well').and.contain('Posted on April 13, 2022');
      expect(text).not.to.contain('Results will be posted.');
      const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.includes('Read the full results'))!;
      expect(link.href).to.equal(FINDINGS.url);
      await expect(el).to.be.accessible();
    });

    it('without findings, answers from participation.results as before', async () => {
      const el = await faqFor(minimalConfig({ status: 'completed', participation: { results: 'Results will be posted.' } }));
      expect(shadowText(el)).to.contain('Results will be posted.').and.not.contain('Read the full results');
      await expect(el).to.be.accessible();
    });
  });

  describe('tell me when results are out', () => {
    let timeout: number;
    beforeEach(() => {
      timeout = TrialCard.notifyTimeout;
      TrialCard.notifyTimeout = 500;
    });
    afterEach(() => {
      TrialCard.notifyTimeout = timeout;
    });

    it('the consent box is a 44 × 44 px target beside the first line of its label, like the referral form', async () => {
      const el = await withForm(notifyConfig('https://example.org/notify'));
      const consent = root(el).querySelector<HTMLInputElement>('[part~="findings-notify"] input[name="consent"]')!;
      const box = consent.parentElement!.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      const range = document.createRange();
      range.selectNodeContents(consent.closest('label')!.querySelector('.label')!);
      const first = range.getClientRects()[0]!;
      const control = consent.getBoundingClientRect();
      expect(first.left - control.right, 'gap between the checkbox and its label').to.be.above(4);
      expect((control.top + control.bottom) / 2).to.be.within(first.top, first.bottom);
      (root(el).elementFromPoint(box.left + 2, box.bottom - 2) as HTMLElement).click();
      expect(consent.checked, 'the edge of the target ticks the box').to.equal(true);
    });

    it('sends nothing until the person gives a valid email, ticks consent and presses Send; plain errors; accessible', async () => {
      const id = testId();
      const el = await withForm(notifyConfig(`${location.origin}/__test__/referral/ok?id=${id}`));
      expect(section(el)!.textContent).to.contain('The results have not been published yet.');
      const form = root(el).querySelector('[part~="findings-notify"] form')!;
      expect(form.querySelectorAll('input.text').length, 'one field: email').to.equal(1);
      const email = form.querySelector<HTMLInputElement>('input[name="email"]')!;
      expect(email.type).to.equal('email');
      expect(email.getAttribute('autocomplete')).to.equal('email');
      const consent = form.querySelector<HTMLInputElement>('input[name="consent"]')!;
      expect(consent.checked, 'never pre-ticked').to.equal(false);
      expect(consent.closest('label')!.textContent).to.contain('I agree to send my email address');
      await expect(el).to.be.accessible();

      await pressSend(el);
      const summary = await until(() => root(el).querySelector<HTMLElement>('[part~="findings-notify"] .error-summary'), 'error summary');
      await until(() => active(el) === summary, 'focus on the error summary');
      expect(summary.textContent).to.contain('Enter an email address like name@example.com.').and.contain('Tick the box if you agree to send your email address.');
      await expect(el).to.be.accessible();

      // A valid email without consent: still nothing sent.
      await typeEmail(el, 'ana@example.org');
      await pressSend(el);
      await until(() => !root(el).querySelector('.error-summary')?.textContent?.includes('Enter an email'), 'email error gone');
      expect(root(el).querySelector('.error-summary')!.textContent).to.contain('Tick the box');
      expect(await received(id), 'nothing reached the endpoint').to.equal(null);
    });

    it('posts { trialId, email, language, ref, consentText, sentAt } after consent, by keyboard, and emits no email', async () => {
      const id = testId();
      document.cookie = 'trialkit-test=1; path=/';
      try {
        const el = await withForm(notifyConfig(`${location.origin}/__test__/referral/ok?id=${id}`), { ref: 'patient-forum' });
        await typeEmail(el, ' ana@example.org ');
        await tickConsent(el);
        const event = nextEvent<FindingsNotifyDetail>(el, 'trial-findings-notify');
        await pressSend(el);
        expect((await event).detail).to.deep.equal({ trialId: 'notify-test', status: 'sent' });
        await until(() => shadowText(el).includes('Your email address was sent.'), 'success');
        expect(root(el).querySelector('[part~="findings-notify"] form'), 'the form is done').to.equal(null);
        await until(() => active(el)?.textContent?.includes('Tell me when results are out'), 'focus on the heading');
        const got = await received(id);
        expect(got.contentType).to.contain('application/json');
        expect(got.cookie, 'credentials: omit').to.equal(null);
        const { sentAt, ...body } = got.body;
        expect(new Date(sentAt).getTime()).to.be.closeTo(Date.now(), 60_000);
        expect(body).to.deep.equal({
          trialId: 'notify-test',
          email: 'ana@example.org',
          language: 'en',
          ref: 'patient-forum',
          consentText: 'I agree to send my email address so the study team can tell me when the results are out.',
        });
        await expect(el).to.be.accessible();
      } finally {
        document.cookie = 'trialkit-test=; path=/; max-age=0';
      }
    });

    const failures: [string, (origin: string) => string][] = [
      ['a 500 reply', (origin) => `${origin}/__test__/referral/fail`],
      ['a reply slower than the timeout', (origin) => `${origin}/__test__/referral/slow?ms=3000`],
      ['a network error (nothing listening)', () => 'http://127.0.0.1:9/notify'],
    ];
    for (const [what, endpoint] of failures) {
      it(`after ${what}: says nothing was lost, keeps the email and the tick, and Send works again`, async () => {
        const id = testId();
        const el = await withForm(notifyConfig(endpoint(location.origin)));
        await typeEmail(el, 'ana@example.org');
        await tickConsent(el);
        const failed = nextEvent<FindingsNotifyDetail>(el, 'trial-findings-notify', 6000);
        await pressSend(el);
        expect((await failed).detail).to.deep.equal({ trialId: 'notify-test', status: 'failed' });
        const status = root(el).querySelector('[part~="findings-notify"] [role="status"]')!;
        await until(() => status.textContent!.includes('Nothing was lost'), 'failure message');
        expect(root(el).querySelector<HTMLInputElement>('input[name="email"]')!.value).to.equal('ana@example.org');
        expect(root(el).querySelector<HTMLInputElement>('input[name="consent"]')!.checked).to.equal(true);
        await expect(el).to.be.accessible();
        // The endpoint is back: pressing Send again is all it takes.
        el.trialConfig!.findings!.notify!.endpoint = `${location.origin}/__test__/referral/ok?id=${id}`;
        const sent = nextEvent<FindingsNotifyDetail>(el, 'trial-findings-notify', 6000);
        await pressSend(el);
        expect((await sent).detail.status).to.equal('sent');
        expect((await received(id)).body.email).to.equal('ana@example.org');
      });
    }

    it('never posts to an endpoint that is not https (a config changed after validation)', async () => {
      const el = await withForm(notifyConfig(`${location.origin}/__test__/referral/ok`));
      el.trialConfig!.findings!.notify!.endpoint = 'javascript:alert(1)';
      const realFetch = window.fetch;
      let called = false;
      window.fetch = () => {
        called = true;
        return Promise.reject(new Error('no'));
      };
      try {
        await typeEmail(el, 'ana@example.org');
        await tickConsent(el);
        const event = nextEvent<FindingsNotifyDetail>(el, 'trial-findings-notify');
        await pressSend(el);
        expect((await event).detail.status).to.equal('failed');
        expect(called).to.equal(false);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('is offered with published findings too (for later results), and in Spanish', async () => {
      const el = await withForm(
        notifyConfig('https://x.example/notify', {
          status: 'active_not_recruiting',
          findings: { ...FINDINGS, notify: { endpoint: 'https://x.example/notify', consent: { en: 'I agree.', es: 'Estoy de acuerdo.' } } },
        }),
        { lang: 'es' },
      );
      expect(section(el)!.textContent).to.contain('Lo que encontró el estudio').and.contain('Avísenme cuando haya resultados').and.contain('Estoy de acuerdo.');
      expect(section(el)!.textContent).not.to.contain('todavía no se han publicado');
      await expect(el).to.be.accessible();
    });

    it('the breast cancer demo offers the sign-up and says honestly that there are no results yet', async () => {
      const el = await withForm(await demoConfig('breast-cancer-neratinib'));
      expect(section(el)!.textContent).to.contain('The results have not been published yet.').and.contain('Tell me when results are out');
      await expect(el).to.be.accessible();
    });
  });
});
