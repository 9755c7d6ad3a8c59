import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialEligibility } from '../../src/elements/trial-eligibility/trial-eligibility.js';
import { evaluateEligibility, UNSURE, type Answer } from '../../src/core/eligibility.js';
import type { Question, TrialConfig } from '../../src/core/schema.js';
import type { EligibilityCompleteDetail, EligibilityStepDetail, ReferralDetail } from '../../src/internal/events.js';
import { captureConsole, DEMO_TRIALS, demoConfig, minimalConfig, mount, nextEvent, shadowText, tabUntil, until } from '../helpers.js';

// Loaded up front, so the network checks below see only what the element itself requests.
await import('../../src/elements/trial-eligibility/flow.js');
await import('../../src/elements/trial-eligibility/referral.js');

type Value = string | number | string[] | null;

async function prescreener(config: unknown, attrs: Record<string, string> = {}): Promise<TrialEligibility> {
  const element = await mount<TrialEligibility>('trial-eligibility', config, attrs);
  await until(() => root(element).querySelector('.step'), 'the first heading');
  return element;
}

const root = (el: TrialEligibility) => el.shadowRoot!;
const active = (el: TrialEligibility) => root(el).activeElement as HTMLElement | null;
const heading = (el: TrialEligibility) => root(el).querySelector<HTMLElement>('.step');
const text = (value: unknown, lang = 'en') => (typeof value === 'string' ? value : (value as Record<string, string>)[lang]);
const button = (el: TrialEligibility, label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);

/** Waits for the next step to render and checks that its heading took focus. */
async function expectFocusedHeading(el: TrialEligibility, contains: string) {
  await until(() => heading(el)?.textContent?.includes(contains) && active(el) === heading(el), `focused heading "${contains}"`);
}

/** Presses Start with the keyboard. */
async function startWithKeyboard(el: TrialEligibility) {
  await tabUntil(el, (f) => f.textContent?.trim() === 'Start', 'Start');
  await sendKeys({ press: 'Enter' });
  await expectFocusedHeading(el, 'Question 1 of');
}

/** The submit button of a step: "Continue", or "See my result" on the last question. */
const isSubmit = (f: HTMLElement) => f instanceof HTMLButtonElement && ['Continue', 'See my result'].includes(f.textContent!.trim());

/** Answers the current question with the keyboard only, then presses Continue or See my result (Enter). */
async function answerWithKeyboard(el: TrialEligibility, question: Question, value: Value) {
  const name = question.id;
  const first = await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === name, `the answer to ${name}`);
  if (question.type === 'number' && value !== null) {
    await sendKeys({ type: String(value) });
  } else if (question.type === 'multi' || value === null) {
    // "I'm not sure" is the same checkbox below every question type.
    const wanted = value === null ? ['?'] : (value as string[]);
    for (const v of wanted) {
      await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === name && f.value === v, `checkbox ${v}`);
      await sendKeys({ press: 'Space' });
    }
  } else {
    // A radio group is one Tab stop; arrow keys move through it and choose.
    const radios = [...root(el).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
    const target = radios.findIndex((r) => r.value === (value === null ? '?' : value));
    expect(target, `option ${String(value)}`).to.be.at.least(0);
    let index = radios.indexOf(first as HTMLInputElement);
    if (!radios[index]!.checked && index === target) await sendKeys({ press: 'Space' });
    while (index < target) {
      await sendKeys({ press: 'ArrowDown' });
      index++;
    }
    while (index > target) {
      await sendKeys({ press: 'ArrowUp' });
      index--;
    }
    expect(radios[target]!.checked).to.equal(true);
  }
  await tabUntil(el, isSubmit, 'Continue or See my result');
  await sendKeys({ press: 'Enter' });
}

/** A value for `question` that passes (or fails) its own eligibleIf, found with the engine. */
function valueFor(question: Question, answers: Record<string, Answer>, config: TrialConfig, want: 'pass' | 'fail' | 'unsure'): Value {
  if (want === 'unsure') return UNSURE;
  const candidates: Value[] =
    question.type === 'yesno'
      ? ['yes', 'no']
      : question.type === 'number'
        ? [45, question.min ?? 0, question.max ?? 100, 10, 70]
        : question.type === 'multi'
          ? question.options!.map((o) => [o.value])
          : question.options!.map((o) => o.value);
  for (const candidate of candidates) {
    const state = evaluateEligibility(config.eligibility, { ...answers, [question.id]: candidate as Answer });
    const failed = state.reasons.includes(question.id) && state.outcome === 'unlikely';
    if (want === 'fail' ? failed : !failed && !state.reasons.includes(question.id)) return candidate;
  }
  return want === 'fail' ? undefined! : candidates[0]!;
}

