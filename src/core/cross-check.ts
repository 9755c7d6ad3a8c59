/**
 * Cross-field rules: what one field says about another (unique ids, conditions that name earlier
 * questions, options that exist). They run on the raw input, defensively, so one pass reports every
 * problem. Without zod or words (cross-check-messages.ts has those), so the quick check before the
 * first paint (config-check.ts) runs them too.
 */
import type { CROSS_CHECK_MESSAGES, CrossCheckRule } from './cross-check-messages.js';
import { isRecord, listOf } from './json.js';

interface QuestionInfo {
  index: number;
  type: unknown;
  options: string[];
}

/** A broken rule: where, which rule, and the values its message names (cross-check-messages.ts). */
export interface CrossCheckProblem<R extends CrossCheckRule = CrossCheckRule> {
  path: string;
  rule: R;
  values: Parameters<(typeof CROSS_CHECK_MESSAGES)[R]>;
}

type Add = <R extends CrossCheckRule>(path: string, rule: R, ...values: Parameters<(typeof CROSS_CHECK_MESSAGES)[R]>) => void;

export function crossCheck(config: Record<string, unknown>): CrossCheckProblem[] {
  const problems: CrossCheckProblem[] = [];
  const add: Add = (path, rule, ...values) => problems.push({ path, rule, values } as CrossCheckProblem);

  checkContact(config.contact, 'contact', add);
  listOf(config.locations).forEach((location, i) => {
    if (isRecord(location) && location.contact !== undefined) checkContact(location.contact, `locations[${i}].contact`, add);
  });

  const who = isRecord(config.who) ? config.who : undefined;
  if (who && typeof who.minAge === 'number' && typeof who.maxAge === 'number' && who.minAge > who.maxAge) {
    add('who.maxAge', 'agesSwapped', who.maxAge, who.minAge);
  }

  const eligibility = isRecord(config.eligibility) ? config.eligibility : undefined;
  const questions = listOf(eligibility?.questions);
  const byId = new Map<string, QuestionInfo>();
  questions.forEach((q, index) => {
    if (!isRecord(q)) return;
    const base = `eligibility.questions[${index}]`;
    const options = listOf(q.options).map((o) => (isRecord(o) ? o.value : undefined));
    const optionValues = options.filter((v): v is string => typeof v === 'string');
    if (typeof q.id === 'string') {
      const earlier = byId.get(q.id);
      if (earlier) add(`${base}.id`, 'questionIdTwice', q.id, earlier.index + 1);
      else byId.set(q.id, { index, type: q.type, options: optionValues });
    }
    if ((q.type === 'choice' || q.type === 'multi') && options.length < 2) {
      add(`${base}.options`, 'tooFewOptions', q.type);
    }
    if ((q.type === 'yesno' || q.type === 'number') && q.options !== undefined) {
      add(`${base}.options`, 'noOptionsAllowed', q.type);
    }
    duplicates(optionValues).forEach((value) => add(`${base}.options`, 'optionTwice', value));
    if (typeof q.min === 'number' && typeof q.max === 'number' && q.min > q.max) {
      add(`${base}.max`, 'maxBelowMin', q.max, q.min);
    }
    if (q.type !== 'number' && (q.min !== undefined || q.max !== undefined || q.unit !== undefined)) {
      add(`${base}.type`, 'numberFieldsOnly');
    }
  });
  // Second pass, once every id is known, so a reference to a later question is named as such.
  questions.forEach((q, index) => {
    if (!isRecord(q)) return;
    const base = `eligibility.questions[${index}]`;
    if (q.showIf !== undefined) checkCondition(q.showIf, `${base}.showIf`, index, false, byId, add);
    if (q.eligibleIf !== undefined) checkCondition(q.eligibleIf, `${base}.eligibleIf`, index, true, byId, add);
  });

  const faqIds = listOf(config.faq).map((item) => (isRecord(item) ? item.id : undefined));
  faqIds.forEach((id, i) => {
    if (typeof id === 'string' && faqIds.indexOf(id) !== i) add(`faq[${i}].id`, 'faqIdTwice', id);
  });

  const share = isRecord(config.share) ? config.share : undefined;
  const customIds = listOf(share?.custom).map((item) => (isRecord(item) ? item.id : undefined));
  customIds.forEach((id, i) => {
    if (typeof id === 'string' && customIds.indexOf(id) !== i) add(`share.custom[${i}].id`, 'shareIdTwice', id);
  });

  const referral = isRecord(config.referral) ? config.referral : undefined;
  if (referral && Array.isArray(referral.fields)) {
    if (!referral.fields.includes('email') && !referral.fields.includes('phone')) {
      add('referral.fields', 'referralUnreachable');
    }
    duplicates(referral.fields.filter((f): f is string => typeof f === 'string')).forEach((field) => add('referral.fields', 'referralFieldTwice', field));
  }
  return problems;
}

/** A contact object needs one way to reach the team. A missing or mistyped contact is the schema's to report. */
function checkContact(value: unknown, path: string, add: Add) {
  if (!isRecord(value)) return;
  if (value.phone === undefined && value.email === undefined && value.url === undefined) {
    add(path, 'noWayToReach');
  }
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/**
 * A showIf may name only earlier questions; an eligibleIf its own question and earlier ones.
 * Values must fit the question: "yes"/"no", one of its options, or numbers.
 */
function checkCondition(condition: unknown, path: string, ownIndex: number, mayUseOwn: boolean, byId: Map<string, QuestionInfo>, add: Add) {
  if (!isRecord(condition)) return;
  const recurse = (child: unknown, childPath: string) => checkCondition(child, childPath, ownIndex, mayUseOwn, byId, add);
  listOf(condition.all).forEach((c, i) => recurse(c, `${path}.all[${i}]`));
  listOf(condition.any).forEach((c, i) => recurse(c, `${path}.any[${i}]`));
  if (condition.not !== undefined) recurse(condition.not, `${path}.not`);
  if (typeof condition.q !== 'string') return;
  const q = condition.q;

  const target = byId.get(condition.q);
  if (!target) {
    const earlier = [...byId.entries()].filter(([, info]) => info.index < ownIndex).map(([id]) => id);
    add(`${path}.q`, 'unknownQuestion', condition.q, mayUseOwn, earlier);
    return;
  }
  if (target.index > ownIndex || (target.index === ownIndex && !mayUseOwn)) {
    add(`${path}.q`, 'notAskedBefore', condition.q, mayUseOwn);
    return;
  }
  const cond = condition as Partial<Record<'equals' | 'in' | 'min' | 'max', unknown>>;
  const values = 'equals' in cond ? [cond.equals] : Array.isArray(cond.in) ? cond.in : [];
  values.forEach((value) => {
    const where = 'equals' in cond ? `${path}.equals` : `${path}.in`;
    if (target.type === 'yesno' && value !== 'yes' && value !== 'no') {
      add(where, 'yesNoValue', q);
    } else if ((target.type === 'choice' || target.type === 'multi') && !target.options.includes(value as string)) {
      add(where, 'notAnOption', value, q, target.options);
    } else if (target.type === 'number' && typeof value !== 'number') {
      add(where, 'numberValue', q);
    }
  });
  if (('min' in cond || 'max' in cond) && target.type !== 'number') {
    add(path, 'rangeOnNonNumber', condition.q, target.type);
  }
}
