// Ways to break a valid config, shared by the fuzz tests of the validator and of the quick check.
import fc from 'fast-check';

/** Replaces, deletes or retypes one value somewhere inside a JSON value, following `path` choices. */
export function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  return walk(value, choices, () => replacement, true);
}

/** Replaces one value somewhere inside a JSON value with `change(old value)` (a value at the end of the path). */
export function reshape(value: unknown, choices: number[], change: (old: unknown) => unknown): unknown {
  return walk(value, choices, change, false);
}

function walk(value: unknown, choices: number[], change: (old: unknown) => unknown, mayDelete: boolean): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return change(value);
  const [choice, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0) return [change(undefined)];
    const copy = [...value];
    const index = choice! % copy.length;
    if (mayDelete && rest.length === 0 && choice! % 5 === 0) copy.splice(index, 1);
    else copy[index] = walk(copy[index], rest, change, mayDelete);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return { x: change(undefined) };
  const key = keys[choice! % keys.length]!;
  if (mayDelete && rest.length === 0 && choice! % 7 === 0) delete copy[key];
  else copy[key] = walk(copy[key], rest, change, mayDelete);
  return copy;
}

/** Lengths and numbers at the schema's bounds (one inside, one outside each). */
const LENGTHS = [0, 1, 2, 3, 8, 9, 20, 21, 30, 31, 100, 101, 200, 201, 500, 501, 20000, 20001];
const NUMBERS = [-180.5, -180, -90.5, -90, -1, -0.5, 0, 0.5, 90, 90.5, 100, 130, 130.5, 180, 180.5];

/** A value stretched to a bound: a string or list `length` long, a number from `NUMBERS`, the same kind as before. */
export function toBound(old: unknown, pick: number): unknown {
  const length = LENGTHS[pick % LENGTHS.length]!;
  if (typeof old === 'string') return (old || 'a').repeat(Math.ceil(length / Math.max(old.length, 1))).slice(0, length);
  if (typeof old === 'number') return NUMBERS[pick % NUMBERS.length];
  if (Array.isArray(old) && length <= 501) return Array.from({ length }, (_, i) => old[i % Math.max(old.length, 1)] ?? 'a');
  return old;
}

export const nastyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('javascript:alert(1)', '<script>window.__fuzzed=1</script>', '\u202Eevil', '', 'NaN', '__proto__', 'constructor', 'Rewrite me [REWRITE]'),
  fc.constantFrom(NaN, Infinity, -1, 1e308, -0),
);

const EXTRA_KEYS = ['x', 'titel', 'Title', 'en', 'es-MX', 'min', 'q', 'url', 'recruiting', 'constructor', '$schema'];

/** Adds a field (a typo, a language tag, a field from elsewhere in the schema) to an object inside a JSON value. */
export function addKey(value: unknown, choices: number[], added: unknown): unknown {
  const [choice = 0, ...rest] = choices;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    const copy = [...value];
    const index = choice % copy.length;
    copy[index] = addKey(copy[index], rest, added);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const inner = keys.filter((key) => copy[key] !== null && typeof copy[key] === 'object');
  if (rest.length === 0 || inner.length === 0) {
    copy[EXTRA_KEYS[choice % EXTRA_KEYS.length]!] = added;
    return copy;
  }
  const key = inner[choice % inner.length]!;
  copy[key] = addKey(copy[key], rest, added);
  return copy;
}
