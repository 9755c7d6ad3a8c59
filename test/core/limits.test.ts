import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LIMITS } from '../../src/core/schema.js';
import { validateConfig } from '../../src/core/validate.js';
import { loadConfigFromUrl } from '../../src/internal/config-source.js';
import '../../src/index.js';
import { demoConfig, minimalConfig } from '../helpers.js';

describe('oversized input', () => {
  afterEach(() => fixtureCleanup());

  // Timings: `npm run bench:core` (validation) and `npm run bench` (rendering), not asserted here.
  it('validates 5,000 locations and renders the card', async () => {
    const base = await demoConfig('lung-cancer-chemo-io');
    const locations = Array.from({ length: 5000 }, (_, i) => base.locations![i % base.locations!.length]!);
    const config = { ...base, locations };
    const result = validateConfig(config);
    expect(result.ok).to.equal(true);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = document.createElement('trial-card');
    card.config = config;
    wrapper.append(card);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.show-all')!.textContent).to.contain('5,000');
  });

  it('500 questions: a clear limit', () => {
    const questions = Array.from({ length: 500 }, (_, i) => ({
      id: `q${i}`,
      type: 'yesno',
      text: `Question ${i}?`,
      ...(i ? { showIf: { q: `q${i - 1}`, equals: 'yes' } } : {}),
    }));
    const result = validateConfig(minimalConfig({ eligibility: { questions } }));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.find((p) => p.path === 'eligibility.questions')!.message).to.contain(`at most ${LIMITS.questions}`);
  });

  it('an overlong text: a clear limit', () => {
    const result = validateConfig(minimalConfig({ summary: 'word '.repeat(5000) }));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0]!.message).to.contain('too long');
  });

  it('a config file over 5 MB is refused with its size', async () => {
    const state = await loadConfigFromUrl('/__test__/config/huge', new AbortController().signal);
    expect(state.status).to.equal('error');
    if (state.status === 'error') expect(state.problems[0]!.message).to.match(/is 5\.\d MB; the limit is 5 MB/);
  });

  it('a config served as text/plain still loads (many static hosts do that)', async () => {
    const state = await loadConfigFromUrl('/__test__/config/wrong-type', new AbortController().signal);
    expect(state.status).to.equal('ready');
  });

  it('a redirect to another origin is refused, by name', async () => {
    const state = await loadConfigFromUrl('/__test__/config/redirect-away', new AbortController().signal);
    expect(state.status).to.equal('error');
    if (state.status === 'error') expect(state.problems[0]!.message).to.match(/redirected to another site|could not be loaded/);
  });
});
