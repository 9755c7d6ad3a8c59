/**
 * Validates a trial config and explains every problem by path, in words a config author can act
 * on: what is wrong and how to fix it. Never throws, whatever it is given: if checking itself
 * fails, the one problem returned says so (`internal: true`) rather than blaming the config.
 */
import { safeParse } from 'zod/mini';
import { RANGE_NEEDS_BOUND, trialConfigSchema, type Condition, type TrialConfig } from './schema.js';
import { crossCheck } from './cross-check.js';
import { CROSS_CHECK_MESSAGES } from './cross-check-messages.js';

export interface Problem {
  /** Where the problem is, such as `eligibility.questions[2].showIf.q` (empty for the whole config). */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
  /**
   * Set when trialkit itself failed while checking (a bug, or a value JSON cannot hold, such as a
   * throwing getter): not a mistake the config's author can fix, so tools can say "please report".
   */
  internal?: true;
}

export type ValidationResult = { ok: true; config: TrialConfig } | { ok: false; problems: Problem[] };

type PathSegment = string | number | symbol;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

export function validateConfig(input: unknown): ValidationResult {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return {
        ok: false,
        problems: [{ path: '', message: 'A trial config must be a JSON object, such as { "schemaVersion": 1, … }.' }],
      };
    }
    const problems: Problem[] = [];
    const parsed = safeParse(trialConfigSchema, input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(...describeIssue(issue as Issue, input));
    }
    for (const { path, rule, values } of crossCheck(input as Record<string, unknown>)) {
      problems.push({ path, message: (CROSS_CHECK_MESSAGES[rule] as (...values: unknown[]) => string)(...values) });
    }
    const unique = dedupe(problems).filter(
      // A typo such as "equal" also makes the object look like an empty range; the typo is the news.
      (p, _, all) => !(p.message === RANGE_NEEDS_BOUND && all.some((o) => o.path.startsWith(`${p.path}.`) && o.message.startsWith('Unknown field'))),
    );
    if (unique.length || !parsed.success) return { ok: false, problems: unique };
    return { ok: true, config: parsed.data };
  } catch (error) {
    // A bug here, or a value no JSON file can hold, must not look like the author's mistake: flag it.
    const message = `trialkit could not check this config (internal error: ${String(error)}). This is not a mistake in the config; please report it.`;
    return { ok: false, problems: [{ path: '', message, internal: true }] };
  }
}

export { salvageContact, salvageTitle } from './salvage.js';

// ---------------------------------------------------------------------------------------------
// zod issues → problems

interface Issue {
  code: string;
  path: PathSegment[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  errors?: Issue[][];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function describeIssue(issue: Issue, root: unknown, prefix: PathSegment[] = []): Problem[] {
  const fullPath = [...prefix, ...issue.path];
  const path = formatPath(fullPath);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : '';
  const field = String(fullPath[fullPath.length - 1] ?? 'config');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(fullPath);
      return (issue.keys ?? []).map((key) => {
        const guess = allowed ? closest(key, allowed) : undefined;
        const hint = guess ? ` Did you mean "${guess}"?` : allowed ? ` Fields allowed here: ${allowed.join(', ')}.` : '';
        return { path: formatPath([...fullPath, key]), message: `Unknown field "${key}". Remove it or fix its spelling.${hint}` };
      });
    }
    case 'invalid_type': {
      const value = valueAt(root, fullPath);
      if (value === undefined) return [{ path, message: `"${field}" is required. Add it (${expectedWords(issue.expected)}).` }];
      return [{ path, message: `Expected ${expectedWords(issue.expected)}, but found ${typeWords(value)}.` }];
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v));
      const value = valueAt(root, fullPath);
      if (value === undefined) return [{ path, message: `"${field}" is required. Use one of: ${values.join(', ')}.` }];
      const guess = typeof value === 'string' ? closest(value, (issue.values ?? []).map(String)) : undefined;
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return [{ path, message: `${JSON.stringify(value)} is not allowed. Use one of: ${values.join(', ')}.${hint}` }];
    }
    case 'invalid_union':
      return describeUnion(issue, root, fullPath);
    case 'too_small':
      if (custom) return [{ path, message: custom }];
      if (issue.origin === 'array') return [{ path, message: `Give at least ${issue.minimum} item(s) here.` }];
      if (issue.origin === 'string') return [{ path, message: 'This text is empty. Write the text, or leave the field out.' }];
      return [{ path, message: `Use a number of at least ${issue.minimum}.` }];
    case 'too_big':
      if (custom) return [{ path, message: custom }];
      if (issue.origin === 'string') return [{ path, message: `This text is too long: keep it under ${issue.maximum} characters.` }];
      return [{ path, message: `Use a number of at most ${issue.maximum}.` }];
    default:
      return [{ path, message: custom || `This value is not valid here (${issue.code}).` }];
  }
}

