import { expect, fixtureCleanup } from '@open-wc/testing';
import { until } from '../helpers.js';
import { axeViolations, loadRecipe } from '../recipes/load-recipe.js';

// The embed builder's tests live in builder.test.ts.

describe('the funnel page (demo/funnel.html)', function () {
  // A page with every element and its chunks: give it room on a loaded 2-core CI machine.
  this.timeout(30_000);
  afterEach(() => fixtureCleanup());

  it('updates as the widgets are used, from events only', async () => {
    const page = await loadRecipe('/demo/funnel.html', 1200);
    const row = (label: string) => [...page.doc.querySelectorAll('#steps li')].find((li) => li.textContent!.includes(label))!;
    await until(() => row('Saw the study')?.querySelector('.count')!.textContent === '1', 'viewed counted', 15_000);
    const eligibility = page.doc.querySelector('trial-eligibility')!;
    const start = await until(() => eligibility.shadowRoot?.querySelector<HTMLButtonElement>('button.button'), 'start', 10_000);
    start.click();
    await until(() => row('Started the pre-screener').querySelector('.count')!.textContent === '1', 'start counted', 10_000);
    await until(() => page.doc.querySelector('#questions li'), 'first question reached', 10_000);
    const faq = page.doc.querySelector('trial-faq')!;
    const trigger = await until(() => faq.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger'), 'faq', 10_000);
    trigger.click();
    await until(() => page.doc.querySelector('#topics li'), 'topic counted', 10_000);
    expect(page.doc.querySelector('#log')!.textContent).to.contain('trial-faq-open');
    expect(await axeViolations(page, page.doc.querySelector('.funnel')!)).to.deep.equal([]);
  });
});
