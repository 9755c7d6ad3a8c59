import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialEligibility } from '../../src/elements/trial-eligibility/trial-eligibility.js';
import { minimalConfig, mount as mountElement, shadowText, tabUntil, until } from '../helpers.js';

// Loaded up front, as in trial-eligibility.test.ts.
await import('../../src/elements/trial-eligibility/flow.js');
await import('../../src/elements/trial-eligibility/referral.js');

const root = (el: TrialEligibility) => el.shadowRoot!;
const heading = (el: TrialEligibility) => root(el).querySelector<HTMLElement>('.step');
const active = (el: TrialEligibility) => root(el).activeElement as HTMLElement | null;
const submit = (el: TrialEligibility) => root(el).querySelector<HTMLButtonElement>('form button:not([type="button"])')!;

async function mount(config: unknown, attrs: Record<string, string> = {}): Promise<TrialEligibility> {
  const element = await mountElement<TrialEligibility>('trial-eligibility', config, attrs);
  await until(() => heading(element), 'the first heading');
  return element;
}

async function start(el: TrialEligibility) {
  await tabUntil(el, (f) => f.textContent?.trim() === 'Start', 'Start');
  await sendKeys({ press: 'Enter' });
  await until(() => heading(el)?.textContent?.includes('Question 1 of') && active(el) === heading(el), 'question 1');
}

const EVERY_TYPE = minimalConfig({
  eligibility: {
    stopOnFail: false,
    questions: [
      { id: 'adult', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'adult', equals: 'yes' } },
      {
        id: 'stage',
        type: 'choice',
        text: 'Which stage is the cancer?',
        options: [
          { value: 'early', label: 'Early' },
          { value: 'late', label: 'Late' },
        ],
      },
      {
        id: 'symptoms',
        type: 'multi',
        text: 'Which of these do you have?',
        options: [
          { value: 'cough', label: 'A cough' },
          { value: 'pain', label: 'Pain' },
        ],
      },
      { id: 'age', type: 'number', text: 'How old are you?', unit: 'years', min: 0, max: 120 },
    ],
  },
});

describe('<trial-eligibility>: “I’m not sure” is the same on every question type', () => {
  afterEach(() => fixtureCleanup());

  it('yes/no, choice, multi and number: “or”, then the same “I’m not sure” checkbox below the answers', async () => {
    const el = await mount(EVERY_TYPE, { layout: 'form' });
    await until(() => root(el).querySelectorAll('fieldset').length === 4, 'all four questions');
    const shapes = [...root(el).querySelectorAll('fieldset')].map((fieldset) => {
      const unsure = fieldset.querySelector<HTMLInputElement>('input[value="?"]')!;
      const label = unsure.closest('label')!;
      const inputs = [...fieldset.querySelectorAll('input')];
      return {
        type: unsure.type,
        label: label.textContent!.trim(),
        part: label.getAttribute('part'),
        or: label.previousElementSibling?.textContent?.trim(),
        last: inputs[inputs.length - 1] === unsure,
      };
    });
    const same = { type: 'checkbox', label: 'I’m not sure', part: 'option', or: 'or', last: true };
    expect(shapes).to.deep.equal([same, same, same, same]);
    await expect(el).to.be.accessible();
  });

  it('on a yes/no question, the checkbox and the radios exclude each other', async () => {
    const el = await mount(EVERY_TYPE, { layout: 'form' });
    const yes = await until(() => root(el).querySelector<HTMLInputElement>('input[name="adult"][value="yes"]'), 'the first question');
    const unsure = root(el).querySelector<HTMLInputElement>('input[name="adult"][value="?"]')!;
    yes.focus();
    await sendKeys({ press: 'Space' });
    expect(yes.checked).to.equal(true);
    unsure.focus();
    await sendKeys({ press: 'Space' });
    expect([yes.checked, unsure.checked]).to.deep.equal([false, true]);
    yes.focus();
    await sendKeys({ press: 'Space' });
    expect([yes.checked, unsure.checked]).to.deep.equal([true, false]);
  });
});

describe('<trial-eligibility>: the last question says “See my result”', () => {
  afterEach(() => fixtureCleanup());

  it('Continue on every question but the last; See my result on the last', async () => {
    const el = await mount(
      minimalConfig({
        eligibility: {
          questions: [
            { id: 'a', type: 'yesno', text: 'First?' },
            { id: 'b', type: 'yesno', text: 'Second?' },
          ],
        },
      }),
    );
    await start(el);
    expect(submit(el).textContent!.trim()).to.equal('Continue');
    root(el).querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    submit(el).click();
    await until(() => heading(el)?.textContent?.includes('Question 2 of 2'), 'question 2');
    expect(submit(el).textContent!.trim()).to.equal('See my result');
    await expect(el).to.be.accessible();
  });

  it('a question that a later one depends on says Continue, even when its answer hides that one', async () => {
    const config = minimalConfig({
      eligibility: {
        questions: [
          { id: 'smoke', type: 'yesno', text: 'Do you smoke?' },
          { id: 'daily', type: 'yesno', text: 'Every day?', showIf: { q: 'smoke', equals: 'yes' } },
        ],
      },
    });
    const el = await mount(config);
    await start(el);
    expect(submit(el).textContent!.trim()).to.equal('Continue');
    root(el).querySelector<HTMLInputElement>('input[value="no"]')!.click();
    submit(el).click();
    await until(() => root(el).querySelector('[part="result"] .step'), 'the result');
    // Back to the question, answered "no": another answer would show "Every day?".
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Change my answers')!.click();
    await until(() => heading(el)?.textContent?.includes('Do you smoke?'), 'the question again');
    expect(submit(el).textContent!.trim()).to.equal('Continue');
  });
});

