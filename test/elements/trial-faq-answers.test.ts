/**
 * A collapsed FAQ renders its questions before the answers chunk (answers.ts) arrives; the answers
 * follow right after. The chunk is held back through `answersChunk`, in a page where it has not
 * loaded yet: keep the first test first. A question open from the start, and a chunk that fails,
 * are in trial-faq-answers-failed.test.ts (their own page).
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { answersChunk, loadFaqAnswers, type TrialFaq } from '../../src/elements/trial-faq/trial-faq.js';
import { captureConsole, demoConfig, holdChunk, minimalConfig, shadowText, until } from '../helpers.js';

const original = answersChunk.load;

const holdAnswers = () => holdChunk(answersChunk);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const panel = (el: TrialFaq, id: string) => $(el, `#a-${id}`)!;

/** Attaches a FAQ without waiting for it (its updateComplete waits for the held chunk). */
async function attach(config: unknown, attrs: Record<string, string> = {}): Promise<TrialFaq> {
  const el = document.createElement('trial-faq') as TrialFaq;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.config = config;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return el;
}

describe('<trial-faq>: the answers chunk', () => {
  afterEach(() => {
    answersChunk.load = original;
    fixtureCleanup();
  });

  it('a collapsed FAQ shows its questions at once; one opened before the answers arrive says it is loading and fills in ', async () => {
    const held = holdAnswers();
    const config = await demoConfig('lung-cancer-chemo-io');
    const { result: el, errors } = await captureConsole(async () => {
      const element = await attach(config);
      await until(() => $(element, '#q-placebo'), 'the questions');
      return element;
    });
    expect(errors, 'no "no text for" error: a collapsed FAQ uses only its own strings').to.deep.equal([]);
    expect(shadowText(el)).to.contain('Could I get a placebo? What is a placebo?');
    await expect(el).to.be.accessible();
    expect(held.asked, 'the answers are asked for right after the first render').to.equal(1);
    // Hidden regions wait empty: nothing to read until a question opens.
    expect(panel(el, 'placebo').hidden).to.equal(true);
    expect(panel(el, 'placebo').textContent!.trim()).to.equal('');
    $<HTMLButtonElement>(el, '#q-placebo')!.click();
    await until(() => !panel(el, 'placebo').hidden, 'the answer region open');
    expect(panel(el, 'placebo').textContent).to.contain('Loading the study details…');
    await expect(el).to.be.accessible();
    held.release();
    await el.updateComplete;
    expect(panel(el, 'placebo').textContent).not.to.contain('Loading the study details…');
    expect(panel(el, 'placebo').textContent).to.contain('placebo');
    expect(shadowText(el)).to.contain('Was this helpful?');
    await expect(el).to.be.accessible();
  });

  it('adds the answers’ styles once, before an answer shows (the feedback buttons are at least 44 px wide)', async () => {
    const el = await attach(minimalConfig(), { open: 'stopping' });
    await el.updateComplete;
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;
    const button = $(el, '.feedback-button')!;
    expect(button.getBoundingClientRect().width).to.be.at.least(44);
    expect(getComputedStyle($(el, '.feedback')!).display).to.equal('flex');
    el.hideMissing = true;
    await el.updateComplete;
    el.config = minimalConfig({ id: 'other' });
    await el.updateComplete;
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('searches the answers too, once they are in', async () => {
    const el = await attach(await demoConfig('lung-cancer-chemo-io'));
    await el.updateComplete;
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.value = 'chemotherapy group';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const visible = [...el.shadowRoot!.querySelectorAll('.item:not([hidden]) .trigger')].map((b) => b.id.slice(2));
    expect(visible).to.deep.equal(['which-group']);
  });

  it('after loadFaqAnswers() (what a server renderer awaits), a FAQ’s very first render holds the answers', async () => {
    await loadFaqAnswers();
    const el = document.createElement('trial-faq') as TrialFaq;
    el.config = minimalConfig({ participation: { costs: 'Travel is paid for.' } });
    // The first render with the config (before it, the validator chunk checks it).
    const firstRender: string[] = [];
    el.addController({ hostUpdated: () => void (el.trialConfig && !firstRender.length && firstRender.push(panel(el, 'costs').textContent!)) });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(firstRender[0]).to.contain('Travel is paid for.');
  });
});
