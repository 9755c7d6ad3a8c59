/**
 * The trial catalog (version 1): checks one, entry by entry, and makes the summaries the finder's
 * list needs. A catalog is written by a third party and may hold thousands of entries, so a bad
 * entry is left out with a problem naming it by path (`trials[3].src`) and the rest still works;
 * only a catalog that is not a catalog at all (`ok: false`) makes the finder show its fallback.
 *
 * It imports the config validator (zod), so the finder loads this module with `import()`; the
 * matching engine (`catalog-match.ts`) does not need it.
 */
import type { CatalogEntry, CatalogSummary, TrialCatalog } from './catalog-types.js';
import { STATUSES } from './constants.js';
import { isRecord } from './json.js';
import { LANG_TAG, type LocalizedText } from './localize.js';
import { carriesRewriteMarker, REWRITE_MARKER } from './rewrite-marker.js';
import { isWebUrl } from './safe-url.js';
import type { Condition, Question, TrialConfig } from './schema.js';
import { validateConfig, type Problem } from './validate.js';

export interface CatalogParseResult {
  /** The usable part: every valid entry, in catalog order (an inline config's summary made from it). */
  catalog: TrialCatalog;
  /** Everything that was wrong, by path. Entries named here were left out. */
  problems: Problem[];
  /** False when the value is not a catalog at all (not an object, wrong version, no `trials` list). */
  ok: boolean;
}

const ID = /^[A-Za-z0-9_-]+$/;
const CATALOG_KEYS = ['$schema', 'catalogVersion', 'title', 'trials', 'questions'];
const ENTRY_KEYS = ['src', 'config', 'eligibleIf', 'summary'];
const SUMMARY_KEYS = ['id', 'title', 'summary', 'status', 'conditions', 'who', 'locations', 'participation', 'glossaryTerms'];
const WHO_KEYS = ['minAge', 'maxAge', 'sex', 'healthyVolunteers'];
const LOCATION_KEYS = ['name', 'city', 'region', 'postalCode', 'country', 'recruiting', 'geo'];

type Add = (path: string, message: string) => void;

/**
 * Checks a catalog and returns its usable part. Never throws. Rules beyond the shape:
 * - an entry has `src` (https, or a path relative to the catalog) or an inline `config` (checked
 *   like any config), not both;
 * - an inline config's summary is made from the config (`summaryOf`), so the two cannot disagree;
 * - `eligibleIf` may name only the catalog's `questions`, with values that fit them;
 * - trial ids are unique (the finder deep-links `#trial=<id>`); a repeat is left out;
 * - a summary title that is still an imported draft (`[REWRITE]`) never reaches a patient: the
 *   entry is left out; other draft texts in a summary are dropped from it.
 * If the catalog's `questions` have a problem, they are all left out and so is every entry's
 * `eligibleIf`: the list still works, without "answer once, match many".
 */
export function parseCatalog(value: unknown): CatalogParseResult {
  const problems: Problem[] = [];
  const add: Add = (path, message) => problems.push({ path, message });
  const empty = (): CatalogParseResult => ({ catalog: { catalogVersion: 1, trials: [] }, problems, ok: false });
  try {
    if (!isRecord(value)) {
      add('', 'A trial catalog must be a JSON object, such as { "catalogVersion": 1, "trials": [ … ] }.');
      return empty();
    }
    if (value.catalogVersion !== 1) {
      add(
        'catalogVersion',
        value.catalogVersion === undefined
          ? '"catalogVersion" is required. Add "catalogVersion": 1.'
          : `Expected "catalogVersion": 1, but found ${JSON.stringify(value.catalogVersion)}.`,
      );
    }
    if (!Array.isArray(value.trials)) {
      add('trials', value.trials === undefined ? '"trials" is required. Add "trials": [ { "src": "study.json" }, … ].' : 'Expected "trials" to be a list [ … ].');
    }
    if (problems.length) return empty();
    unknownKeys(value, '', CATALOG_KEYS, add);

    const catalog: TrialCatalog = { catalogVersion: 1, trials: [] };
    if (value.title !== undefined) {
      if (textProblem(value.title)) add('title', textProblem(value.title)!);
      else catalog.title = value.title as LocalizedText;
    }
    const questions = checkQuestions(value.questions, add);
    if (questions) catalog.questions = questions;
    const questionTypes = new Map((questions ?? []).map((q) => [q.id, q]));

    const ids = new Map<string, number>();
    (value.trials as unknown[]).forEach((raw, index) => {
      const entryProblems: Problem[] = [];
      const entry = checkEntry(raw, `trials[${index}]`, questions ? questionTypes : undefined, (path, message) => entryProblems.push({ path, message }));
      problems.push(...entryProblems);
      if (!entry) return;
      const id = entry.summary?.id;
      if (id !== undefined) {
        const first = ids.get(id);
        if (first !== undefined) {
          add(`trials[${index}].${entry.config ? 'config' : 'summary'}.id`, `The trial id "${id}" is already used by trials[${first}]. Give each trial its own id.`);
          return;
        }
        ids.set(id, index);
      }
      catalog.trials.push(entry);
    });
    return { catalog, problems, ok: true };
  } catch (error) {
    add('', `trialkit could not check this catalog (internal error: ${String(error)}). This is not a mistake in the catalog; please report it.`);
    return empty();
  }
}

