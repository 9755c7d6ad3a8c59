/**
 * The pre-screener's rules engine: given a config's `eligibility` and the answers so far, which
 * questions are shown, which one comes next, and the outcome. Pure and DOM-free, so the same rules
 * run in the element, in tests and in any other tool.
 *
 * Conditions use three-valued logic: `true`, `false`, or `undefined` (unknown). An answer of
 * "I'm not sure" (`UNSURE`, stored as `null`) makes every condition on it unknown; an unknown
 * `showIf` shows the question, and an unknown `eligibleIf` counts toward **unsure**, never
 * toward **unlikely**.
 */
import type { AnswerValue, Condition, Question, TrialConfig } from './schema.js';

export type NumberProblem = 'empty' | 'notNumber' | 'tooLow' | 'tooHigh';

/** The answer "I'm not sure". `null`, so answers stay plain JSON. */
export const UNSURE = null;

/** `"yes"`/`"no"` or an option value, the option values of a `multi` question, a number, or `UNSURE`. */
export type Answer = string | number | readonly string[] | typeof UNSURE;
export type Answers = Readonly<Record<string, Answer>>;
export type Eligibility = NonNullable<TrialConfig['eligibility']>;
export type Outcome = 'likely' | 'unsure' | 'unlikely';
/** `true`, `false`, or `undefined` when it cannot be known (an "I'm not sure" answer). */
export type Truth = boolean | undefined;

export interface EligibilityState {
  /** Questions that are shown, or can still be shown, in order (ending at the ruling-out question when the flow stopped). */
  visible: Question[];
  /** The first shown question without an answer; undefined when the flow is complete. */
  next: Question | undefined;
  /** 1-based position of `next` in `visible` (the number of questions when complete). */
  index: number;
  /** How many questions are, or can still be, shown. */
  total: number;
  /** True when every shown question is answered, or an answer ruled the person out and `stopOnFail` is on. */
  complete: boolean;
  /** The outcome so far; final once `complete`. */
  outcome: Outcome;
  /** Ids of the questions that ruled the person out (unlikely), else of those that were unknown (unsure). */
  reasons: string[];
  /** The answers that count: those of the shown questions, in question order. */
  answers: Record<string, Answer>;
  /**
   * Every answer that still applies, including ones after the point where the flow stopped, so going
   * back and changing an earlier answer keeps them. Answers to questions that became hidden are gone.
   */
  retained: Record<string, Answer>;
}

/** Marks a question that may still be shown but has no answer yet: conditions on it are unknown. */
const PENDING = Symbol('pending');
type Lookup = (id: string) => Answer | typeof PENDING | undefined;

/** Whether `answer` is a complete, valid answer to `question`. */
export function isAnswer(question: Question, answer: Answer | undefined): boolean {
  if (answer === UNSURE) return question.allowUnsure !== false;
  const options = question.options?.map((o) => o.value) ?? [];
  switch (question.type) {
    case 'yesno':
      return answer === 'yes' || answer === 'no';
    case 'choice':
      return typeof answer === 'string' && options.includes(answer);
    case 'multi':
      return Array.isArray(answer) && answer.length > 0 && answer.every((value) => options.includes(value));
    case 'number':
      return typeof answer === 'number' && numberProblem(question, answer) === undefined;
  }
}

/** What is wrong with a number answer (outside the question's `min`/`max`), or undefined. */
export function numberProblem(question: Question, value: number): NumberProblem | undefined {
  if (!Number.isFinite(value)) return 'notNumber';
  if (question.min !== undefined && value < question.min) return 'tooLow';
  if (question.max !== undefined && value > question.max) return 'tooHigh';
  return undefined;
}

/** Evaluates a condition against answers with three-valued logic (see the module comment). */
export function evaluateCondition(condition: Condition, answers: Answers | Lookup): Truth {
  const lookup: Lookup = typeof answers === 'function' ? answers : (id) => answers[id];
  return test(condition, lookup);
}

