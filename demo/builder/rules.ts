/**
 * A pre-screener question's rule in words ("rules out people who answer Yes"), to and from the
 * config's `eligibleIf` condition. The guided form edits the simple rules most trials need; any
 * other condition is kept as written and described in words. Pure and DOM-free.
 */
import type { Condition } from '../../src/core/schema.js';

export interface QuestionShape {
  id: string;
  type: string;
  options?: { value: string; label: unknown }[];
}

/** What answer rules a person out. */
export type RuleOut =
  | { kind: 'none' }
  /** yes/no, one choice or several choices: the answers that rule out. */
  | { kind: 'answers'; values: string[] }
  /** number: answers below `below` or above `above` rule out. */
  | { kind: 'range'; below?: number; above?: number }
  /** A condition the form cannot edit (it uses other questions, "all", "any"…): kept as written. */
  | { kind: 'custom' };

const valuesOf = (q: QuestionShape): string[] => (q.type === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.value));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a question's `eligibleIf` as a rule the form can show. */
export function ruleFromCondition(q: QuestionShape, condition: unknown): RuleOut {
  if (condition === undefined) return { kind: 'none' };
  if (!isRecord(condition)) return { kind: 'custom' };
  const values = valuesOf(q);
  const listed = (c: Record<string, unknown>): string[] | undefined => {
    if (c.q !== q.id) return undefined;
    if ('equals' in c && typeof c.equals === 'string') return [c.equals];
    if (Array.isArray(c.in) && c.in.every((v) => typeof v === 'string')) return c.in as string[];
    return undefined;
  };
  if (q.type === 'number') {
    const keys = Object.keys(condition).sort().join();
    if (condition.q === q.id && ['max,min,q', 'min,q', 'max,q'].includes(keys)) {
      const below = typeof condition.min === 'number' ? condition.min : undefined;
      const above = typeof condition.max === 'number' ? condition.max : undefined;
      return { kind: 'range', ...(below !== undefined ? { below } : {}), ...(above !== undefined ? { above } : {}) };
    }
    return { kind: 'custom' };
  }
  if (q.type === 'multi') {
    // Several choices: "rules out when any of these is chosen" is { "not": { "q", "in": [...] } }.
    const inner = isRecord(condition.not) && Object.keys(condition).length === 1 ? listed(condition.not) : undefined;
    return inner && inner.every((v) => values.includes(v)) ? { kind: 'answers', values: inner } : { kind: 'custom' };
  }
  if (Object.keys(condition).some((key) => !['q', 'equals', 'in'].includes(key))) return { kind: 'custom' };
  const allowed = listed(condition);
  if (!allowed || !allowed.every((v) => values.includes(v))) return { kind: 'custom' };
  return { kind: 'answers', values: values.filter((v) => !allowed.includes(v)) };
}

/** The `eligibleIf` for a rule, or undefined when nobody is ruled out. */
export function conditionFromRule(q: QuestionShape, rule: RuleOut): Condition | undefined {
  if (rule.kind === 'none' || rule.kind === 'custom') return undefined;
  if (rule.kind === 'range') {
    if (rule.below === undefined && rule.above === undefined) return undefined;
    return { q: q.id, ...(rule.below !== undefined ? { min: rule.below } : {}), ...(rule.above !== undefined ? { max: rule.above } : {}) };
  }
  const values = valuesOf(q);
  const out = rule.values.filter((v) => values.includes(v));
  if (!out.length) return undefined;
  if (q.type === 'multi') return { not: out.length === 1 ? { q: q.id, equals: out[0]! } : { q: q.id, in: out } };
  const allowed = values.filter((v) => !out.includes(v));
  if (!allowed.length) return { not: { q: q.id, in: out } };
  return allowed.length === 1 ? { q: q.id, equals: allowed[0]! } : { q: q.id, in: allowed };
}

const plainLabel = (label: unknown): string =>
  typeof label === 'string' ? label : isRecord(label) ? String(Object.values(label).find((v) => typeof v === 'string') ?? '') : '';

/** A condition in words, for conditions the form keeps as written (and for `showIf`). */
export function describeCondition(condition: unknown, questions: readonly QuestionShape[], texts: Record<string, string> = {}): string {
  if (!isRecord(condition)) return 'a rule the builder cannot read';
  const name = (id: unknown) => (typeof id === 'string' && texts[id] ? `“${texts[id]}”` : `question “${String(id)}”`);
  const answer = (qid: unknown, value: unknown) => {
    const q = questions.find((x) => x.id === qid);
    const option = q?.options?.find((o) => o.value === value);
    if (option) return `“${plainLabel(option.label)}”`;
    if (value === 'yes') return '“Yes”';
    if (value === 'no') return '“No”';
    return `“${String(value)}”`;
  };
  if (Array.isArray(condition.all)) return condition.all.map((c) => describeCondition(c, questions, texts)).join(' and ');
  if (Array.isArray(condition.any)) return `either ${condition.any.map((c) => describeCondition(c, questions, texts)).join(' or ')}`;
  if ('not' in condition) return `not (${describeCondition(condition.not, questions, texts)})`;
  if ('equals' in condition) return `the answer to ${name(condition.q)} is ${answer(condition.q, condition.equals)}`;
  if (Array.isArray(condition.in)) return `the answer to ${name(condition.q)} is one of ${condition.in.map((v) => answer(condition.q, v)).join(', ')}`;
  const min = typeof condition.min === 'number' ? condition.min : undefined;
  const max = typeof condition.max === 'number' ? condition.max : undefined;
  if (min !== undefined && max !== undefined) return `the answer to ${name(condition.q)} is from ${min} to ${max}`;
  if (min !== undefined) return `the answer to ${name(condition.q)} is ${min} or more`;
  if (max !== undefined) return `the answer to ${name(condition.q)} is ${max} or less`;
  return 'a rule the builder cannot read';
}