/** One entry, or undefined when it must be left out (its problems are added). */
function checkEntry(raw: unknown, path: string, questions: Map<string, Question> | undefined, outer: Add): CatalogEntry | undefined {
  const add = counting(outer);
  if (!isRecord(raw)) {
    add(path, 'A catalog entry must be an object: { "src": "study.json" } or { "config": { … } }.');
    return undefined;
  }
  let bad = unknownKeys(raw, path, ENTRY_KEYS, add);
  const entry: CatalogEntry = {};
  if (raw.src !== undefined && raw.config !== undefined) {
    add(path, 'Give either "src" (the address of a trial config) or "config" (the config itself), not both.');
    return undefined;
  }
  if (raw.src === undefined && raw.config === undefined) {
    add(path, 'Give "src" (the address of a trial config) or "config" (the config itself).');
    return undefined;
  }
  if (raw.src !== undefined) {
    const problem = srcProblem(raw.src);
    if (problem) {
      add(`${path}.src`, problem);
      bad = true;
    } else entry.src = (raw.src as string).trim();
  } else {
    const result = validateConfig(raw.config);
    if (result.ok) entry.config = result.config;
    else {
      for (const p of result.problems) add(p.path ? `${path}.config.${p.path}` : `${path}.config`, p.message);
      bad = true;
    }
  }
  if (raw.eligibleIf !== undefined) {
    // Without usable catalog questions an eligibleIf cannot be checked or answered: it is dropped.
    if (questions) {
      const before = count(add);
      checkCondition(raw.eligibleIf, `${path}.eligibleIf`, questions, add);
      if (count(add) > before) bad = true;
      else entry.eligibleIf = structuredClone(raw.eligibleIf) as Condition;
    }
  }
  if (raw.summary !== undefined) {
    // Beside an inline config the summary is only checked: it is replaced by the config's below.
    const summary = checkSummary(raw.summary, `${path}.summary`, add, raw.config === undefined);
    if (!summary) bad = true;
    else entry.summary = summary;
  }
  if (bad) return undefined;
  // The config is the truth: its summary is made from it, whatever the entry says.
  if (entry.config) {
    const summary = checkSummary(summaryOf(entry.config), `${path}.config`, add);
    if (!summary) return undefined;
    entry.summary = summary;
  }
  return entry;
}

// Counting problems through the callback lets each check say "this part failed" without a return value.
const counts = new WeakMap<Add, number>();
function count(add: Add): number {
  return counts.get(add) ?? 0;
}
function counting(add: Add): Add {
  const wrapped: Add = (path, message) => {
    counts.set(wrapped, count(wrapped) + 1);
    add(path, message);
  };
  return wrapped;
}

/**
 * An entry's `src`: https (http on localhost for development), or a path relative to the
 * catalog's own address ("studies/ms-1.json"). Other schemes and "//host" addresses are refused.
 */
export function srcProblem(src: unknown): string | undefined {
  const hint = 'Use an https:// address, or a path relative to the catalog such as "studies/ms-study.json".';
  if (typeof src !== 'string' || !src.trim()) return `Expected the address of a trial config. ${hint}`;
  const value = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return isWebUrl(value) ? undefined : `This address is not allowed here. ${hint}`;
  if (/^[\\/]{2}|^\/\\/.test(value)) return `An address starting with "//" points to another site without saying how. ${hint}`;
  return undefined;
}