function test(condition: Condition, lookup: Lookup): Truth {
  if ('all' in condition) {
    const results = condition.all.map((c) => test(c, lookup));
    return results.includes(false) ? false : results.includes(undefined) ? undefined : true;
  }
  if ('any' in condition) {
    const results = condition.any.map((c) => test(c, lookup));
    return results.includes(true) ? true : results.includes(undefined) ? undefined : false;
  }
  if ('not' in condition) {
    const result = test(condition.not, lookup);
    return result === undefined ? undefined : !result;
  }
  const answer = lookup(condition.q);
  if (answer === UNSURE || answer === PENDING) return undefined;
  // No answer here means the question was hidden: nothing it asks about is true.
  if (answer === undefined) return false;
  const chosen: readonly AnswerValue[] = Array.isArray(answer) ? answer : [answer as AnswerValue];
  if ('equals' in condition) return chosen.includes(condition.equals);
  if ('in' in condition) return chosen.some((value) => condition.in.includes(value));
  const value = chosen[0];
  if (typeof value !== 'number' || chosen.length !== 1) return false;
  return (condition.min === undefined || value >= condition.min) && (condition.max === undefined || value <= condition.max);
}

/**
 * Works out the whole pre-screener state from the answers given so far. Call it again after every
 * change: going back and changing an answer recomputes what is shown, what comes next and the outcome.
 */
export function evaluateEligibility(eligibility: Eligibility | undefined, answers: Answers): EligibilityState {
  const questions = eligibility?.questions ?? [];
  const stopOnFail = eligibility?.stopOnFail !== false;
  const visible: Question[] = [];
  const retained: Record<string, Answer> = {};
  const pending = new Set<string>();
  const failed: string[] = [];
  const unknown: string[] = [];
  let next: Question | undefined;
  let stopped = false;

  const lookup: Lookup = (id) => (id in retained ? retained[id] : pending.has(id) ? PENDING : undefined);

  for (const question of questions) {
    if (question.showIf && test(question.showIf, lookup) === false) continue;
    const answer = answers[question.id];
    const answered = Object.hasOwn(answers, question.id) && isAnswer(question, answer);
    if (answered) retained[question.id] = answer as Answer;
    else pending.add(question.id);
    if (stopped) continue;
    visible.push(question);
    if (!answered) {
      next ??= question;
      continue;
    }
    // Answers after an unanswered question wait until the flow reaches them.
    if (next || !question.eligibleIf) continue;
    const verdict = test(question.eligibleIf, lookup);
    if (verdict === undefined) unknown.push(question.id);
    else if (!verdict) {
      failed.push(question.id);
      stopped = stopOnFail;
    }
  }

  if (stopped) next = undefined;
  const answered: Record<string, Answer> = {};
  for (const question of visible) if (question.id in retained) answered[question.id] = retained[question.id]!;
  return {
    visible,
    next,
    index: next ? visible.indexOf(next) + 1 : visible.length,
    total: visible.length,
    complete: !next,
    outcome: failed.length ? 'unlikely' : unknown.length ? 'unsure' : 'likely',
    reasons: failed.length ? failed : unknown,
    answers: answered,
    retained,
  };
}

/** The question shown after `id` in the step-by-step flow, or undefined when the result comes next. */
export function questionAfter(state: EligibilityState, id: string): Question | undefined {
  const at = state.visible.findIndex((q) => q.id === id);
  return at < 0 ? state.next : state.visible[at + 1];
}

/** The question shown before `id`, or undefined at the first question (or when `id` is not shown). */
export function questionBefore(state: EligibilityState, id: string | undefined): Question | undefined {
  if (id === undefined) return state.visible[state.visible.length - 1];
  const at = state.visible.findIndex((q) => q.id === id);
  return at > 0 ? state.visible[at - 1] : undefined;
}

/** True when a person may be asked fewer than all the questions (branching or an early stop): "up to 6 questions". */
export function mayAskFewer(eligibility: Eligibility | undefined): boolean {
  const questions = eligibility?.questions ?? [];
  return questions.some((q) => q.showIf || (eligibility?.stopOnFail !== false && q.eligibleIf));
}