function describeUnion(issue: Issue, root: unknown, path: PathSegment[]): Problem[] {
  const value = valueAt(root, path);
  if (value === undefined) {
    const field = String(path[path.length - 1] ?? 'config');
    return [{ path: formatPath(path), message: `"${field}" is required. Add it as text, or as { "en": "…" } for several languages.` }];
  }
  // A branch whose problems all sit deeper than the union matched the value's shape: its problems
  // are the useful ones (e.g. a typo inside an object that is otherwise a valid condition).
  const deep = (issue.errors ?? []).filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0 && inner.code !== 'unrecognized_keys'));
  const best = deep.sort((a, b) => a.length - b.length)[0];
  if (best) return best.flatMap((inner) => describeIssue(inner, root, path));
  const where = formatPath(path);
  if (path.some((segment) => segment === 'showIf' || segment === 'eligibleIf' || segment === 'all' || segment === 'any' || segment === 'not')) {
    return [
      {
        path: where,
        message:
          'This is not a condition. Use one of { "q": id, "equals": value }, { "q": id, "in": [values] }, ' +
          '{ "q": id, "min": n, "max": n }, { "all": [...] }, { "any": [...] } or { "not": condition }.',
      },
    ];
  }
  if (path[path.length - 1] === 'phase') {
    return [{ path: where, message: 'Use a phase such as "phase2", or a list such as ["phase1", "phase2"].' }];
  }
  if (typeof value === 'string' && value.trim() === '') {
    return [{ path: where, message: 'This text is empty. Write the text, or leave the field out.' }];
  }
  return [
    {
      path: where,
      message: `Expected text: a string, or an object of languages such as { "en": "…", "es": "…" }; found ${typeWords(value)}.`,
    },
  ];
}

function expectedWords(expected: string | undefined): string {
  switch (expected) {
    case 'string':
      return 'text in quotes';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list [ … ]';
    case 'object':
      return 'an object { … }';
    default:
      return expected ?? 'a value';
  }
}

function typeWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment as string];
  }
  return node;
}

/** The field names the schema allows at `path`, by walking the zod definitions. */
function allowedKeysAt(path: readonly PathSegment[]): string[] | undefined {
  type Def = { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; getter?: () => unknown; options?: unknown[] };
  const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
  const unwrap = (schema: unknown): unknown[] => {
    const def = defOf(schema);
    if (def.type === 'optional') return unwrap(def.innerType);
    if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
    if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
    return [schema];
  };
  let nodes: unknown[] = [trialConfigSchema];
  for (const segment of path) {
    nodes = nodes.flatMap(unwrap).flatMap((schema) => {
      const def = defOf(schema);
      if (typeof segment === 'number') return def.type === 'array' && def.element ? [def.element] : [];
      return def.type === 'object' && def.shape && segment in def.shape ? [def.shape[segment as string]] : [];
    });
  }
  const keys = new Set<string>();
  for (const schema of nodes.flatMap(unwrap)) {
    const def = defOf(schema);
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return keys.size ? [...keys] : undefined;
}

/** The candidate closest to `word` when it is a plausible typo (edit distance ≤ 2, or case only). */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.min(2, Math.floor(word.length / 2)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type { Condition };
