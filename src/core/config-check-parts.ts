/**
 * The pieces the generated quick check (config-check.generated.ts) is made of. Each piece mirrors
 * one zod/mini schema type and returns what zod would return (a fresh copy, keys in the schema's
 * order), or NO. NO does not mean "invalid": it means "not vouched for, ask zod". So a piece may be
 * stricter than zod wherever that keeps it simple (a class instance, a property that is present
 * but undefined, a symbol key), never more lenient. test/core/config-check.test.ts holds it to that.
 */

import { REWRITE_MARKER } from './rewrite-marker.js';

/** "Cannot vouch for this value." */
export const NO: unique symbol = Symbol('not vouched for');

export type Parse = (value: unknown) => unknown;
/**
 * A check zod runs on a value it has parsed. The bounds below carry their numbers as data, so each
 * piece tests them inline: the quick check runs once per page, mostly before the JIT has warmed up,
 * where every call and closure counts (1,148 places are ~50,000 values).
 */
type Check = ((value: never) => unknown) & { min?: number; max?: number; gte?: number; gt?: number; lte?: number; lt?: number };
type Test = (value: unknown) => unknown;

const plain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const bound = <K extends keyof Check>(key: K, n: number, test: (value: never) => boolean): Check => Object.assign(test, { [key]: n });
export const minLength = (n: number) => bound('min', n, (value: { length: number }) => value.length >= n);
export const maxLength = (n: number) => bound('max', n, (value: { length: number }) => value.length <= n);
export const atLeast = (n: number) => bound('gte', n, (value: number) => value >= n);
export const above = (n: number) => bound('gt', n, (value: number) => value > n);
export const atMost = (n: number) => bound('lte', n, (value: number) => value <= n);
export const below = (n: number) => bound('lt', n, (value: number) => value < n);
export const matches = (pattern: RegExp) => (value: string) => {
  pattern.lastIndex = 0;
  return pattern.test(value);
};

/** A piece's checks: length and number bounds folded into numbers, and the others (patterns, refines) in order. */
function fold(checks: Check[]) {
  let min = 0;
  let max = Infinity;
  let gte = -Infinity;
  let gt = -Infinity;
  let lte = Infinity;
  let lt = Infinity;
  const others: Test[] = [];
  for (const check of checks) {
    if (check.min !== undefined) min = Math.max(min, check.min);
    else if (check.max !== undefined) max = Math.min(max, check.max);
    else if (check.gte !== undefined) gte = Math.max(gte, check.gte);
    else if (check.gt !== undefined) gt = Math.max(gt, check.gt);
    else if (check.lte !== undefined) lte = Math.min(lte, check.lte);
    else if (check.lt !== undefined) lt = Math.min(lt, check.lt);
    else others.push(check as Test);
  }
  return { min, max, gte, gt, lte, lt, others };
}

/** Whether every test passes (zod runs them all on a valid value; the order does not change a yes). */
function passes(tests: Test[], value: unknown): boolean {
  for (let i = 0; i < tests.length; i++) if (!tests[i]!(value)) return false;
  return true;
}

/** Whether a string the last check read carries the rewrite marker (config-check.ts resets and reads it). */
export const strings = { marked: false };

export const string = (...checks: Check[]): Parse => {
  const { min, max, others } = fold(checks);
  return (value) => {
    if (typeof value !== 'string' || value.length < min || value.length > max || !passes(others, value)) return NO;
    if (value.includes(REWRITE_MARKER)) strings.marked = true;
    return value;
  };
};
// zod's number refuses NaN and ±Infinity.
export const number = (...checks: Check[]): Parse => {
  const { gte, gt, lte, lt, others } = fold(checks);
  return (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= gte && value > gt && value <= lte && value < lt && passes(others, value) ? value : NO;
};
export const boolean: Parse = (value) => (typeof value === 'boolean' ? value : NO);
/** A literal or an enum. */
export const oneOf = (values: readonly unknown[]): Parse => {
  const allowed = new Set(values);
  return (value) => (allowed.has(value) ? value : NO);
};

/** The first option that takes the value wins, as in zod. */
export const union =
  (options: Parse[]): Parse =>
  (value) => {
    for (let i = 0; i < options.length; i++) {
      const out = options[i]!(value);
      if (out !== NO) return out;
    }
    return NO;
  };

export const array = (item: Parse, ...checks: Check[]): Parse => {
  const { min, max, others } = fold(checks);
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return NO;
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const parsed = item(value[i]);
      if (parsed === NO) return NO;
      out.push(parsed);
    }
    return passes(others, out) ? out : NO;
  };
};

export const record = (key: Parse, item: Parse, ...checks: Check[]): Parse => {
  const { others } = fold(checks);
  return (value) => {
    if (!plain(value) || Object.getOwnPropertySymbols(value).length) return NO;
    const out: Record<string, unknown> = {};
    const names = Object.keys(value);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name === '__proto__' || key(name) === NO) return NO;
      const parsed = item(value[name]);
      if (parsed === NO) return NO;
      out[name] = parsed;
    }
    return passes(others, out) ? out : NO;
  };
};

/**
 * A strict object. `names` lists its fields in the schema's order, space-separated, an optional
 * one ending in "?" (a compact table: this is in the eager bundle); `parsers` holds one per field.
 */
export const object = (names: string, parsers: Parse[], ...checks: Check[]): Parse => {
  const list = names.split(' ');
  const keys = list.map((name) => name.replace(/\?$/, ''));
  const required = list.map((name) => !name.endsWith('?'));
  const known = new Set(keys);
  const { others } = fold(checks);
  return (value) => {
    if (!plain(value)) return NO;
    for (const name in value) if (!known.has(name)) return NO;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const name = keys[i]!;
      const field = value[name];
      if (field === undefined) {
        if (required[i] || name in value) return NO;
        continue;
      }
      const parsed = parsers[i]!(field);
      if (parsed === NO) return NO;
      out[name] = parsed;
    }
    return passes(others, out) ? out : NO;
  };
};
