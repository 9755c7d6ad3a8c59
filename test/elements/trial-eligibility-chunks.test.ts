/**
 * The pre-screener's first screen comes with the element's chunk; the questions, their styles and
 * their English come with the flow chunk. These tests hold the flow chunk back (or make it fail)
 * through `flowChunk`, in a page where it has not loaded yet: keep the first test first.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import { flowChunk, type TrialEligibility } from '../../src/elements/trial-eligibility/trial-eligibility.js';
import { captureConsole, holdChunk, minimalConfig, mount, shadowText, until } from '../helpers.js';

const original = flowChunk.load;

const holdFlow = () => holdChunk(flowChunk);

const config = (overrides: Record<string, unknown> = {}) =>
  minimalConfig({
    id: 'chunks',
    eligibility: {
      questions: [
        { id: 'adult', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'adult', equals: 'yes' } },
        { id: 'age', type: 'number', text: 'How old are you?', unit: 'years', min: 0, max: 120 },
      ],
    },
    ...overrides,
  });

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const startButton = (el: TrialEligibility) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start')!;

describe('<trial-eligibility>: the flow chunk', () => {
  afterEach(() => {
    flowChunk.load = original;
    fixtureCleanup();
  });

  it('the start screen is whole before the flow arrives (no string missing); the questions come styled once it does', async () => {
    const held = holdFlow();
    const { result: el, errors } = await captureConsole(async () => {
      const element = await mount<TrialEligibility>('trial-eligibility', config());
      // Start pressed before the chunk is in: the first question shows once it arrives.
      startButton(element).click();
      return element;
    });
    expect(held.asked).to.equal(1);
    expect(errors, 'no "no text for" error: the first screen uses only its own strings').to.deep.equal([]);
    const words = shadowText(el);
    expect(words).to.contain('Can I take part in this study?');
    expect(words).to.contain('There are up to 2 short questions.');
    expect(words).to.contain('Your answers stay on this device');
    expect($(el, 'form')).to.equal(null);
    // Only the element's own sheets so far: the forms' and questions' styles are the flow's.
    const before = el.shadowRoot!.adoptedStyleSheets.length;
    await expect(el).to.be.accessible();

    held.release();
    await held.loaded;
    await until(() => $(el, '.step')?.textContent?.includes('Question 1 of 2'), 'question 1 after the chunk arrived');
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(before + 2);
    // The flow's styles apply: GOV.UK's 44 px target around a 24 px radio, a borderless fieldset.
    const radio = $<HTMLInputElement>(el, 'input[type="radio"]')!;
    expect(radio.getBoundingClientRect().width).to.equal(24);
    expect(radio.closest('.box')!.getBoundingClientRect().height).to.equal(44);
    expect(getComputedStyle($(el, 'fieldset')!).borderTopStyle).to.equal('none');
    expect(shadowText(el)).to.contain('I’m not sure');
    await expect(el).to.be.accessible();
  });

  it('adds the flow’s styles once per element, however often the config changes', async () => {
    const el = await mount<TrialEligibility>('trial-eligibility', config());
    await until(() => el.shadowRoot!.adoptedStyleSheets.length && (el as unknown as { flow?: unknown }).flow, 'the flow');
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;
    el.config = config({ id: 'chunks-2' });
    await el.updateComplete;
    await until(() => (el as unknown as { flow?: unknown }).flow, 'the flow for the new config');
    el.restart();
    await el.updateComplete;
    await until(() => (el as unknown as { flow?: unknown }).flow, 'the flow after a restart');
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets);
    expect(new Set(el.shadowRoot!.adoptedStyleSheets).size).to.equal(sheets);
  });

  it('a config replaced before its flow arrives: the new one gets the flow, the old answer to it is dropped', async () => {
    const held = holdFlow();
    const el = await mount<TrialEligibility>('trial-eligibility', config());
    el.config = config({ id: 'second', eligibility: { questions: [{ id: 'smoke', type: 'yesno', text: 'Do you smoke?' }] } });
    await el.updateComplete;
    expect(held.asked).to.equal(2);
    held.release();
    await held.loaded;
    startButton(el).click();
    await until(() => $(el, '.step')?.textContent?.includes('Question 1 of 1'), 'the second config’s question');
    expect(shadowText(el)).to.contain('Do you smoke?');
    expect(shadowText(el)).not.to.contain('Are you 18 or older?');
  });

  it('a flow chunk that cannot load: a clear message and the contact details, never a dead Start button', async () => {
    const held = holdFlow();
    const { result: el, warnings } = await captureConsole(async () => {
      const element = await mount<TrialEligibility>('trial-eligibility', config());
      held.fail();
      await held.loaded;
      await element.updateComplete;
      return element;
    });
    expect(warnings.filter((w) => w.includes('the pre-screener could not be loaded'))).to.have.length(1);
    expect(shadowText(el)).to.contain('Something went wrong on this page. You can still contact the study team.');
    expect(startButton(el)).to.equal(undefined);
    expect($(el, '[part~="contact-actions"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
