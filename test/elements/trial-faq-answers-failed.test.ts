/**
 * The FAQ's answers chunk (answers.ts) that cannot load, and the FAQs that wait for it before their
 * first render (server-rendered, or a question open from the start). Its own page: the chunk must
 * not have loaded before; keep the tests in order (each new FAQ that waits tries the chunk again).
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { answersChunk, type TrialFaq } from '../../src/elements/trial-faq/trial-faq.js';
import { captureConsole, holdChunk, minimalConfig, shadowText, until } from '../helpers.js';

const original = answersChunk.load;

const holdAnswers = () => holdChunk(answersChunk);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const panel = (el: TrialFaq, id: string) => $(el, `#a-${id}`)!;
const config = () => minimalConfig({ participation: { placebo: 'Half of the people get a placebo.', risks: 'You may feel tired.' } });

async function attach(attrs: Record<string, string> = {}): Promise<TrialFaq> {
  const el = document.createElement('trial-faq') as TrialFaq;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.config = config();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return el;
}

describe('<trial-faq>: answers that cannot load', () => {
  afterEach(() => {
    answersChunk.load = original;
    fixtureCleanup();
  });

  it('a server-rendered FAQ (a declarative shadow root before it upgrades) waits for the answers before its first render, as hydration needs', async () => {
    const held = holdAnswers();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // Parsed with its declarative shadow root, then upgraded: what `trialkit render` output does on load.
    wrapper.setHTMLUnsafe('<trial-faq><template shadowrootmode="open"><p>Rendered on the server</p></template></trial-faq>');
    const el = wrapper.querySelector('trial-faq') as TrialFaq;
    el.config = config();
    await until(() => held.asked, 'the answers asked for');
    expect(el.hasUpdated).to.equal(false);
    expect(el.shadowRoot!.textContent).to.contain('Rendered on the server');
    // A chunk that fails does not keep the FAQ from rendering its questions.
    const { warnings } = await captureConsole(async () => {
      held.fail();
      await held.loaded;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    // (Its config is checked only now, by the validator chunk: wait for the questions.)
    await until(() => shadowText(el).includes('What are the risks?'), 'the questions');
    expect(shadowText(el)).to.contain('What are the risks?');
    await expect(el).to.be.accessible();
  });

  it('open="…" from the start waits for the answers (nothing grows after the first render); if they fail, it says so and offers the contact', async () => {
    const held = holdAnswers();
    const { result: el, warnings } = await captureConsole(async () => {
      const element = await attach({ open: 'placebo' });
      await until(() => held.asked, 'the answers asked for');
      // Nothing rendered while the chunk is on its way: no question shows with an empty answer under it.
      expect(element.hasUpdated).to.equal(false);
      expect($(element, '.item')).to.equal(null);
      held.fail();
      await held.loaded;
      await element.updateComplete;
      return element;
    });
    expect(warnings.filter((w) => w.includes("the FAQ's answers could not be loaded"))).to.have.length(1);
    // The questions still work; the open one says what happened and how to reach the study team.
    expect(shadowText(el)).to.contain('What are the risks?');
    expect(panel(el, 'placebo').hidden).to.equal(false);
    expect(panel(el, 'placebo').textContent).to.contain('Something went wrong on this page. You can still contact the study team.');
    expect(panel(el, 'placebo').querySelector('[part~="contact-actions"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the next question opened tries again, and the answers come in', async () => {
    const el = await attach();
    await el.updateComplete;
    const held = holdAnswers();
    $<HTMLButtonElement>(el, '#q-risks')!.click();
    await until(() => held.asked, 'a second try');
    expect(panel(el, 'risks').hidden).to.equal(false);
    await expect(el).to.be.accessible();
    held.release();
    await held.loaded;
    await el.updateComplete;
    expect(panel(el, 'risks').textContent).to.contain('You may feel tired.');
    expect(panel(el, 'risks').textContent).not.to.contain('Something went wrong');
    expect(shadowText(el)).to.contain('Was this helpful?');
    await expect(el).to.be.accessible();
  });
});