/**
 * Where to fetch an entry's config: `src` resolved against the catalog's address, or undefined
 * when that is not a web address (the element must not fetch it).
 */
export function entryUrl(src: string, catalogUrl: string): string | undefined {
  if (srcProblem(src)) return undefined;
  try {
    const url = new URL(src.trim(), catalogUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The catalog's shared questions, checked like a config's (same validator, same messages), or
 * undefined when there are none or any of them is wrong (then every problem is added).
 */
function checkQuestions(value: unknown, add: Add): Question[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    add('questions', 'Expected "questions" to be a list of questions [ { "id": …, "text": …, "type": … }, … ].');
    return undefined;
  }
  // A stand-in config around the questions lets the config validator check them as it checks any
  // pre-screener: ids, types, options, showIf references and the values they compare with.
  const result = validateConfig({
    schemaVersion: 1,
    id: 'catalog',
    title: 'catalog',
    summary: 'catalog',
    status: 'recruiting',
    contact: { url: 'https://example.org' },
    eligibility: { questions: value },
  });
  if (result.ok) return result.config.eligibility?.questions;
  for (const p of result.problems) add(p.path.replace(/^eligibility\.questions/, 'questions') || 'questions', p.message);
  return undefined;
}

/** An entry's eligibleIf: a condition naming only catalog questions, with values that fit them. */
function checkCondition(condition: unknown, path: string, questions: Map<string, Question>, add: Add): void {
  const shape =
    'This is not a condition. Use one of { "q": id, "equals": value }, { "q": id, "in": [values] }, ' +
    '{ "q": id, "min": n, "max": n }, { "all": [...] }, { "any": [...] } or { "not": condition }.';
  if (!isRecord(condition)) return add(path, shape);
  const keys = Object.keys(condition);
  for (const group of ['all', 'any'] as const) {
    if (!(group in condition)) continue;
    if (keys.length !== 1 || !Array.isArray(condition[group]) || !condition[group].length) return add(path, shape);
    condition[group].forEach((child, i) => checkCondition(child, `${path}.${group}[${i}]`, questions, add));
    return;
  }
  if ('not' in condition) {
    if (keys.length !== 1) return add(path, shape);
    return checkCondition(condition.not, `${path}.not`, questions, add);
  }
  const test = keys.filter((key) => key !== 'q');
  const isRange = test.length > 0 && test.every((key) => key === 'min' || key === 'max');
  if (typeof condition.q !== 'string' || !(isRange || (test.length === 1 && (test[0] === 'equals' || test[0] === 'in')))) return add(path, shape);
  const question = questions.get(condition.q);
  if (!question) {
    const ids = [...questions.keys()];
    return add(
      `${path}.q`,
      `No catalog question has the id "${condition.q}". ${ids.length ? `The catalog's questions: ${ids.join(', ')}.` : 'The catalog has no "questions".'}`,
    );
  }
  if (isRange) {
    if (test.some((key) => typeof condition[key] !== 'number')) return add(path, '"min" and "max" are numbers.');
    if (question.type !== 'number') add(path, `"min" and "max" only work on number questions, and "${question.id}" is a "${question.type}" question.`);
    return;
  }
  const where = `${path}.${test[0]}`;
  const values = test[0] === 'equals' ? [condition.equals] : condition.in;
  if (!Array.isArray(values) || !values.length) return add(where, 'Give a list of one or more values: "in": ["a", "b"].');
  const options = question.options?.map((o) => o.value) ?? [];
  for (const value of values) {
    if (question.type === 'yesno' && value !== 'yes' && value !== 'no') return add(where, `"${question.id}" is a yes/no question: compare with "yes" or "no".`);
    if ((question.type === 'choice' || question.type === 'multi') && !options.includes(value as string)) {
      return add(where, `${JSON.stringify(value)} is not an option of "${question.id}". Use one of: ${options.join(', ')}.`);
    }
    if (question.type === 'number' && typeof value !== 'number')
      return add(where, `"${question.id}" is a number question: compare with a number, or use "min"/"max".`);
  }
}

// ---------------------------------------------------------------------------------------------
// Summaries

function textProblem(value: unknown): string | undefined {
  const words = 'Expected text: a string, or an object of languages such as { "en": "…", "es": "…" }.';
  if (typeof value === 'string') return value.trim() ? undefined : 'This text is empty. Write the text, or leave the field out.';
  if (!isRecord(value)) return words;
  const entries = Object.entries(value);
  if (!entries.length) return 'Give the text in at least one language.';
  for (const [tag, text] of entries) {
    if (!LANG_TAG.test(tag)) return `"${tag}" is not a language tag. Use a tag such as "en" or "es-MX".`;
    if (typeof text !== 'string' || !text.trim()) return `The "${tag}" text is empty or not text.`;
  }
  return undefined;
}

function unknownKeys(value: Record<string, unknown>, path: string, allowed: readonly string[], add: Add): boolean {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  for (const key of extra) add(path ? `${path}.${key}` : key, `Unknown field "${key}". Remove it or fix its spelling. Fields allowed here: ${allowed.join(', ')}.`);
  return extra.length > 0;
}

/**
 * A summary as the list will read it, or undefined when it cannot be used. Draft texts other than
 * the title are dropped from it (each named), so no registry wording reaches a patient; `drafts`
 * false skips that, for a summary about to be replaced by its inline config's.
 */
function checkSummary(value: unknown, path: string, outer: Add, drafts = true): CatalogSummary | undefined {
  const add = counting(outer);
  if (!isRecord(value)) {
    add(path, 'A summary is an object: { "id": …, "title": …, "status": … }.');
    return undefined;
  }
  unknownKeys(value, path, SUMMARY_KEYS, add);
  const text = (key: string, required: boolean) => {
    const v = value[key];
    if (v === undefined) {
      if (required) add(`${path}.${key}`, `"${key}" is required.`);
      return;
    }
    const problem = textProblem(v);
    if (problem) add(`${path}.${key}`, problem);
  };
  if (typeof value.id !== 'string' || !ID.test(value.id) || value.id.length > 100) {
    add(`${path}.id`, value.id === undefined ? '"id" is required: the trial config\'s id.' : 'Use only letters, digits, "-" and "_" in an id.');
  }
  text('title', true);
  text('summary', false);
  if (!(STATUSES as readonly unknown[]).includes(value.status)) add(`${path}.status`, `Use one of: ${STATUSES.join(', ')}.`);
  if (value.conditions !== undefined) {
    if (!Array.isArray(value.conditions)) add(`${path}.conditions`, 'Expected a list of texts.');
    else value.conditions.forEach((c, i) => textProblem(c) && add(`${path}.conditions[${i}]`, textProblem(c)!));
  }
  if (value.glossaryTerms !== undefined) {
    if (!Array.isArray(value.glossaryTerms)) add(`${path}.glossaryTerms`, 'Expected a list of texts.');
    else value.glossaryTerms.forEach((c, i) => textProblem(c) && add(`${path}.glossaryTerms[${i}]`, textProblem(c)!));
  }
  if (value.who !== undefined) checkWho(value.who, `${path}.who`, add);
  if (value.locations !== undefined) {
    if (!Array.isArray(value.locations)) add(`${path}.locations`, 'Expected a list of places.');
    else value.locations.forEach((l, i) => checkLocation(l, `${path}.locations[${i}]`, add));
  }
  if (value.participation !== undefined) {
    if (!isRecord(value.participation)) add(`${path}.participation`, 'Expected { "remote": true } or { "remote": false }.');
    else {
      unknownKeys(value.participation, `${path}.participation`, ['remote'], add);
      if (value.participation.remote !== undefined && typeof value.participation.remote !== 'boolean')
        add(`${path}.participation.remote`, 'Expected true or false.');
    }
  }
  if (count(add)) return undefined;
  // A copy, so the host changing its object later cannot change the list; JSON round-trips are
  // much faster than structuredClone here, and the checks above admit only JSON values.
  const summary = JSON.parse(JSON.stringify(value)) as CatalogSummary;
  if (!drafts) return summary;
  if (carriesRewriteMarker(summary.title)) {
    outer(
      `${path}.title`,
      `The title is an imported draft that still carries ${REWRITE_MARKER}; the trial is left out of the list until it is rewritten in plain words.`,
    );
    return undefined;
  }
  return dropDrafts(summary, path, outer);
}

function dropDrafts(summary: CatalogSummary, path: string, add: Add): CatalogSummary {
  const dropped = (where: string) =>
    add(where, `This text is an imported draft that still carries ${REWRITE_MARKER}; the list leaves it out until it is rewritten.`);
  if (carriesRewriteMarker(summary.summary)) {
    dropped(`${path}.summary`);
    delete summary.summary;
  }
  for (const key of ['conditions', 'glossaryTerms'] as const) {
    const list = summary[key];
    if (!list) continue;
    list.forEach((t, i) => carriesRewriteMarker(t) && dropped(`${path}.${key}[${i}]`));
    summary[key] = list.filter((t) => !carriesRewriteMarker(t));
  }
  return summary;
}

function checkWho(who: unknown, path: string, add: Add): void {
  if (!isRecord(who)) return add(path, 'Expected { "minAge"?, "maxAge"?, "sex"?, "healthyVolunteers"? }.');
  unknownKeys(who, path, WHO_KEYS, add);
  for (const key of ['minAge', 'maxAge'] as const) {
    const age = who[key];
    if (age !== undefined && (typeof age !== 'number' || !(age >= 0 && age <= 130)))
      add(`${path}.${key}`, 'An age is a number of years from 0 to 130 (0.5 for 6 months).');
  }
  if (typeof who.minAge === 'number' && typeof who.maxAge === 'number' && who.minAge > who.maxAge)
    add(`${path}.maxAge`, `The oldest age (${who.maxAge}) is lower than the youngest (${who.minAge}).`);
  if (who.sex !== undefined && !['all', 'female', 'male'].includes(who.sex as string)) add(`${path}.sex`, 'Use one of: all, female, male.');
  if (who.healthyVolunteers !== undefined && typeof who.healthyVolunteers !== 'boolean') add(`${path}.healthyVolunteers`, 'Expected true or false.');
}

function checkLocation(location: unknown, path: string, add: Add): void {
  if (!isRecord(location)) return add(path, 'A place is an object: { "name": …, "country": … }.');
  unknownKeys(location, path, LOCATION_KEYS, add);
  const name = location.name === undefined ? '"name" is required.' : textProblem(location.name);
  if (name) add(`${path}.name`, name);
  if (typeof location.country !== 'string' || !location.country.trim()) add(`${path}.country`, '"country" is required, such as "US".');
  for (const key of ['city', 'region', 'postalCode'] as const) {
    const v = location[key];
    if (v !== undefined && (typeof v !== 'string' || !v.trim())) add(`${path}.${key}`, 'Expected text in quotes, or leave the field out.');
  }
  if (location.recruiting !== undefined && typeof location.recruiting !== 'boolean') add(`${path}.recruiting`, 'Expected true or false.');
  if (location.geo !== undefined) {
    const geo = location.geo;
    const ok =
      isRecord(geo) &&
      Object.keys(geo).every((k) => k === 'lat' || k === 'lon') &&
      typeof geo.lat === 'number' &&
      typeof geo.lon === 'number' &&
      Math.abs(geo.lat) <= 90 &&
      Math.abs(geo.lon) <= 180;
    if (!ok) add(`${path}.geo`, 'Expected { "lat": number from -90 to 90, "lon": number from -180 to 180 }.');
  }
}

/**
 * What the finder's list needs of a config, without the rest of it: what `trialkit catalog` writes
 * into each entry, and what an inline config's entry gets. Fields the config leaves out stay out.
 */
export function summaryOf(config: TrialConfig): CatalogSummary {
  const summary: CatalogSummary = { id: config.id, title: config.title, summary: config.summary, status: config.status };
  if (config.conditions?.length) summary.conditions = config.conditions;
  if (config.who) summary.who = config.who;
  if (config.locations?.length) {
    summary.locations = config.locations.map((place) => {
      const out: NonNullable<CatalogSummary['locations']>[number] = { name: place.name, country: place.country };
      for (const key of ['city', 'region', 'postalCode'] as const) if (place[key] !== undefined) out[key] = place[key];
      if (place.recruiting !== undefined) out.recruiting = place.recruiting;
      if (place.geo) out.geo = { lat: place.geo.lat, lon: place.geo.lon };
      return out;
    });
  }
  if (config.participation?.remote !== undefined) summary.participation = { remote: config.participation.remote };
  if (config.glossary?.length) summary.glossaryTerms = config.glossary.map((item) => item.term);
  return summary;
}