/**
 * Walks a whole demo pre-screener with the keyboard: every question passes, except that the first
 * question that can fail does so (`unlikely`) or is answered "I'm not sure" (`unsure`).
 */
async function walk(el: TrialEligibility, config: TrialConfig, outcome: 'likely' | 'unsure' | 'unlikely') {
  const answers: Record<string, Answer> = {};
  let twisted = false;
  await startWithKeyboard(el);
  for (let step = 1; ; step++) {
    const state = evaluateEligibility(config.eligibility, answers);
    if (!state.next) break;
    const question = state.next;
    expect(heading(el)!.textContent).to.contain(`Question ${state.index} of ${state.total}`);
    expect(heading(el)!.textContent).to.contain(text(question.text, el.lang || 'en'));
    expect(active(el), 'focus is on the new heading').to.equal(heading(el));
    let want: 'pass' | 'fail' | 'unsure' = 'pass';
    if (!twisted && outcome !== 'likely' && question.eligibleIf && valueFor(question, answers, config, 'fail') !== undefined) {
      want = outcome === 'unlikely' ? 'fail' : 'unsure';
      twisted = true;
    }
    const value = valueFor(question, answers, config, want);
    await answerWithKeyboard(el, question, value);
    answers[question.id] = value as Answer;
    const after = evaluateEligibility(config.eligibility, answers);
    if (after.next) await expectFocusedHeading(el, `Question ${after.index} of ${after.total}`);
    expect(step).to.be.below(30);
  }
  return evaluateEligibility(config.eligibility, answers);
}

/** The demo trials whose pre-screener asks its questions (the breast cancer study is not taking volunteers: see trial-eligibility-status.test.ts). */
const OPEN_DEMO_TRIALS = DEMO_TRIALS.filter((name) => name !== 'breast-cancer-neratinib');

const RESULT_HEADINGS = {
  likely: 'You may be able to take part',
  unsure: 'The study team can tell you more',
  unlikely: 'This study may not be right for you',
};