describe('<trial-eligibility layout="form">: the error summary names each question', () => {
  afterEach(() => fixtureCleanup());

  it('See my result with nothing answered: one message per question, naming it; each link focuses that question’s first input', async () => {
    const el = await mount(EVERY_TYPE, { layout: 'form' });
    await until(() => root(el).querySelectorAll('fieldset').length === 4, 'all four questions');
    await tabUntil(el, (f) => f.textContent?.trim() === 'See my result', 'See my result');
    await sendKeys({ press: 'Enter' });
    const summary = await until(() => root(el).querySelector<HTMLElement>('.error-summary'), 'the error summary');
    expect(active(el)).to.equal(summary);
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('li a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Answer the question: Are you 18 or older?',
      'Answer the question: Which stage is the cancer?',
      'Answer the question: Which of these do you have?',
      'Answer the question: How old are you?',
    ]);
    // The message beside each question is the same as its link.
    for (const [index, id] of ['adult', 'stage', 'symptoms', 'age'].entries()) {
      expect(root(el).querySelector(`#error-${id}`)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Error: ${links[index]!.textContent!.trim()}`);
    }
    await expect(el).to.be.accessible();
    // Each link moves focus to the first input of its question.
    const firstInputs = ['adult', 'stage', 'symptoms', 'age'].map((id) => root(el).querySelector<HTMLInputElement>(`input[name="${id}"]`)!);
    expect(firstInputs.map((input) => input.value)).to.deep.equal(['yes', 'early', 'cough', '']);
    for (const [index, link] of links.entries()) {
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(active(el), links[index]!.textContent!).to.equal(firstInputs[index]);
    }
  });

  it('a number out of range names its question too', async () => {
    const el = await mount(EVERY_TYPE, { layout: 'form' });
    const age = await until(() => root(el).querySelector<HTMLInputElement>('input[name="age"]'), 'the age question');
    age.focus();
    await sendKeys({ type: '130' });
    submit(el).click();
    const summary = await until(() => root(el).querySelector<HTMLElement>('.error-summary'), 'the error summary');
    expect(summary.textContent).to.contain('“How old are you?”: Enter a number that is 120 or less.');
  });

  it('the steps layout keeps its one short message (the question is right above it)', async () => {
    const el = await mount(EVERY_TYPE);
    await start(el);
    submit(el).click();
    await until(() => root(el).querySelector('.error-summary'), 'the error summary');
    expect(shadowText(el)).to.contain('Answer the question to continue. If you do not know, choose “I’m not sure”.');
  });
});

describe('<trial-eligibility>: the referral consent checkbox (GOV.UK layout)', () => {
  afterEach(() => fixtureCleanup());

  it('a 44 × 44 px target beside the first line of a three-line label, with a clear gap', async () => {
    const config = minimalConfig({
      eligibility: { questions: [{ id: 'adult', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'adult', equals: 'yes' } }] },
      referral: {
        endpoint: 'https://example.org/referral',
        consent: 'I agree to send my answers and my contact details to the study team. They may call or write to me about this study.',
        fields: ['name', 'phone'],
      },
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div class="phone"></div>`);
    // A phone's width (390 px, less the page margins).
    wrapper.style.setProperty('inline-size', '358px');
    const el = document.createElement('trial-eligibility') as TrialEligibility;
    el.setAttribute('layout', 'form');
    el.config = config;
    wrapper.append(el);
    await until(() => root(el).querySelector('input[value="yes"]'), 'the question');
    root(el).querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    submit(el).click();
    const consent = await until(() => root(el).querySelector<HTMLInputElement>('input[name="consent"]'), 'the referral form');
    const label = consent.closest('label')!;
    const box = consent.parentElement!.getBoundingClientRect();
    const control = consent.getBoundingClientRect();
    const words = label.querySelector('.label')!;
    const lines = words.getClientRects();
    const range = document.createRange();
    range.selectNodeContents(words);
    const textLines = [...range.getClientRects()];
    expect(textLines.length, 'the label wraps onto several lines').to.be.at.least(3);
    // The target: 44 × 44 px at least, all of it part of the label.
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    for (const [x, y] of [
      [box.left + 1, box.top + 1],
      [box.right - 1, box.bottom - 1],
    ] as const) {
      expect(label.contains(root(el).elementFromPoint(x, y)), `(${x}, ${y}) is part of the label`).to.equal(true);
    }
    // A clear gap between the box drawn and the words, and the words never run under it.
    const textLeft = Math.min(...textLines.map((r) => r.left));
    expect(textLeft - control.right, 'gap between the checkbox and its label').to.be.above(4);
    expect(lines.length).to.be.at.least(1);
    // Beside the first line: the checkbox's middle is within the first line of text.
    const first = textLines[0]!;
    const middle = (control.top + control.bottom) / 2;
    expect(middle).to.be.within(first.top, first.bottom);
    // Pressing the edge of the target ticks the box.
    (root(el).elementFromPoint(box.left + 2, box.bottom - 2) as HTMLElement).click();
    expect(consent.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
