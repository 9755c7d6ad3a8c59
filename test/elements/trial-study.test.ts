import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { TrialStudy } from '../../src/elements/trial-study/trial-study.js';
import type { TrialErrorDetail, TrialReadyDetail } from '../../src/internal/events.js';
import { captureConsole, demoConfig, minimalConfig, nextEvent, shadowText, until } from '../helpers.js';

const cardTitle = (card: Element) => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();

async function studyWithCard(src: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const study = document.createElement('trial-study');
  const ready = nextEvent<TrialReadyDetail>(study, 'trial-ready');
  const error = nextEvent<TrialErrorDetail>(study, 'trial-error');
  ready.catch(() => {});
  error.catch(() => {});
  study.setAttribute('src', src);
  study.innerHTML = '<trial-card></trial-card>';
  wrapper.append(study);
  return { study: study as TrialStudy, card: study.querySelector('trial-card') as TrialCard, ready, error };
}

describe('<trial-study>', () => {
  afterEach(() => fixtureCleanup());

  it('loads a config from src, provides it to the card, and fires trial-ready', async () => {
    const { study, card, ready } = await studyWithCard('/demo/trials/cll-apg-2575.json');
    const event = await ready;
    expect(event.detail).to.deep.equal({ trialId: 'apg-2575-cll' });
    expect(event.bubbles && event.composed).to.equal(true);
    await until(() => cardTitle(card), 'card title');
    expect(cardTitle(card)).to.equal('A study pill for leukemia (CLL) that came back');
    await expect(study).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // As a CMS would paste it: the markup arrives as HTML text.
    wrapper.innerHTML = `<trial-study>
      <script type="application/json">${JSON.stringify(minimalConfig({ title: 'Inline study' }))}</script>
      <trial-card></trial-card>
    </trial-study>`;
    const card = wrapper.querySelector('trial-card')!;
    await until(() => cardTitle(card), 'card title');
    expect(cardTitle(card)).to.equal('Inline study');
  });

  it('takes the config property, and re-validates when it is replaced', async () => {
    const study = await fixture<TrialStudy>(html`<trial-study .config=${minimalConfig({ title: 'First' })}><trial-card></trial-card></trial-study>`);
    const card = study.querySelector('trial-card')!;
    await until(() => cardTitle(card) === 'First', 'first title');
    const ready = nextEvent<TrialReadyDetail>(study, 'trial-ready');
    study.config = minimalConfig({ id: 'second', title: 'Second' });
    expect((await ready).detail.trialId).to.equal('second');
    await until(() => cardTitle(card) === 'Second', 'second title');
  });

  const loadFailures: [string, string, RegExp][] = [
    ['a missing file (404)', '/__test__/config/not-found', /No trial config was found .*\(404\)/],
    ['a server error (503)', '/__test__/config/server-error', /server had a problem .*\(503\)/],
    ['a web page instead of JSON', '/__test__/config/html', /is a web page, not JSON/],
    ['truncated JSON', '/__test__/config/truncated', /not valid JSON/],
    ['an unreachable server', 'https://127.0.0.1:9/config.json', /could not be loaded .*network failed/],
    ['an unsafe address', 'http://example.org/trial.json', /use an https:\/\/ address/],
  ];
  for (const [what, src, message] of loadFailures) {
    it(`explains ${what}, shows the fallback and fires trial-error`, async () => {
      const { result: detail, errors } = await captureConsole(async () => {
        const { error } = await studyWithCard(src);
        return (await error).detail;
      });
      expect(detail.problems).to.have.length(1);
      expect(detail.problems[0]!.path).to.equal('src');
      expect(detail.problems[0]!.message).to.match(message);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('trial-study').and.to.contain('src');
      const study = document.querySelector('trial-study')!;
      await until(() => study.shadowRoot?.querySelector('[part="fallback"]'), 'fallback');
      expect(shadowText(study)).to.contain('We can’t show this study right now.');
      // The card inside shows nothing of its own: the study shows one message for all.
      expect(shadowText(study.querySelector('trial-card')!)).to.equal('');
      await expect(study).to.be.accessible();
    });
  }

  it('gives up on a slow server after the timeout', async () => {
    const { loadConfigFromUrl } = await import('../../src/internal/config-source.js');
    // The 300 ms timeout, not the server's 3 s reply, decides: only a timeout gives "took longer than".
    const state = await loadConfigFromUrl('/__test__/config/slow?ms=3000', new AbortController().signal, 300);
    expect(state.status).to.equal('error');
    if (state.status === 'error') expect(state.problems[0]!.message).to.match(/took longer than/);
  });

  it('shows the fallback with the contact details it could still read when the config is invalid', async () => {
    const broken = { ...minimalConfig(), status: 'RECRUITING', sponsor: { name: 'X', url: 'javascript:alert(1)' } };
    const { result, errors } = await captureConsole(async () => {
      const study = document.createElement('trial-study') as TrialStudy;
      const error = nextEvent<TrialErrorDetail>(study, 'trial-error');
      study.config = broken;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(study);
      return { study, detail: (await error).detail };
    });
    const paths = result.detail.problems.map((p) => p.path);
    expect(paths).to.include.members(['status', 'sponsor.url']);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('status').and.to.contain('sponsor.url');
    await result.study.updateComplete;
    const links = [...result.study.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:+15550100199', 'mailto:study@example.org']);
    expect(shadowText(result.study)).to.contain('A small study');
    await expect(result.study).to.be.accessible();
  });

  it('passes ref and theme to the elements inside it', async () => {
    const study = await fixture<TrialStudy>(html`<trial-study theme="dark" ref="forum-1" .config=${minimalConfig()}><trial-card></trial-card></trial-study>`);
    const card = study.querySelector('trial-card')!;
    await until(() => card.shadowRoot?.querySelector('.root.theme-dark'), 'dark card');
    study.setAttribute('theme', 'auto');
    await until(() => card.shadowRoot?.querySelector('.root.theme-auto'), 'auto card');
  });

  it('warns once about an unknown theme and uses light', async () => {
    const { warnings } = await captureConsole(async () => {
      const study = await fixture<TrialStudy>(html`<trial-study theme="neon" .config=${minimalConfig()}><trial-card></trial-card></trial-study>`);
      const card = study.querySelector('trial-card')!;
      await until(() => card.shadowRoot?.querySelector('.root.theme-light'), 'light card');
    });
    expect(warnings.filter((w) => w.includes('theme="neon"'))).to.have.length(1);
  });

  describe('language', () => {
    it('uses the element’s lang, then the nearest ancestor’s, then <html lang>, then English', async () => {
      const config = await demoConfig('lung-cancer-chemo-io');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es">
        <trial-study .config=${config}><trial-card id="inherits"></trial-card><trial-card id="own" lang="en"></trial-card></trial-study>
      </div>`);
      const inherits = wrapper.querySelector('#inherits')!;
      const own = wrapper.querySelector('#own')!;
      await until(() => cardTitle(inherits) && cardTitle(own), 'titles');
      expect(cardTitle(inherits)).to.contain('Inmunoterapia tras la cirugía');
      expect(shadowText(inherits)).to.contain('Busca voluntarios ahora');
      expect(cardTitle(own)).to.contain('Adding immunotherapy');

      // Changing lang at runtime re-renders.
      wrapper.setAttribute('lang', 'en');
      await until(() => cardTitle(inherits)?.includes('Adding immunotherapy'), 'English after lang change');

      const html_ = document.documentElement;
      const before = html_.getAttribute('lang');
      wrapper.removeAttribute('lang');
      html_.setAttribute('lang', 'es-MX');
      try {
        await until(() => cardTitle(inherits)?.includes('Inmunoterapia'), 'Spanish from <html lang>');
        html_.removeAttribute('lang');
        await until(() => cardTitle(inherits)?.includes('Adding'), 'English with no lang at all');
      } finally {
        if (before) html_.setAttribute('lang', before);
      }
    });

    it('marks config text that falls back to another language', async () => {
      const config = minimalConfig({ title: { en: 'English only' } });
      const card = await fixture<TrialCard>(html`<trial-card lang="es" .config=${config}></trial-card>`);
      await card.updateComplete;
      const title = card.shadowRoot!.querySelector('[part="title"] span[lang="en"]');
      expect(title?.textContent).to.equal('English only');
    });
  });

  describe('loading order', () => {
    it('works when the markup comes before the definitions (the script-tag page)', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/script-tag.html" title="script-tag page"></iframe>`);
      const card = await until(() => frame.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector('[part="title"]'), 'card in frame', 8000);
      expect(card.textContent).to.contain('A different dosing schedule');
    });

    it('survives being removed and re-added, and moved to another study, without fetching again', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const study = document.createElement('trial-study') as TrialStudy;
      const ready = nextEvent(study, 'trial-ready');
      study.setAttribute('src', '/demo/trials/cll-apg-2575.json');
      const card = document.createElement('trial-card');
      study.append(card);
      wrapper.append(study);
      await ready;
      const fetches = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/demo/trials/cll-apg-2575.json')).length;
      const before = fetches();
      study.remove();
      wrapper.append(study);
      await until(() => cardTitle(card)?.includes('CLL'), 'card after re-adding');
      expect(fetches()).to.equal(before);
      const other = document.createElement('trial-study') as TrialStudy;
      other.config = minimalConfig({ title: 'Another study' });
      wrapper.append(other);
      other.append(card);
      await until(() => cardTitle(card) === 'Another study', 'card moved into another study');
    });

    it('works when elements are created from JavaScript after the definitions, children first', async () => {
      const card = document.createElement('trial-card');
      const study = document.createElement('trial-study') as TrialStudy;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(card); // connected alone first, with no provider
      study.config = minimalConfig({ title: 'Moved in' });
      wrapper.append(study);
      study.append(card); // moved inside the provider later
      await until(() => cardTitle(card) === 'Moved in', 'card inside study');
    });
  });
});
