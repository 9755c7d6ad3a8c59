/**
 * The pieces the generated quick check (config-check.generated.ts) is made of. Each piece mirrors
 * one zod/mini schema type and returns what zod would return (a fresh copy, keys in the schema's
 * order), or NO. NO does not mean "invalid": it means "not vouched for, ask zod". So a piece may be
 * stricter than zod wherever that keeps it simple (a class instance, a property that is present
 * but undefined, a symbol key), never more lenient. test/node/config-check.test.mjs holds it to that.
 */

/** "Cannot vouch for this value." */
export const NO: unique symbol = Symbol('not vouched for');

export type Parse = (value: unknown) => unknown;
type Check = (value: never) => unknown;

const plain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** zod runs a schema's checks on its output, in order; each must pass. */
const checked =
  (parse: Parse, checks: Check[]): Parse =>
  (value) => {
    const out = parse(value);
    return out !== NO && checks.every((check) => (check as (value: unknown) => unknown)(out)) ? out : NO;
  };

export const minLength = (n: number) => (value: { length: number }) => value.length >= n;
export const maxLength = (n: number) => (value: { length: number }) => value.length <= n;
export const atLeast = (n: number) => (value: number) => value >= n;
export const above = (n: number) => (value: number) => value > n;
export const atMost = (n: number) => (value: number) => value <= n;
export const below = (n: number) => (value: number) => value < n;
export const matches = (pattern: RegExp) => (value: string) => {
  pattern.lastIndex = 0;
  return pattern.test(value);
};

export const string = (...checks: Check[]) => checked((value) => (typeof value === 'string' ? value : NO), checks);
// zod's number refuses NaN and ±Infinity.
export const number = (...checks: Check[]) => checked((value) => (typeof value === 'number' && Number.isFinite(value) ? value : NO), checks);
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
    for (const option of options) {
      const out = option(value);
      if (out !== NO) return out;
    }
    return NO;
  };

export const array = (item: Parse, ...checks: Check[]) =>
  checked((value) => {
    if (!Array.isArray(value)) return NO;
    const out: unknown[] = Array.from({ length: value.length });
    for (let i = 0; i < value.length; i++) {
      const parsed = item(value[i]);
      if (parsed === NO) return NO;
      out[i] = parsed;
    }
    return out;
  }, checks);

export const record = (key: Parse, item: Parse, ...checks: Check[]) =>
  checked((value) => {
    if (!plain(value) || Object.getOwnPropertySymbols(value).length) return NO;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(value)) {
      if (name === '__proto__' || key(name) === NO) return NO;
      const parsed = item(value[name]);
      if (parsed === NO) return NO;
      out[name] = parsed;
    }
    return out;
  }, checks);

/**
 * A strict object. `names` lists its fields in the schema's order, space-separated, an optional
 * one ending in "?" (a compact table: this is in the eager bundle); `parsers` holds one per field.
 */
export const object = (names: string, parsers: Parse[], ...checks: Check[]) => {
  const fields = names.split(' ').map((name, i) => [name.replace(/\?$/, ''), parsers[i]!, !name.endsWith('?')] as const);
  const known = new Set(fields.map(([name]) => name));
  return checked((value) => {
    if (!plain(value)) return NO;
    for (const name in value) if (!known.has(name)) return NO;
    const out: Record<string, unknown> = {};
    for (const [name, parse, required] of fields) {
      const field = value[name];
      if (field === undefined) {
        if (required || name in value) return NO;
        continue;
      }
      const parsed = parse(field);
      if (parsed === NO) return NO;
      out[name] = parsed;
    }
    return out;
  }, checks);
};
