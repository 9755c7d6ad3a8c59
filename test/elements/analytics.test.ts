import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
// The adapters are a chunk of trialkit's own (same origin), loaded when `analytics` is set: load it up
// front, so the request count in "never loads a tool" sees only what a tool itself would fetch.
import '../../src/internal/analytics.js';
import { analyticsLabel, analyticsPayload } from '../../src/core/analytics-payload.js';
import type { TrialStudy } from '../../src/elements/trial-study/trial-study.js';
import { emit } from '../../src/internal/events.js';
import { captureConsole, minimalConfig, until } from '../helpers.js';

type Globals = typeof globalThis & { dataLayer?: unknown[]; plausible?: unknown; _paq?: unknown[]; myTracker?: unknown };
const g = globalThis as Globals;

async function study(analytics: string) {
  return fixture<TrialStudy>(html`<trial-study analytics=${analytics} .config=${minimalConfig()}><trial-card></trial-card></trial-study>`);
}

describe('analytics adapters (`analytics` on <trial-study>)', () => {
  afterEach(() => {
    fixtureCleanup();
    delete g.dataLayer;
    delete g.plausible;
    delete g._paq;
    delete g.myTracker;
  });

  it('payloads keep only allow-listed, flat fields', () => {
    expect(analyticsPayload({ trialId: 't', questionId: 'age', index: 2, email: 'a@b.org', answers: { age: 40 }, reasons: ['age', 3] })).to.deep.equal({
      trialId: 't',
      questionId: 'age',
      index: 2,
      reasons: 'age',
    });
    expect(analyticsPayload({ problems: [{ path: 'title', message: 'secret text' }] })).to.deep.equal({ problems: 1 });
    expect(analyticsLabel({ trialId: 't', outcome: 'likely' })).to.equal('likely');
    expect(analyticsPayload(null)).to.deep.equal({});
  });

  it('gtm: pushes each event to window.dataLayer, including the study’s own trial-ready', async () => {
    g.dataLayer = [];
    const el = await study('gtm');
    await until(() => g.dataLayer!.length > 0, 'dataLayer push');
    expect(g.dataLayer![0]).to.deep.equal({ event: 'trial-ready', trialkit: { trialId: 'minimal' } });
    // A child's event bubbles to the study and is forwarded; fields outside the allow-list are not.
    const card = el.querySelector('trial-card')!;
    card.dispatchEvent(new CustomEvent('trial-share', { detail: { trialId: 'minimal', network: 'whatsapp', name: 'Ana' }, bubbles: true, composed: true }));
    expect(g.dataLayer!.at(-1)).to.deep.equal({ event: 'trial-share', trialkit: { trialId: 'minimal', network: 'whatsapp' } });
  });

  it('events heard before the adapters chunk is in are forwarded once it is, in order', async () => {
    g.dataLayer = [];
    const el = document.createElement('trial-study') as TrialStudy;
    el.setAttribute('analytics', 'gtm');
    document.body.append(el);
    try {
      // Synchronously after connecting: the chunk's import has not resolved yet.
      emit(el, 'trial-share', { trialId: 'minimal', network: 'copy' });
      emit(el, 'trial-contact', { trialId: 'minimal', channel: 'email' });
      expect(g.dataLayer).to.deep.equal([]);
      await el.updateComplete;
      expect(g.dataLayer).to.deep.equal([
        { event: 'trial-share', trialkit: { trialId: 'minimal', network: 'copy' } },
        { event: 'trial-contact', trialkit: { trialId: 'minimal', channel: 'email' } },
      ]);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('plausible, matomo and a named function, together', async () => {
    const plausibleCalls: unknown[][] = [];
    const trackerCalls: unknown[][] = [];
    g.plausible = (...args: unknown[]) => plausibleCalls.push(args);
    g._paq = [];
    g.myTracker = (...args: unknown[]) => trackerCalls.push(args);
    const el = await study('plausible matomo fn:myTracker');
    await until(() => plausibleCalls.length > 0, 'plausible call');
    emit(el.querySelector('trial-card')!, 'trial-faq-open', { trialId: 'minimal', topic: 'placebo' });
    expect(plausibleCalls.at(-1)).to.deep.equal(['trial-faq-open', { props: { trialId: 'minimal', topic: 'placebo' } }]);
    expect(g._paq!.at(-1)).to.deep.equal(['trackEvent', 'trialkit', 'trial-faq-open', 'placebo']);
    expect(trackerCalls.at(-1)).to.deep.equal(['trial-faq-open', { trialId: 'minimal', topic: 'placebo' }]);
  });

  it('forwards the contact action a person chooses (the channel only)', async () => {
    g.dataLayer = [];
    const el = await study('gtm');
    const card = el.querySelector('trial-card')!;
    const call = await until(() => card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="action-call"]'), 'call link');
    call.addEventListener('click', (event) => event.preventDefault()); // stay on the page in the test
    call.click();
    expect(g.dataLayer!.at(-1)).to.deep.equal({ event: 'trial-contact', trialkit: { trialId: 'minimal', channel: 'phone' } });
  });

  it('never loads a tool: a missing one gets one warning and nothing else', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { warnings } = await captureConsole(async () => {
      const el = await study('plausible');
      emit(el, 'trial-share', { trialId: 'minimal', network: 'copy' });
      emit(el, 'trial-share', { trialId: 'minimal', network: 'copy' });
    });
    expect(warnings.filter((w) => w.includes('analytics="plausible"'))).to.have.length(1);
    expect(g.plausible).to.equal(undefined);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('an unknown token warns; a throwing tool does not break the widget', async () => {
    g.myTracker = () => {
      throw new Error('broken snippet');
    };
    const { warnings } = await captureConsole(async () => {
      const el = await study('fn:myTracker bogus');
      emit(el, 'trial-share', { trialId: 'minimal', network: 'copy' });
    });
    expect(warnings.some((w) => w.includes('analytics="bogus"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('broken snippet'))).to.equal(true);
  });
});
