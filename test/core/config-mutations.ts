// Ways to break a valid config, shared by the fuzz tests of the validator and of the quick check.
import fc from 'fast-check';

/** Replaces, deletes or retypes one value somewhere inside a JSON value, following `path` choices. */
export function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [choice, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const copy = [...value];
    const index = choice! % copy.length;
    if (rest.length === 0 && choice! % 5 === 0) copy.splice(index, 1);
    else copy[index] = mutate(copy[index], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return { x: replacement };
  const key = keys[choice! % keys.length]!;
  if (rest.length === 0 && choice! % 7 === 0) delete copy[key];
  else copy[key] = mutate(copy[key], rest, replacement);
  return copy;
}

export const nastyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('javascript:alert(1)', '<script>window.__fuzzed=1</script>', '\u202Eevil', '', 'NaN', '__proto__', 'constructor'),
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
