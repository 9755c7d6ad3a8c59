import { expect } from '@open-wc/testing';
import {
  evaluateCondition,
  evaluateEligibility,
  isAnswer,
  mayAskFewer,
  questionAfter,
  questionBefore,
  UNSURE,
  type Answers,
  type Eligibility,
} from '../../src/core/eligibility.js';
import { parseNumberAnswer } from '../../src/core/number-answer.js';
import type { Condition, Question } from '../../src/core/schema.js';
import { validateConfig } from '../../src/core/validate.js';
import { demoConfig, DEMO_TRIALS, minimalConfig } from '../helpers.js';

const yesno = (id: string, extra: Partial<Question> = {}): Question => ({ id, type: 'yesno', text: `${id}?`, ...extra });
const choice = (id: string, values: string[], extra: Partial<Question> = {}): Question => ({
  id,
  type: 'choice',
  text: `${id}?`,
  options: values.map((value) => ({ value, label: value })),
  ...extra,
});
const multi = (id: string, values: string[], extra: Partial<Question> = {}): Question => ({ ...choice(id, values, extra), type: 'multi' });
const num = (id: string, extra: Partial<Question> = {}): Question => ({ id, type: 'number', text: `${id}?`, ...extra });

/** Checks a test config is valid, so the engine is tested on configs the validator accepts. */
function eligibility(questions: Question[], stopOnFail?: boolean): Eligibility {
  const value: Eligibility = stopOnFail === undefined ? { questions } : { questions, stopOnFail };
  const result = validateConfig(minimalConfig({ eligibility: value }));
  if (!result.ok) throw new Error(`test config is invalid: ${JSON.stringify(result.problems)}`);
  return value;
}

const ids = (questions: Question[]) => questions.map((q) => q.id);

