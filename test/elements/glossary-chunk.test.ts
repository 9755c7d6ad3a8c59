import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import { minimalConfig, mount } from '../helpers.js';

// The glossary matcher is a chunk (issue 14): a first render shows texts plain and the terms follow.
describe('clinical terms explained in place, with the matcher loaded on demand', () => {
  afterEach(() => fixtureCleanup());

  const config = () =>
    minimalConfig({
      summary: 'Everyone gets a zorbotine, a study word made up for this test, and some get a placebo.',
      glossary: [{ term: 'zorbotine', definition: 'A word made up for this test.' }],
    });
  const summary = (el: TrialCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;

  it('after updateComplete, the config’s own terms are buttons (it waits for the matcher)', async () => {
    const el = await mount<TrialCard>('trial-card', config());
    const terms = [...summary(el).querySelectorAll('button.term')].map((term) => term.textContent);
    expect(terms).to.include('zorbotine');
    await expect(el).to.be.accessible();
  });

  it('terms take no more room than plain text, so the matcher arriving moves nothing', async () => {
    const on = await mount<TrialCard>('trial-card', config());
    const off = await mount<TrialCard>('trial-card', config(), { glossary: 'off' });
    expect(summary(on).querySelector('button.term')).to.exist;
    expect(summary(off).querySelector('button.term')).to.equal(null);
    expect(summary(on).getBoundingClientRect().height).to.equal(summary(off).getBoundingClientRect().height);
    expect(on.getBoundingClientRect().height).to.equal(off.getBoundingClientRect().height);
    await expect(off).to.be.accessible();
  });
});
