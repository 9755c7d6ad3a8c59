import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { TrialStudy } from '../../src/elements/trial-study/trial-study.js';
import { minimalConfig, mount, until } from '../helpers.js';

// The glossary matcher is a chunk (issue 14): a first render shows texts plain and the terms follow.
describe('clinical terms explained in place, with the matcher loaded on demand', () => {
  afterEach(() => fixtureCleanup());

  const config = () =>
    minimalConfig({
      summary: 'Everyone gets a zorbotine, a study word made up for this test, and some get a placebo.',
      glossary: [{ term: 'zorbotine', definition: 'A word made up for this test.' }],
    });
  const summary = (el: TrialCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;

  // First in this file: the matcher's chunk is not in yet when the elements first render.
  it("a study's elements add the terms in tasks of their own once the matcher arrives, not all in one", async () => {
    const study = await fixture<TrialStudy>(html`<trial-study><trial-card></trial-card><trial-card variant="compact"></trial-card></trial-study>`);
    const [card, other] = [...study.querySelectorAll('trial-card')] as [TrialCard, TrialCard];
    const terms = (el: Element) => el.shadowRoot!.querySelectorAll('button.term').length;
    const seen: { card: number; other: number }[] = [];
    // A MutationObserver's callback runs in the task of the render that changed the element.
    const observer = new MutationObserver(() => seen.push({ card: terms(card), other: terms(other) }));
    for (const el of [card, other]) observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    study.config = config();
    await until(() => [card, other].every((el) => el.shadowRoot!.querySelector('[part="summary"]')), 'both summaries');
    await Promise.all([card, other].map((el) => el.updateComplete));
    observer.disconnect();
    expect(terms(card)).to.be.greaterThan(0);
    expect(terms(other)).to.be.greaterThan(0);
    // The moment the first element had its terms, the other had none yet.
    const first = seen.find((counts) => counts.card > 0 || counts.other > 0)!;
    expect(first.card === 0 || first.other === 0, JSON.stringify(first)).to.equal(true);
  });

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