describe('eligibility engine', () => {
  describe('conditions', () => {
    const answers: Answers = { smoker: 'yes', stage: 'ii', age: 45, weight: 70.5, symptoms: ['cough', 'fever'], unsure: UNSURE };
    const cases: [string, Condition, boolean | undefined][] = [
      ['equals (string, true)', { q: 'smoker', equals: 'yes' }, true],
      ['equals (string, false)', { q: 'smoker', equals: 'no' }, false],
      ['equals (number)', { q: 'age', equals: 45 }, true],
      ['equals does not convert types', { q: 'age', equals: '45' }, false],
      ['in (true)', { q: 'stage', in: ['i', 'ii'] }, true],
      ['in (false)', { q: 'stage', in: ['iii', 'iv'] }, false],
      ['min inclusive', { q: 'age', min: 45 }, true],
      ['min above', { q: 'age', min: 46 }, false],
      ['max inclusive', { q: 'age', max: 45 }, true],
      ['max below', { q: 'age', max: 44 }, false],
      ['min and max around a decimal', { q: 'weight', min: 70.5, max: 70.5 }, true],
      ['min and max outside', { q: 'weight', min: 40, max: 70.4 }, false],
      ['range on a text answer is false', { q: 'smoker', min: 1 }, false],
      ['multi: equals holds when any chosen value matches', { q: 'symptoms', equals: 'fever' }, true],
      ['multi: equals is false when none matches', { q: 'symptoms', equals: 'rash' }, false],
      ['multi: in holds when any chosen value is listed', { q: 'symptoms', in: ['rash', 'cough'] }, true],
      ['multi: in is false when none is listed', { q: 'symptoms', in: ['rash', 'pain'] }, false],
      [
        'all (true)',
        {
          all: [
            { q: 'smoker', equals: 'yes' },
            { q: 'age', min: 18 },
          ],
        },
        true,
      ],
      [
        'all (one false)',
        {
          all: [
            { q: 'smoker', equals: 'yes' },
            { q: 'age', min: 50 },
          ],
        },
        false,
      ],
      [
        'any (one true)',
        {
          any: [
            { q: 'smoker', equals: 'no' },
            { q: 'age', min: 18 },
          ],
        },
        true,
      ],
      [
        'any (none true)',
        {
          any: [
            { q: 'smoker', equals: 'no' },
            { q: 'age', min: 50 },
          ],
        },
        false,
      ],
      ['not', { not: { q: 'smoker', equals: 'yes' } }, false],
      ['not not', { not: { not: { q: 'smoker', equals: 'yes' } } }, true],
      [
        'nested three levels',
        { all: [{ any: [{ q: 'stage', equals: 'iv' }, { not: { q: 'age', max: 17 } }] }, { not: { any: [{ q: 'smoker', equals: 'no' }] } }] },
        true,
      ],
      ['a hidden (unanswered) question makes its conditions false', { q: 'never', equals: 'yes' }, false],
      ['not on a hidden question is true', { not: { q: 'never', equals: 'yes' } }, true],
      // Three-valued logic: "I'm not sure" is unknown, and stays unknown unless the rest decides.
      ['unsure: equals is unknown', { q: 'unsure', equals: 'yes' }, undefined],
      ['unsure: in is unknown', { q: 'unsure', in: ['yes'] }, undefined],
      ['unsure: range is unknown', { q: 'unsure', min: 1 }, undefined],
      ['unsure: not unknown is unknown', { not: { q: 'unsure', equals: 'yes' } }, undefined],
      [
        'unsure: all with a true part is unknown',
        {
          all: [
            { q: 'smoker', equals: 'yes' },
            { q: 'unsure', equals: 'yes' },
          ],
        },
        undefined,
      ],
      [
        'unsure: all with a false part is false',
        {
          all: [
            { q: 'smoker', equals: 'no' },
            { q: 'unsure', equals: 'yes' },
          ],
        },
        false,
      ],
      [
        'unsure: any with a true part is true',
        {
          any: [
            { q: 'smoker', equals: 'yes' },
            { q: 'unsure', equals: 'yes' },
          ],
        },
        true,
      ],
      [
        'unsure: any with a false part is unknown',
        {
          any: [
            { q: 'smoker', equals: 'no' },
            { q: 'unsure', equals: 'yes' },
          ],
        },
        undefined,
      ],
      [
        'unsure: not(all(false, unknown)) is true',
        {
          not: {
            all: [
              { q: 'smoker', equals: 'no' },
              { q: 'unsure', equals: 'yes' },
            ],
          },
        },
        true,
      ],
    ];
    for (const [name, condition, expected] of cases) {
      it(name, () => {
        expect(evaluateCondition(condition, answers)).to.equal(expected);
      });
    }
  });

  describe('answers', () => {
    it('accepts only valid answers for each question type', () => {
      expect(isAnswer(yesno('a'), 'yes')).to.equal(true);
      expect(isAnswer(yesno('a'), 'no')).to.equal(true);
      expect(isAnswer(yesno('a'), 'maybe')).to.equal(false);
      expect(isAnswer(yesno('a'), undefined)).to.equal(false);
      expect(isAnswer(choice('c', ['x', 'y']), 'y')).to.equal(true);
      expect(isAnswer(choice('c', ['x', 'y']), 'z')).to.equal(false);
      expect(isAnswer(choice('c', ['x', 'y']), ['x'])).to.equal(false);
      expect(isAnswer(multi('m', ['x', 'y']), ['x', 'y'])).to.equal(true);
      expect(isAnswer(multi('m', ['x', 'y']), [])).to.equal(false);
      expect(isAnswer(multi('m', ['x', 'y']), ['x', 'z'])).to.equal(false);
      expect(isAnswer(num('n', { min: 0, max: 10 }), 10)).to.equal(true);
      expect(isAnswer(num('n', { min: 0, max: 10 }), 10.5)).to.equal(false);
      expect(isAnswer(num('n'), Number.NaN)).to.equal(false);
      expect(isAnswer(num('n'), '5')).to.equal(false);
    });

    it('accepts "I\'m not sure" unless the question says allowUnsure: false', () => {
      expect(isAnswer(yesno('a'), UNSURE)).to.equal(true);
      expect(isAnswer(num('n'), UNSURE)).to.equal(true);
      expect(isAnswer(yesno('a', { allowUnsure: false }), UNSURE)).to.equal(false);
    });

    it('reads typed numbers: whole, decimal, decimal comma, with spaces, and says what is wrong', () => {
      const age = num('age', { min: 0, max: 120 });
      expect(parseNumberAnswer(age, ' 45 ')).to.deep.equal({ value: 45 });
      expect(parseNumberAnswer(age, '7.5')).to.deep.equal({ value: 7.5 });
      expect(parseNumberAnswer(age, '7,5')).to.deep.equal({ value: 7.5 });
      expect(parseNumberAnswer(num('w'), '1,200.5')).to.deep.equal({ value: 1200.5 });
      expect(parseNumberAnswer(age, '')).to.deep.equal({ problem: 'empty' });
      expect(parseNumberAnswer(age, '   ')).to.deep.equal({ problem: 'empty' });
      expect(parseNumberAnswer(age, 'forty')).to.deep.equal({ problem: 'notNumber' });
      expect(parseNumberAnswer(age, '4o')).to.deep.equal({ problem: 'notNumber' });
      expect(parseNumberAnswer(age, '1e3')).to.deep.equal({ problem: 'notNumber' });
      expect(parseNumberAnswer(age, '-1')).to.deep.equal({ problem: 'tooLow' });
      expect(parseNumberAnswer(age, '121')).to.deep.equal({ problem: 'tooHigh' });
      expect(parseNumberAnswer(age, '120')).to.deep.equal({ value: 120 });
    });

    it('reads digits typed on Arabic, Persian and Chinese keyboards', () => {
      const age = num('age', { min: 0, max: 120 });
      expect(parseNumberAnswer(age, '٤٥')).to.deep.equal({ value: 45 });
      expect(parseNumberAnswer(age, '٧٫٥')).to.deep.equal({ value: 7.5 });
      expect(parseNumberAnswer(num('w'), '١٬٢٠٠')).to.deep.equal({ value: 1200 });
      expect(parseNumberAnswer(age, '۶۹')).to.deep.equal({ value: 69 });
      expect(parseNumberAnswer(age, '４５')).to.deep.equal({ value: 45 });
      expect(parseNumberAnswer(age, '７．５')).to.deep.equal({ value: 7.5 });
      expect(parseNumberAnswer(age, '－１')).to.deep.equal({ problem: 'tooLow' });
      expect(parseNumberAnswer(age, '١٢١')).to.deep.equal({ problem: 'tooHigh' });
      expect(parseNumberAnswer(age, 'ع٥')).to.deep.equal({ problem: 'notNumber' });
    });
  });

  describe('the flow', () => {
    const lung = eligibility([
      num('age', { min: 0, max: 120, eligibleIf: { q: 'age', min: 18 }, reason: 'Adults only.' }),
      yesno('surgery', { eligibleIf: { q: 'surgery', equals: 'yes' }, reason: 'Surgery first.' }),
      choice('weeks', ['lt4', '4to11', 'gt11'], { showIf: { q: 'surgery', equals: 'yes' }, eligibleIf: { q: 'weeks', in: ['lt4', '4to11'] } }),
      yesno('treated', { eligibleIf: { q: 'treated', equals: 'no' } }),
    ]);

    it('starts at the first question with every question counted', () => {
      const state = evaluateEligibility(lung, {});
      expect(state.next?.id).to.equal('age');
      expect([state.index, state.total, state.complete]).to.deep.equal([1, 4, false]);
    });

    it('asks the next question and counts progress', () => {
      const state = evaluateEligibility(lung, { age: 50, surgery: 'yes' });
      expect(state.next?.id).to.equal('weeks');
      expect([state.index, state.total]).to.deep.equal([3, 4]);
    });

    it('is likely when every rule holds', () => {
      const state = evaluateEligibility(lung, { age: 50, surgery: 'yes', weeks: 'lt4', treated: 'no' });
      expect(state.complete).to.equal(true);
      expect(state.next).to.equal(undefined);
      expect(state.outcome).to.equal('likely');
      expect(state.reasons).to.deep.equal([]);
      expect(state.index).to.equal(4);
    });

    it('stops at the first ruling-out answer (stopOnFail defaults to true)', () => {
      const state = evaluateEligibility(lung, { age: 16 });
      expect(state.complete).to.equal(true);
      expect(state.outcome).to.equal('unlikely');
      expect(state.reasons).to.deep.equal(['age']);
      expect(ids(state.visible)).to.deep.equal(['age']);
      expect(state.total).to.equal(1);
    });

    it('branches: a showIf that is false skips the question and it no longer counts', () => {
      const flow = eligibility([yesno('surgery'), choice('weeks', ['a', 'b'], { showIf: { q: 'surgery', equals: 'yes' } }), yesno('treated')]);
      const state = evaluateEligibility(flow, { surgery: 'no' });
      expect(state.next?.id).to.equal('treated');
      expect([state.index, state.total]).to.deep.equal([2, 2]);
      expect(evaluateEligibility(flow, { surgery: 'yes' }).total).to.equal(3);
    });

    it('counts questions whose showIf cannot be known yet as ones that can still be shown', () => {
      const flow = eligibility([yesno('a'), yesno('b'), yesno('c', { showIf: { q: 'b', equals: 'yes' } })]);
      expect(evaluateEligibility(flow, {}).total).to.equal(3);
      expect(evaluateEligibility(flow, { a: 'yes', b: 'no' }).total).to.equal(2);
    });

    it('with stopOnFail: false, asks every question and gives every reason', () => {
      const flow = { ...lung, stopOnFail: false };
      const partway = evaluateEligibility(flow, { age: 16 });
      expect(partway.complete).to.equal(false);
      expect(partway.next?.id).to.equal('surgery');
      const state = evaluateEligibility(flow, { age: 16, surgery: 'no', treated: 'yes' });
      expect(state.complete).to.equal(true);
      expect(state.outcome).to.equal('unlikely');
      expect(state.reasons).to.deep.equal(['age', 'surgery', 'treated']);
      expect(ids(state.visible)).to.deep.equal(['age', 'surgery', 'treated']);
    });

    it('"I\'m not sure" on a rule makes the outcome unsure, never unlikely', () => {
      const state = evaluateEligibility(lung, { age: 50, surgery: 'yes', weeks: UNSURE, treated: 'no' });
      expect(state.complete).to.equal(true);
      expect(state.outcome).to.equal('unsure');
      expect(state.reasons).to.deep.equal(['weeks']);
    });

    it('a ruling-out answer wins over unsure ones', () => {
      const flow = { ...lung, stopOnFail: false };
      const state = evaluateEligibility(flow, { age: UNSURE, surgery: 'yes', weeks: 'gt11', treated: UNSURE });
      expect(state.outcome).to.equal('unlikely');
      expect(state.reasons).to.deep.equal(['weeks']);
    });

    it('an unknown showIf shows the question', () => {
      const state = evaluateEligibility(lung, { age: 50, surgery: UNSURE });
      expect(state.next?.id).to.equal('weeks');
      expect(state.total).to.equal(4);
    });

    it('an unsure answer to a question with no rule on it does not change the outcome', () => {
      const flow = eligibility([yesno('a'), yesno('b', { eligibleIf: { q: 'b', equals: 'yes' } })]);
      expect(evaluateEligibility(flow, { a: UNSURE, b: 'yes' }).outcome).to.equal('likely');
    });

    it('an eligibleIf that names an earlier question is judged on both answers, three-valued', () => {
      const flow = eligibility([
        yesno('pregnant'),
        num('age', {
          eligibleIf: {
            any: [
              { q: 'age', min: 50 },
              { q: 'pregnant', equals: 'no' },
            ],
          },
          reason: 'Not during pregnancy under 50.',
        }),
      ]);
      expect(evaluateEligibility(flow, { pregnant: 'no', age: 30 }).outcome).to.equal('likely');
      expect(evaluateEligibility(flow, { pregnant: 'yes', age: 30 }).outcome).to.equal('unlikely');
      expect(evaluateEligibility(flow, { pregnant: UNSURE, age: 30 }).outcome).to.equal('unsure');
      expect(evaluateEligibility(flow, { pregnant: UNSURE, age: 60 }).outcome).to.equal('likely');
    });

    it('"I\'m not sure" is not an answer where allowUnsure is false', () => {
      const flow = eligibility([yesno('consent', { allowUnsure: false })]);
      const state = evaluateEligibility(flow, { consent: UNSURE });
      expect(state.next?.id).to.equal('consent');
      expect(state.retained).to.deep.equal({});
    });

    it('multi answers: any chosen value matches', () => {
      const flow = eligibility([multi('meds', ['a', 'b', 'none'], { eligibleIf: { not: { q: 'meds', in: ['a', 'b'] } } })]);
      expect(evaluateEligibility(flow, { meds: ['none'] }).outcome).to.equal('likely');
      expect(evaluateEligibility(flow, { meds: ['none', 'b'] }).outcome).to.equal('unlikely');
    });

    it('number answers: decimals and inclusive bounds', () => {
      const flow = eligibility([num('hb', { min: 0, max: 25, eligibleIf: { q: 'hb', min: 9.5, max: 18 } })]);
      expect(evaluateEligibility(flow, { hb: 9.5 }).outcome).to.equal('likely');
      expect(evaluateEligibility(flow, { hb: 18 }).outcome).to.equal('likely');
      expect(evaluateEligibility(flow, { hb: 9.4 }).outcome).to.equal('unlikely');
      expect(evaluateEligibility(flow, { hb: 30 }).next?.id, 'an out-of-range number is not an answer').to.equal('hb');
    });

    it('an invalid answer is treated as no answer', () => {
      const state = evaluateEligibility(lung, { age: 'old' as unknown as number });
      expect(state.next?.id).to.equal('age');
      expect(state.answers).to.deep.equal({});
    });

    it('no questions: complete and likely straight away', () => {
      const state = evaluateEligibility(undefined, {});
      expect([state.complete, state.outcome, state.total]).to.deep.equal([true, 'likely', 0]);
    });
  });

  describe('going back and changing an answer', () => {
    const flow = eligibility(
      [
        yesno('surgery', { eligibleIf: { q: 'surgery', equals: 'yes' } }),
        choice('weeks', ['lt4', 'gt11'], { showIf: { q: 'surgery', equals: 'yes' }, eligibleIf: { q: 'weeks', equals: 'lt4' } }),
        yesno('treated', { eligibleIf: { q: 'treated', equals: 'no' } }),
      ],
      false,
    );

    it('recomputes the outcome and drops answers to questions that become hidden', () => {
      const before = evaluateEligibility(flow, { surgery: 'yes', weeks: 'gt11', treated: 'no' });
      expect(before.outcome).to.equal('unlikely');
      expect(before.reasons).to.deep.equal(['weeks']);
      const after = evaluateEligibility(flow, { ...before.retained, surgery: 'no' });
      expect(after.retained).to.deep.equal({ surgery: 'no', treated: 'no' });
      expect(after.reasons).to.deep.equal(['surgery']);
      // Back to "yes": the hidden answer was dropped, so "weeks" is asked again.
      const again = evaluateEligibility(flow, { ...after.retained, surgery: 'yes' });
      expect(again.next?.id).to.equal('weeks');
      expect(again.complete).to.equal(false);
    });

    it('keeps later answers that still apply, past an early stop, so changing an early answer does not lose them', () => {
      const stopping = { ...flow, stopOnFail: true };
      const stopped = evaluateEligibility(stopping, { surgery: 'no', treated: 'no' });
      expect(ids(stopped.visible)).to.deep.equal(['surgery']);
      expect(stopped.answers, 'only reached answers count').to.deep.equal({ surgery: 'no' });
      expect(stopped.retained).to.deep.equal({ surgery: 'no', treated: 'no' });
      const changed = evaluateEligibility(stopping, { ...stopped.retained, surgery: 'yes' });
      expect(changed.next?.id).to.equal('weeks');
      const done = evaluateEligibility(stopping, { ...changed.retained, weeks: 'lt4' });
      expect(done.outcome).to.equal('likely');
      expect(done.answers).to.deep.equal({ surgery: 'yes', weeks: 'lt4', treated: 'no' });
    });

    it('steps forward and back through the shown questions', () => {
      const state = evaluateEligibility(flow, { surgery: 'no', treated: 'yes' });
      expect(questionAfter(state, 'surgery')?.id).to.equal('treated');
      expect(questionAfter(state, 'treated')).to.equal(undefined);
      expect(questionBefore(state, 'treated')?.id).to.equal('surgery');
      expect(questionBefore(state, 'surgery')).to.equal(undefined);
      expect(questionBefore(state, undefined)?.id, 'from the result, back to the last question').to.equal('treated');
    });
  });

  it('handles a config with 60 questions, with branching every third question', () => {
    const questions: Question[] = [];
    for (let i = 0; i < 60; i++) {
      const id = `q${i}`;
      if (i % 3 === 2) questions.push(yesno(id, { showIf: { q: `q${i - 1}`, equals: 'yes' }, eligibleIf: { q: id, equals: 'yes' } }));
      else if (i % 3 === 1) questions.push(choice(id, ['yes', 'no']));
      else questions.push(num(id, { min: 0, max: 100, eligibleIf: { q: id, min: 10 } }));
    }
    const flow = eligibility(questions);
    expect(evaluateEligibility(flow, {}).total).to.equal(60);
    // Everyone says "no" to the branching questions: every third question is skipped.
    const answers: Record<string, string | number> = {};
    let state = evaluateEligibility(flow, answers);
    let steps = 0;
    while (state.next) {
      const q = state.next;
      answers[q.id] = q.type === 'number' ? 50 : q.type === 'choice' ? 'no' : 'yes';
      state = evaluateEligibility(flow, answers);
      steps++;
      expect(state.index).to.be.at.most(state.total);
    }
    expect(steps).to.equal(40);
    expect(state.total).to.equal(40);
    expect(state.outcome).to.equal('likely');
    // One ruling-out answer near the end stops the flow there.
    const failing = evaluateEligibility(flow, { ...answers, q57: 3 });
    expect(failing.outcome).to.equal('unlikely');
    expect(failing.reasons).to.deep.equal(['q57']);
    expect(failing.total).to.equal(39);
  });

  it('says when a person may be asked fewer questions than there are', () => {
    expect(mayAskFewer(eligibility([yesno('a'), yesno('b')]))).to.equal(false);
    expect(mayAskFewer(eligibility([yesno('a', { eligibleIf: { q: 'a', equals: 'yes' } })]))).to.equal(true);
    expect(mayAskFewer(eligibility([yesno('a', { eligibleIf: { q: 'a', equals: 'yes' } })], false))).to.equal(false);
    expect(mayAskFewer(eligibility([yesno('a'), yesno('b', { showIf: { q: 'a', equals: 'yes' } })], false))).to.equal(true);
  });

  for (const name of DEMO_TRIALS) {
    it(`every path of the ${name} demo pre-screener ends in an outcome`, async () => {
      const config = await demoConfig(name);
      expect(config.eligibility?.questions.length, 'the demo has a pre-screener').to.be.at.least(3);
      // Explore every answer combination breadth-first (valid answers and "I'm not sure").
      const outcomes = new Set<string>();
      let frontier: Answers[] = [{}];
      let paths = 0;
      while (frontier.length) {
        const nextFrontier: Answers[] = [];
        for (const answers of frontier) {
          const state = evaluateEligibility(config.eligibility, answers);
          if (!state.next) {
            outcomes.add(state.outcome);
            paths++;
            continue;
          }
          const q = state.next;
          const options =
            q.type === 'yesno'
              ? ['yes', 'no']
              : q.type === 'number'
                ? [q.min ?? 0, q.max ?? 100, 50]
                : q.type === 'multi'
                  ? q.options!.map((o) => [o.value])
                  : q.options!.map((o) => o.value);
          for (const value of [...options, ...(q.allowUnsure === false ? [] : [UNSURE])]) nextFrontier.push({ ...answers, [q.id]: value as never });
        }
        frontier = nextFrontier;
      }
      expect(paths).to.be.above(3);
      expect([...outcomes].sort()).to.deep.equal(['likely', 'unlikely', 'unsure']);
    });
  }
});