describe('<trial-eligibility>', () => {
  afterEach(() => fixtureCleanup());

  describe('start screen', () => {
    for (const name of OPEN_DEMO_TRIALS) {
      it(`${name}: says how many questions, how long, and that answers stay on this device; accessible`, async () => {
        const config = await demoConfig(name);
        const el = await prescreener(config);
        const words = shadowText(el);
        const count = config.eligibility!.questions.filter((q) => !q.showIf).length;
        expect(words).to.match(new RegExp(`There are (up to )?\\d+ short questions`));
        expect(Number(/(\d+) short questions/.exec(words)![1])).to.be.at.least(count);
        expect(words).to.match(/It takes about \d+ minutes?\./);
        expect(words).to.contain('Your answers stay on this device');
        expect(words).to.contain('This is not a medical test');
        expect(heading(el)!.tagName).to.equal('H2');
        expect(root(el).querySelector('[role="status"]'), 'the status region exists before any result').to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('does not take focus when the page loads', async () => {
      const el = await prescreener(await demoConfig('cll-apg-2575'));
      expect(active(el)).to.equal(null);
    });

    it('uses the heading level it is given', async () => {
      const el = await prescreener(await demoConfig('cll-apg-2575'), { 'heading-level': '3' });
      expect(heading(el)!.tagName).to.equal('H3');
    });
  });

  describe('every path of the demo configs, with the keyboard only', () => {
    for (const name of OPEN_DEMO_TRIALS) {
      for (const outcome of ['likely', 'unsure', 'unlikely'] as const) {
        it(`${name}: ${outcome}`, async () => {
          const config = await demoConfig(name);
          const el = await prescreener(config);
          const complete = nextEvent<EligibilityCompleteDetail>(el, 'trial-eligibility-complete');
          const state = await walk(el, config, outcome);
          expect(state.outcome).to.equal(outcome);
          await expectFocusedHeading(el, RESULT_HEADINGS[outcome]);
          const event = await complete;
          expect(event.detail).to.deep.equal({ trialId: config.id, outcome, reasons: state.reasons });
          const status = root(el).querySelector('[role="status"]')!;
          expect(status.textContent).to.contain(RESULT_HEADINGS[outcome]);
          if (outcome === 'unlikely') {
            const q = config.eligibility!.questions.find((question) => question.id === state.reasons[0])!;
            expect(status.textContent).to.contain(text(q.reason));
            expect(shadowText(el)).to.contain('Find other studies for');
          }
          if (outcome === 'unsure')
            expect(status.querySelector('[part="reasons"]')!.textContent).to.contain(
              text(config.eligibility!.questions.find((q) => q.id === state.reasons[0])!.text),
            );
          expect(shadowText(el)).not.to.match(/you (are|qualify|have been) (eligible|diagnosed)/i);
          expect(root(el).querySelector('[part~="contact-actions"]')).to.exist;
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('questions', () => {
    const config = () =>
      minimalConfig({
        locations: [
          { name: 'Closed site', country: 'United States', recruiting: false },
          { name: 'Open site', city: 'Boston', country: 'United States', recruiting: true, geo: { lat: 42.36, lon: -71.06 } },
        ],
        conditions: ['Asthma'],
        eligibility: {
          stopOnFail: false,
          questions: [
            { id: 'age', type: 'number', text: 'How old are you?', unit: 'years', min: 0, max: 120, eligibleIf: { q: 'age', min: 18 }, reason: 'Adults only.' },
            { id: 'weight', type: 'number', text: 'How much do you weigh?', unit: 'kg', min: 30, max: 250.5 },
            { id: 'inhaler', type: 'yesno', text: 'Do you use an inhaler?', help: 'Most people with asthma do.', eligibleIf: { q: 'inhaler', equals: 'yes' } },
            {
              id: 'kind',
              type: 'choice',
              text: 'Which inhaler?',
              showIf: { q: 'inhaler', equals: 'yes' },
              options: [
                { value: 'blue', label: 'Blue (reliever)' },
                { value: 'brown', label: 'Brown (preventer)' },
              ],
            },
            {
              id: 'symptoms',
              type: 'multi',
              text: 'Which of these do you have?',
              options: [
                { value: 'cough', label: 'A cough' },
                { value: 'wheeze', label: 'Wheezing' },
                { value: 'none', label: 'None of these' },
              ],
              eligibleIf: { q: 'symptoms', in: ['cough', 'wheeze'] },
            },
            { id: 'consent', type: 'yesno', text: 'Are you able to visit the clinic?', allowUnsure: false },
          ],
        },
      });

    it('renders every question type with native controls, accessibly', async () => {
      const el = await prescreener(config());
      await startWithKeyboard(el);
      // number
      const number = root(el).querySelector<HTMLInputElement>('input[name="age"]')!;
      expect(number.type).to.equal('text');
      expect(number.inputMode).to.equal('numeric');
      expect(number.getAttribute('aria-labelledby')).to.equal('text-age unit-age');
      expect(root(el).querySelector('fieldset > legend')).to.exist;
      expect(root(el).querySelector('input[type="checkbox"][value="?"]'), '"I\'m not sure" for a number').to.exist;
      await expect(el).to.be.accessible();
      await answerWithKeyboard(el, config().eligibility!.questions[0]!, 40);
      await expectFocusedHeading(el, 'Question 2 of 6');
      expect(root(el).querySelector<HTMLInputElement>('input[name="weight"]')!.inputMode, 'a decimal bound asks for a decimal keyboard').to.equal('decimal');
      await answerWithKeyboard(el, config().eligibility!.questions[1]!, 70);
      // yesno, with help behind "Why we ask"
      await expectFocusedHeading(el, 'Question 3 of 6');
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[name="inhaler"]')];
      expect(radios.map((r) => [r.type, r.value])).to.deep.equal([
        ['radio', 'yes'],
        ['radio', 'no'],
        ['checkbox', '?'],
      ]);
      const details = root(el).querySelector('details')!;
      expect(details.querySelector('summary')!.textContent).to.equal('Why we ask');
      expect(details.open).to.equal(false);
      await tabUntil(el, (f) => f.tagName === 'SUMMARY', 'Why we ask');
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await expect(el).to.be.accessible();
      await answerWithKeyboard(el, config().eligibility!.questions[2]!, 'yes');
      // choice (shown because of the answer above)
      await expectFocusedHeading(el, 'Question 4 of 6');
      expect(heading(el)!.textContent).to.contain('Which inhaler?');
      await expect(el).to.be.accessible();
      await answerWithKeyboard(el, config().eligibility!.questions[3]!, 'brown');
      // multi
      await expectFocusedHeading(el, 'Question 5 of 6');
      expect(shadowText(el)).to.contain('Choose all that apply.');
      expect(root(el).querySelectorAll('input[type="checkbox"][name="symptoms"]').length).to.equal(4);
      await expect(el).to.be.accessible();
      await answerWithKeyboard(el, config().eligibility!.questions[4]!, ['cough', 'wheeze']);
      // allowUnsure: false
      await expectFocusedHeading(el, 'Question 6 of 6');
      expect(root(el).querySelector('input[value="?"]')).to.equal(null);
      expect(shadowText(el)).not.to.contain('I’m not sure');
      await answerWithKeyboard(el, config().eligibility!.questions[5]!, 'yes');
      await expectFocusedHeading(el, 'You may be able to take part');
      // The nearest places: those taking volunteers first.
      const places = root(el).querySelector('[part~="locations"]')!;
      expect(places.querySelector('li')!.textContent).to.contain('Open site');
      expect(places.textContent).to.contain('Sort by distance from me');
    });

    it('shows a plain error for an unanswered question, announced and linked (GOV.UK pattern)', async () => {
      const el = await prescreener(config());
      await startWithKeyboard(el);
      await tabUntil(el, (f) => f.textContent?.trim() === 'Continue', 'Continue');
      await sendKeys({ press: 'Enter' });
      const summary = await until(() => root(el).querySelector<HTMLElement>('.error-summary'), 'error summary');
      expect(active(el), 'the summary takes focus').to.equal(summary);
      expect(summary.querySelector('[role="alert"]')!.textContent).to.contain('There is a problem');
      const message = root(el).querySelector('#error-age')!;
      expect(message.textContent).to.contain('Error:');
      expect(message.textContent).to.contain('Answer the question to continue. If you do not know, choose “I’m not sure”.');
      const input = root(el).querySelector<HTMLInputElement>('input[name="age"]')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('error-age');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('error-age');
      await expect(el).to.be.accessible();
      // The summary link moves focus to the field.
      await tabUntil(el, (f) => f.tagName === 'A', 'the error link');
      await sendKeys({ press: 'Enter' });
      expect(active(el)).to.equal(input);
    });

    const numberErrors: [string, string][] = [
      ['abc', 'Enter a number, using digits only (like 5).'],
      ['121', 'Enter a number that is 120 or less.'],
      ['-3', 'Enter a number that is 0 or more.'],
    ];
    for (const [typed, message] of numberErrors) {
      it(`says what is wrong with "${typed}" in a number question`, async () => {
        const el = await prescreener(config());
        await startWithKeyboard(el);
        await tabUntil(el, (f) => f instanceof HTMLInputElement, 'the number box');
        await sendKeys({ type: typed });
        await sendKeys({ press: 'Enter' });
        await until(() => root(el).querySelector('#error-age'), 'error');
        expect(root(el).querySelector('#error-age')!.textContent).to.contain(message);
        expect(heading(el)!.textContent, 'still on the same question').to.contain('Question 1 of 6');
        await expect(el).to.be.accessible();
      });
    }

    it('reads decimals and a decimal comma', async () => {
      const el = await prescreener(config());
      await startWithKeyboard(el);
      await answerWithKeyboard(el, config().eligibility!.questions[0]!, 30);
      await expectFocusedHeading(el, 'Question 2 of 6');
      await tabUntil(el, (f) => f instanceof HTMLInputElement, 'weight');
      await sendKeys({ type: '72,5' });
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'Question 3 of 6');
      await tabUntil(el, (f) => f.textContent?.trim() === 'Back', 'Back');
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'Question 2 of 6');
      expect(root(el).querySelector<HTMLInputElement>('input[name="weight"]')!.value).to.equal('72.5');
    });

    it('"I\'m not sure" excludes the other answers, and they exclude it', async () => {
      const el = await prescreener(config());
      await startWithKeyboard(el);
      const age = root(el).querySelector<HTMLInputElement>('input[name="age"]')!;
      const unsure = root(el).querySelector<HTMLInputElement>('input[name="age"][value="?"]')!;
      await tabUntil(el, (f) => f === age, 'age');
      await sendKeys({ type: '50' });
      await tabUntil(el, (f) => f === unsure, 'not sure');
      await sendKeys({ press: 'Space' });
      expect(age.value).to.equal('');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el)).to.equal(age);
      await sendKeys({ type: '5' });
      expect(unsure.checked).to.equal(false);
    });

    it('goes back, changes an answer, and recomputes the questions and the outcome', async () => {
      const el = await prescreener(config());
      const steps: EligibilityStepDetail[] = [];
      el.addEventListener('trial-eligibility-step', (e) => steps.push(e.detail));
      const qs = config().eligibility!.questions;
      await startWithKeyboard(el);
      await answerWithKeyboard(el, qs[0]!, 40);
      await expectFocusedHeading(el, 'Question 2 of 6');
      await answerWithKeyboard(el, qs[1]!, 70);
      await expectFocusedHeading(el, 'Question 3 of 6');
      await answerWithKeyboard(el, qs[2]!, 'yes');
      await expectFocusedHeading(el, 'Which inhaler?');
      // Back to the inhaler question and change the answer: the branch goes away.
      await tabUntil(el, (f) => f.textContent?.trim() === 'Back', 'Back');
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'Question 3 of 6');
      expect(root(el).querySelector<HTMLInputElement>('input[value="yes"]')!.checked, 'the earlier answer is kept').to.equal(true);
      await answerWithKeyboard(el, qs[2]!, 'no');
      await expectFocusedHeading(el, 'Question 4 of 5');
      expect(heading(el)!.textContent).to.contain('Which of these do you have?');
      await answerWithKeyboard(el, qs[4]!, ['none']);
      await expectFocusedHeading(el, 'Question 5 of 5');
      await answerWithKeyboard(el, qs[5]!, 'yes');
      await expectFocusedHeading(el, 'This study may not be right for you');
      const reasons = root(el).querySelector('[part="reasons"]')!;
      expect([...reasons.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['Do you use an inhaler?', 'Which of these do you have?']);
      // The condition mid-sentence loses its capital; the search still uses the config's words.
      expect(shadowText(el)).to.contain('Find other studies for asthma on ClinicalTrials.gov');
      const search = root(el).querySelector<HTMLAnchorElement>('a[href^="https://clinicaltrials.gov/search"]')!;
      expect(search.href).to.equal('https://clinicaltrials.gov/search?cond=Asthma');
      expect(search.rel).to.equal('noopener noreferrer');
      // Events never carry answers.
      expect(steps.map((s) => s.questionId)).to.deep.equal(['age', 'weight', 'inhaler', 'kind', 'inhaler', 'symptoms', 'consent']);
      expect(steps[4]).to.deep.equal({ trialId: 'minimal', questionId: 'inhaler', index: 3, total: 6 });
      expect(JSON.stringify(steps)).not.to.match(/"(yes|no|40|70|none)"/);
      // Change my answers: back to the last question; Start over: back to the start, nothing kept.
      await tabUntil(el, (f) => f.textContent?.trim() === 'Change my answers', 'Change my answers');
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'Question 5 of 5');
      await tabUntil(el, (f) => f.textContent?.trim() === 'Start over', 'Start over');
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'Can I take part in this study?');
      await startWithKeyboard(el);
      expect(root(el).querySelector<HTMLInputElement>('input[name="age"]')!.value).to.equal('');
    });

    it('stops at the first ruling-out answer', async () => {
      const lung = await demoConfig('lung-cancer-chemo-io');
      const el = await prescreener(lung);
      await startWithKeyboard(el);
      await answerWithKeyboard(el, lung.eligibility!.questions[0]!, 16);
      await expectFocusedHeading(el, 'This study may not be right for you');
      expect(shadowText(el)).to.contain('This study is only for adults aged 18 or older.');
    });
  });

  describe('events', () => {
    it('fires start, step and complete with ids only', async () => {
      const config = await demoConfig('cll-apg-2575');
      const el = await prescreener(config);
      const start = nextEvent(el, 'trial-eligibility-start');
      const step = nextEvent<EligibilityStepDetail>(el, 'trial-eligibility-step');
      await startWithKeyboard(el);
      expect((await start).detail).to.deep.equal({ trialId: config.id });
      const first = await step;
      expect(first.detail).to.deep.equal({ trialId: config.id, questionId: 'diagnosis', index: 1, total: 3 });
      expect(first.bubbles && first.composed).to.equal(true);
    });
  });

  describe('layout="form"', () => {
    it('shows every question on one page, branches as you answer, and checks them all at once', async () => {
      const lung = await demoConfig('lung-cancer-chemo-io');
      const el = await prescreener(lung, { layout: 'form' });
      await until(() => root(el).querySelectorAll('fieldset').length === 4, 'all questions');
      expect([...root(el).querySelectorAll('[part="progress"]')].map((p) => p.textContent)).to.deep.equal([
        'Question 1 of 4',
        'Question 2 of 4',
        'Question 3 of 4',
        'Question 4 of 4',
      ]);
      await expect(el).to.be.accessible();
      // Answering "no" to surgery hides the follow-up question at once.
      await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'surgery', 'surgery');
      await sendKeys({ press: 'ArrowDown' });
      await until(() => root(el).querySelectorAll('fieldset').length === 3, 'the branch to go away');
      // See my result with questions left: every missing one is named.
      await tabUntil(el, (f) => f.textContent?.trim() === 'See my result', 'See my result');
      await sendKeys({ press: 'Enter' });
      const summary = await until(() => root(el).querySelector<HTMLElement>('.error-summary'), 'summary');
      expect(active(el)).to.equal(summary);
      expect(summary.querySelectorAll('li').length).to.equal(2);
      await expect(el).to.be.accessible();
      // With stopOnFail, the ruling-out answer is enough for a result.
      root(el).querySelector<HTMLInputElement>('input[name="surgery"][value="no"]')!.focus();
      await sendKeys({ press: 'Space' });
      const age = root(el).querySelector<HTMLInputElement>('input[name="age"]')!;
      age.focus();
      await sendKeys({ type: '60' });
      await tabUntil(el, (f) => f.textContent?.trim() === 'See my result', 'See my result');
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'This study may not be right for you');
    });

    it('warns once about an unknown layout and uses steps', async () => {
      const { warnings, result: el } = await captureConsole(() =>
        prescreener(minimalConfig({ eligibility: { questions: [{ id: 'a', type: 'yesno', text: 'A?' }] } }), { layout: 'wizard' }),
      );
      await startWithKeyboard(el);
      expect(warnings.filter((w) => w.includes('layout="wizard"')).length).to.equal(1);
      expect(root(el).querySelectorAll('fieldset').length).to.equal(1);
    });
  });

  describe('language', () => {
    it('works in Spanish: built-in words and the config’s Spanish texts', async () => {
      const lung = await demoConfig('lung-cancer-chemo-io');
      const el = await prescreener(lung, { lang: 'es' });
      await until(() => shadowText(el).includes('¿Puedo participar'), 'Spanish');
      expect(shadowText(el)).to.contain('Sus respuestas se quedan en este dispositivo');
      await tabUntil(el, (f) => f.textContent?.trim() === 'Comenzar', 'Comenzar');
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'Pregunta 1 de 4');
      expect(heading(el)!.textContent).to.contain('¿Cuántos años tiene?');
      expect(shadowText(el)).to.contain('No estoy seguro');
      expect(shadowText(el)).to.contain('años');
      await tabUntil(el, (f) => f.textContent?.trim() === 'Continuar', 'Continuar');
      await sendKeys({ press: 'Enter' });
      await until(() => root(el).querySelector('.error-summary'), 'error');
      expect(shadowText(el)).to.contain('Hay un problema');
      expect(shadowText(el)).to.contain('Responda la pregunta para continuar.');
      await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'age', 'age');
      await sendKeys({ type: '12' });
      await sendKeys({ press: 'Enter' });
      await expectFocusedHeading(el, 'Es posible que este estudio no sea para usted');
      expect(shadowText(el)).to.contain('Este estudio es solo para adultos de 18 años o más.');
      await expect(el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('makes no request and writes no cookie or storage during the whole flow, even with a referral form', async () => {
      const config = await demoConfig('cll-apg-2575');
      expect(config.referral, 'this demo trial has a referral').to.exist;
      const el = await prescreener(config);
      await until(() => el.shadowRoot, 'ready');
      // Measure from when the flow's chunk has loaded and rendered, not from a guess at how long that takes.
      await (el as unknown as { flowLoading: Promise<unknown> }).flowLoading;
      await el.updateComplete;
      const realFetch = window.fetch;
      const fetched: unknown[] = [];
      window.fetch = (...args: Parameters<typeof fetch>) => {
        fetched.push(args[0]);
        return realFetch(...args);
      };
      const beacon = navigator.sendBeacon;
      navigator.sendBeacon = () => {
        fetched.push('beacon');
        return false;
      };
      const resourcesBefore = performance.getEntriesByType('resource').length;
      const cookies = document.cookie;
      const stored = [localStorage.length, sessionStorage.length];
      try {
        await walk(el, config, 'likely');
        await expectFocusedHeading(el, 'You may be able to take part');
        await until(() => root(el).querySelector('[part~="referral"] form'), 'referral form');
        // Typing contact details sends nothing either: only Send, with consent, does.
        await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'name', 'name');
        await sendKeys({ type: 'Ana' });
        await until(() => (active(el) as HTMLInputElement).value === 'Ana', 'the typed name');
        await el.updateComplete;
        expect(fetched).to.deep.equal([]);
        expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
        expect(document.cookie).to.equal(cookies);
        expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
      } finally {
        window.fetch = realFetch;
        navigator.sendBeacon = beacon;
      }
    });
  });

  describe('the consented referral', () => {
    const referralConfig = (endpoint: string, fields: string[] = ['name', 'email', 'phone', 'postalCode', 'bestTime', 'language']) =>
      minimalConfig({
        id: 'referral-test',
        eligibility: {
          questions: [
            { id: 'adult', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'adult', equals: 'yes' } },
            {
              id: 'stage',
              type: 'choice',
              text: 'Which stage?',
              options: [
                { value: 'early', label: 'Early' },
                { value: 'late', label: 'Late' },
              ],
            },
          ],
        },
        referral: { endpoint, consent: 'I agree to send my answers and contact details to the study team.', fields },
      });
    const testId = () => Math.random().toString(36).slice(2);

    async function toReferral(config: TrialConfig, answers: Value[] = ['yes', null], attrs: Record<string, string> = {}) {
      const el = await prescreener(config, attrs);
      await startWithKeyboard(el);
      for (const [i, value] of answers.entries()) {
        await answerWithKeyboard(el, config.eligibility!.questions[i]!, value);
        await el.updateComplete;
      }
      await until(() => root(el).querySelector('[part~="referral"] form'), 'referral form');
      return el;
    }

    async function fill(el: TrialEligibility, values: Record<string, string>) {
      for (const [name, value] of Object.entries(values)) {
        await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === name, name);
        await sendKeys({ type: value });
      }
    }

    async function pressSend(el: TrialEligibility) {
      await tabUntil(el, (f) => f.textContent?.trim() === 'Send', 'Send');
      await sendKeys({ press: 'Enter' });
    }

    let timeout: number;
    beforeEach(async () => {
      const { TrialEligibility } = await import('../../src/elements/trial-eligibility/trial-eligibility.js');
      timeout = TrialEligibility.referralTimeout;
      TrialEligibility.referralTimeout = 500;
    });
    afterEach(async () => {
      const { TrialEligibility } = await import('../../src/elements/trial-eligibility/trial-eligibility.js');
      TrialEligibility.referralTimeout = timeout;
    });

    it('offers a form with autocomplete, an unticked consent box, and plain validation; accessible', async () => {
      const id = testId();
      const el = await toReferral(referralConfig(`${location.origin}/__test__/referral/ok?id=${id}`));
      const form = root(el).querySelector('[part~="referral"] form')!;
      const auto = Object.fromEntries([...form.querySelectorAll<HTMLInputElement>('input.text')].map((i) => [i.name, i.getAttribute('autocomplete')]));
      expect(auto).to.deep.equal({ name: 'name', email: 'email', phone: 'tel', postalCode: 'postal-code', bestTime: 'off', language: 'language' });
      expect(form.querySelector<HTMLInputElement>('input[name="email"]')!.type).to.equal('email');
      expect(form.querySelector<HTMLInputElement>('input[name="phone"]')!.type).to.equal('tel');
      const consent = form.querySelector<HTMLInputElement>('input[name="consent"]')!;
      expect(consent.checked).to.equal(false);
      expect(consent.closest('label')!.textContent).to.contain('I agree to send my answers');
      await expect(el).to.be.accessible();
      // Nothing filled, no consent: plain messages, nothing sent.
      await pressSend(el);
      const summary = await until(() => root(el).querySelector<HTMLElement>('[part~="referral"] .error-summary'), 'summary');
      expect(active(el)).to.equal(summary);
      expect(summary.textContent).to.contain('Enter your name.');
      expect(summary.textContent).to.contain('Enter an email address or a phone number');
      expect(summary.textContent).to.contain('Tick the box if you agree to send your details.');
      await expect(el).to.be.accessible();
      await fill(el, { name: 'Ana Ruiz', email: 'not-an-email' });
      await pressSend(el);
      await until(() => shadowText(el).includes('Enter an email address like name@example.com.'), 'email error');
      const received = await (await fetch(`/__test__/referral/received?id=${id}`)).json();
      expect(received, 'nothing reached the endpoint').to.equal(null);
    });

    it('sends JSON with the answers, contact, ref and language only after consent, without cookies', async () => {
      const id = testId();
      document.cookie = 'trialkit-test=1; path=/';
      try {
        const config = referralConfig(`${location.origin}/__test__/referral/ok?id=${id}`, ['name', 'email', 'phone', 'bestTime']);
        const study = await fixture<HTMLElement>(html`<trial-study ref="patient-forum"></trial-study>`);
        (study as unknown as { config: unknown }).config = config;
        const el = document.createElement('trial-eligibility') as TrialEligibility;
        study.append(el);
        await until(() => root(el)?.querySelector('.step'), 'start');
        await startWithKeyboard(el);
        await answerWithKeyboard(el, config.eligibility!.questions[0]!, 'yes');
        await expectFocusedHeading(el, 'Question 2 of 2');
        await answerWithKeyboard(el, config.eligibility!.questions[1]!, null);
        await until(() => root(el).querySelector('[part~="referral"] form'), 'form');
        await fill(el, { name: ' Ana Ruiz ', email: 'ana@example.org', bestTime: 'Mornings' });
        await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'consent', 'consent');
        await sendKeys({ press: 'Space' });
        const referral = nextEvent<ReferralDetail>(el, 'trial-referral');
        await pressSend(el);
        expect((await referral).detail).to.deep.equal({ trialId: 'referral-test', status: 'sent' });
        await until(() => shadowText(el).includes('Your details were sent.'), 'success');
        expect(root(el).querySelector('[part~="referral"] form'), 'the form is done').to.equal(null);
        expect(active(el)?.textContent).to.contain('Ask the study team to contact you');
        const received = await (await fetch(`/__test__/referral/received?id=${id}`)).json();
        expect(received.contentType).to.contain('application/json');
        expect(received.cookie, 'credentials: omit').to.equal(null);
        const { timestamp, ...body } = received.body;
        expect(new Date(timestamp).getTime()).to.be.closeTo(Date.now(), 60_000);
        expect(body).to.deep.equal({
          trialId: 'referral-test',
          // "I'm not sure" to a question no rule depends on leaves the outcome likely (PRODUCT.md).
          outcome: 'likely',
          answers: { adult: 'yes', stage: null },
          ref: 'patient-forum',
          language: 'en',
          contact: { name: 'Ana Ruiz', email: 'ana@example.org', bestTime: 'Mornings' },
        });
        expect(document.cookie).to.equal('trialkit-test=1');
        await expect(study).to.be.accessible();
      } finally {
        document.cookie = 'trialkit-test=; path=/; max-age=0';
      }
    });

    it('is not offered after an unlikely result', async () => {
      const el = await prescreener(referralConfig(`${location.origin}/__test__/referral/ok`));
      await startWithKeyboard(el);
      await answerWithKeyboard(el, referralConfig('https://x.example').eligibility!.questions[0]!, 'no');
      await expectFocusedHeading(el, 'This study may not be right for you');
      await el.updateComplete;
      expect(root(el).querySelector('[part~="referral"]')).to.equal(null);
    });

    const failures: [string, (origin: string) => string][] = [
      ['a 500 reply', (origin) => `${origin}/__test__/referral/fail`],
      ['a reply slower than the timeout', (origin) => `${origin}/__test__/referral/slow?ms=3000`],
      [
        'a CORS refusal (another origin that sends no CORS headers)',
        (origin) =>
          `${origin.includes('localhost') ? origin.replace('localhost', '127.0.0.1') : origin.replace('127.0.0.1', 'localhost')}/__test__/referral/ok?id=cors`,
      ],
      ['a network error (nothing listening)', () => 'http://127.0.0.1:9/referral'],
    ];
    for (const [what, endpoint] of failures) {
      it(`shows a clear message and keeps the form filled after ${what}`, async () => {
        const el = await toReferral(referralConfig(endpoint(location.origin), ['name', 'phone']));
        await fill(el, { name: 'Ana', phone: '555 010 0199' });
        await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'consent', 'consent');
        await sendKeys({ press: 'Space' });
        const referral = nextEvent<ReferralDetail>(el, 'trial-referral', 6000);
        await pressSend(el);
        expect((await referral).detail.status).to.equal('failed');
        const status = root(el).querySelector('[part~="referral"] [role="status"]')!;
        await until(() => status.textContent!.includes('We could not send your details.'), 'failure message');
        expect(root(el).querySelector<HTMLInputElement>('input[name="name"]')!.value).to.equal('Ana');
        expect(root(el).querySelector<HTMLInputElement>('input[name="phone"]')!.value).to.equal('555 010 0199');
        expect(root(el).querySelector<HTMLInputElement>('input[name="consent"]')!.checked).to.equal(true);
        expect(button(el, 'Send')!.disabled, 'the person can retry').to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('never sends to an endpoint that is not https (a config changed after validation)', async () => {
      const config = referralConfig(`${location.origin}/__test__/referral/ok`, ['phone']);
      const el = await toReferral(config);
      // The element's own (validated) copy of the config, changed after validation.
      el.trialConfig!.referral!.endpoint = 'javascript:alert(1)';
      const realFetch = window.fetch;
      let called = false;
      window.fetch = () => {
        called = true;
        return Promise.reject(new Error('no'));
      };
      try {
        await fill(el, { phone: '555 010 0199' });
        await tabUntil(el, (f) => f instanceof HTMLInputElement && f.name === 'consent', 'consent');
        await sendKeys({ press: 'Space' });
        const referral = nextEvent<ReferralDetail>(el, 'trial-referral');
        await pressSend(el);
        expect((await referral).detail.status).to.equal('failed');
        expect(called).to.equal(false);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('unusual configs', () => {
    it('without questions, says so and offers the contact details', async () => {
      const el = document.createElement('trial-eligibility') as TrialEligibility;
      el.config = minimalConfig();
      await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
      await el.updateComplete;
      expect(shadowText(el)).to.contain('This study has no questions to answer here.');
      expect(root(el).querySelector('[part~="contact-actions"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('a broken config shows the friendly fallback and never throws', async () => {
      const { errors, result: el } = await captureConsole(async () => {
        const element = document.createElement('trial-eligibility') as TrialEligibility;
        element.config = { ...minimalConfig(), eligibility: { questions: [{ id: 'a', type: 'yesno', text: 'A?', showIf: { q: 'later', equals: 'yes' } }] } };
        await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
        await element.updateComplete;
        return element;
      });
      expect(errors.join(' ')).to.contain('eligibility.questions[0].showIf.q');
      expect(root(el).querySelector('[part="fallback"]')).to.exist;
    });

    it('treats every config text as text, never as HTML', async () => {
      const el = await prescreener(minimalConfig({ eligibility: { questions: [{ id: 'a', type: 'yesno', text: '<img src=x onerror=alert(1)>Are you OK?' }] } }));
      await startWithKeyboard(el);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(heading(el)!.textContent).to.contain('<img src=x onerror=alert(1)>Are you OK?');
    });
  });
});
