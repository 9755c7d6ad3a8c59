/**
 * The finder's matching engine: which catalog trials fit what a person said, in what order, and
 * how far the nearest place taking volunteers is. Pure, DOM-free and free of the validator, so it
 * runs on every keystroke: each summary's search keys are made once per language and cached.
 *
 * Decisions (README "The finder's matching"):
 * - Words: every word must match (AND), as the start of a word in the title, summary, conditions
 *   or glossary terms, forgiving case, accents and simple plurals (en, es). Chinese and Japanese
 *   have no spaces between words, so there a word matches anywhere in the text.
 * - Distance: to the nearest place with a position that takes volunteers (`placeTakesVolunteers`);
 *   for a study that is not yet recruiting, the nearest place that will (not marked
 *   `recruiting: false`), since none takes volunteers yet. With a radius, a trial with no such
 *   place within it is left out, unless it can be done from home (`participation.remote`): then
 *   the distance does not limit it. Places without a position are never within a radius.
 * - Age and sex: a trial that sets no limit passes.
 * - Status: "taking volunteers now" (default on) keeps recruiting and by-invitation studies,
 *   "opening soon" keeps not-yet-recruiting ones; both off keeps every status.
 * - Answers: each entry's `eligibleIf` over the catalog's questions, with the pre-screener's
 *   three-valued logic; an unanswered question is unknown. Unlikely trials sort last, never hidden.
 * - Order: likely, then unsure (and trials without an `eligibleIf`), then unlikely, when questions
 *   were answered; then nearest first when a position is known; then how well the words match
 *   (a title match counts most); then catalog order.
 * - An entry without a `summary` (a `src` entry whose config was not fetched yet) is not listed.
 */
import type { CatalogSummary, FinderFilterName, FinderFilters, FinderResult, TrialCatalog } from './catalog-types.js';
import { evaluateCondition, evaluateEligibility, UNSURE, type Answer, type Outcome, type Truth } from './eligibility.js';
import { resolveText, type LocalizedText } from './localize.js';
import { cityLevelPoints, distanceKm, distanceUnitFor, honestDistance, type HonestDistance } from './locations.js';
import type { Condition } from './schema.js';
import { enrolmentMode, placeTakesVolunteers } from './study-status.js';

// ---------------------------------------------------------------------------------------------
// Words

/** Small words people type that say nothing about a trial ("cancer of the lung"). */
const STOP_WORDS: Record<string, Set<string>> = {
  en: new Set(['a', 'an', 'and', 'the', 'of', 'in', 'for', 'with', 'to', 'or', 'on', 'my', 'study', 'studies', 'trial', 'trials']),
  es: new Set([
    'a',
    'de',
    'del',
    'la',
    'el',
    'los',
    'las',
    'y',
    'e',
    'en',
    'con',
    'para',
    'por',
    'un',
    'una',
    'o',
    'mi',
    'estudio',
    'estudios',
    'ensayo',
    'ensayos',
  ]),
  fr: new Set(['de', 'des', 'du', 'la', 'le', 'les', 'et', 'en', 'un', 'une', 'pour', 'avec', 'ou', 'etude', 'etudes', 'essai', 'essais']),
  pt: new Set(['de', 'da', 'do', 'das', 'dos', 'a', 'o', 'as', 'os', 'e', 'em', 'com', 'para', 'um', 'uma', 'ou', 'estudo', 'estudos']),
  de: new Set(['der', 'die', 'das', 'und', 'in', 'mit', 'fur', 'von', 'ein', 'eine', 'oder', 'studie', 'studien']),
};

const baseLanguage = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[ -~\t\n\r]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/** Scripts written without spaces between words. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The singular a simple plural comes from; words of 3 letters or fewer ("MS", "HIV") stay as they are. */
function singular(word: string, lang: string): string {
  if (word.length <= 3) return word;
  if (lang === 'en') {
    if (!word.endsWith('s')) return word;
    if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
    if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
    if (/[^su]s$/.test(word) && !word.endsWith('is')) return word.slice(0, -1);
    return word;
  }
  if (lang === 'es') {
    // "-s" after a vowel (pruebas), "-es" after a consonant (tumores): "-les" may be either
    // (múltiples, papeles), so the key drops the "s" and then an "e" after a consonant, the same
    // way for the singular: "múltiple" and "múltiples" both give "multipl".
    if (word.endsWith('ces')) return `${word.slice(0, -3)}z`;
    const bare = word.endsWith('s') ? word.slice(0, -1) : word;
    return /[^aeiou]e$/.test(bare) ? bare.slice(0, -1) : bare;
  }
  // Arabic: the article "al-" is written joined to its word ("السرطان", "the cancer").
  if (lang === 'ar' && word.startsWith('ال') && word.length > 4) return word.slice(2);
  return word;
}

function lower(text: string, lang: string): string {
  try {
    return text.toLocaleLowerCase(lang);
  } catch {
    return text.toLowerCase(); // a malformed tag
  }
}

/**
 * A text as the words filter compares it: lower case, without accents or marks, apostrophes
 * dropped ("Crohn's" → "crohns"), other punctuation as spaces, each word in its singular form.
 * "Esclerosis Múltiple" and "esclerosis multiples" (es) give the same key, "esclerosi multipl".
 */
export function searchKey(text: string, lang: string): string {
  const base = baseLanguage(lang);
  // Most catalog text is plain ASCII: it needs no accent folding and a simpler word pattern (about 3× faster).
  const words = ASCII.test(text)
    ? text.toLowerCase().replace(/'/g, '').match(ASCII_WORD)
    : lower(text.normalize('NFKD'), lang)
        .replace(/\p{M}/gu, '')
        .replace(/['’ʼ]/g, '')
        // Arabic letters people write either way: hamza forms of alif, tā' marbūṭa, alif maqṣūra.
        .replace(/[أإآ]/g, 'ا')
        .replace(/ة/g, 'ه')
        .replace(/ى/g, 'ي')
        // match() rather than split(): several times faster with Unicode classes, and no empty words.
        .match(WORD);
  if (!words) return '';
  let key = '';
  for (const word of words) key += key ? ` ${singular(word, base)}` : singular(word, base);
  return key;
}

interface Keys {
  lang: string;
  title: string;
  conditions: string;
  summary: string;
  glossary: string;
}

const keyCache = new WeakMap<CatalogSummary, Keys>();

/** Padded with spaces so " word" finds the start of any word. */
const padded = (texts: readonly (LocalizedText | undefined)[], lang: string) => ` ${texts.map((t) => searchKey(resolveText(t, lang), lang)).join(' ')} `;

function keysOf(summary: CatalogSummary, lang: string): Keys {
  const cached = keyCache.get(summary);
  if (cached?.lang === lang) return cached;
  const keys: Keys = {
    lang,
    title: padded([summary.title], lang),
    conditions: padded(summary.conditions ?? [], lang),
    summary: padded([summary.summary], lang),
    glossary: padded(summary.glossaryTerms ?? [], lang),
  };
  keyCache.set(summary, keys);
  return keys;
}

/**
 * Makes every summary's search keys now (they are otherwise made on the first search), so the
 * finder can do it while the page is idle and the first keystroke on a long catalog stays quick.
 */
export function prepareSearch(catalog: TrialCatalog, lang: string): void {
  for (const entry of catalog.trials) if (entry.summary) keysOf(entry.summary, lang);
}

/** The words of a query to look for, stop words left out. */
function queryWords(words: string | undefined, lang: string): string[] {
  if (!words?.trim()) return [];
  const stop = STOP_WORDS[baseLanguage(lang)];
  const list = searchKey(words, lang).split(' ').filter(Boolean);
  const meaningful = list.filter((word) => !stop?.has(word));
  // "the study" alone: better to look for the words than for nothing.
  return meaningful.length ? meaningful : list;
}

const FIELD_WEIGHT = { title: 4, conditions: 3, glossary: 2, summary: 1 } as const;

/** How well the words match (higher is better), or 0 when one of them matches nowhere. */
function wordScore(keys: Keys, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    const needle = NO_SPACES.test(word) ? word : ` ${word}`;
    let best = 0;
    for (const field of ['title', 'conditions', 'glossary', 'summary'] as const) {
      if (FIELD_WEIGHT[field] > best && keys[field].includes(needle)) best = FIELD_WEIGHT[field];
    }
    if (!best) return 0;
    score += best;
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Places

type Place = NonNullable<CatalogSummary['locations']>[number];

/** Whether a place can be offered as where to join: taking volunteers, or (not yet recruiting) going to. */
function placeCounts(place: Place, summary: CatalogSummary): boolean {
  if (enrolmentMode(summary.status) === 'not_yet') return place.recruiting !== false;
  return placeTakesVolunteers(place, summary.status);
}

function nearestPlace(summary: CatalogSummary, from: { lat: number; lon: number }): FinderResult['nearest'] {
  let nearest: FinderResult['nearest'];
  for (const location of summary.locations ?? []) {
    if (!location.geo || !placeCounts(location, summary)) continue;
    const km = distanceKm(from, location.geo);
    if (!nearest || km < nearest.km) nearest = { location, km };
  }
  return nearest;
}

/**
 * What to say about a result's nearest place: the same honest wording as the card ("about 12
 * miles", or "near Seattle" when the point is only the city's), in the reader's unit.
 */
export function resultDistance(result: FinderResult, lang: string): HonestDistance | undefined {
  const { nearest } = result;
  if (!nearest?.location.geo) return undefined;
  const cityLevel = cityLevelPoints((result.summary.locations ?? []) as Parameters<typeof cityLevelPoints>[0]);
  return honestDistance(nearest.km, distanceUnitFor(lang), nearest.location, cityLevel.has(`${nearest.location.geo.lat},${nearest.location.geo.lon}`));
}

const KM_PER_MILE = 1.609344;

/** A radius as the `radius` attribute writes it, in km: "50mi", "50 miles", "80km", "80 km". Else undefined. */
export function parseRadius(value: string | null | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mi|miles?|km|kms|kilomet(?:er|re)s?)\s*$/i.exec(value ?? '');
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (!(amount > 0)) return undefined;
  return match[2]!.toLowerCase().startsWith('mi') ? amount * KM_PER_MILE : amount;
}

// ---------------------------------------------------------------------------------------------
// Answers

const hasAnswers = (answers: FinderFilters['answers']) => !!answers && Object.values(answers).some((a) => a !== undefined);

/**
 * How the catalog's questions read the answers: an answered question gives its answer, a question
 * that is shown (or may be) but unanswered is unknown, a question its `showIf` hides counts as not
 * applying (false), as in the pre-screener.
 */
function answerLookup(catalog: TrialCatalog, answers: Record<string, Answer>): (id: string) => Answer | undefined {
  if (!catalog.questions?.length) return (id) => (Object.hasOwn(answers, id) && answers[id] !== undefined ? answers[id] : UNSURE);
  const state = evaluateEligibility({ questions: catalog.questions, stopOnFail: false }, answers);
  const shown = new Set(state.visible.map((q) => q.id));
  return (id) => (id in state.retained ? state.retained[id] : shown.has(id) ? UNSURE : undefined);
}

/** The question ids that make `condition` come out `wanted` (false: what rules out; undefined: what is unknown). */
function reasonsFor(condition: Condition, lookup: (id: string) => Answer | undefined, wanted: Truth, out: Set<string>): void {
  if ('all' in condition || 'any' in condition) {
    const children = 'all' in condition ? condition.all : condition.any;
    for (const child of children) if (evaluateCondition(child, lookup) === wanted) reasonsFor(child, lookup, wanted, out);
    return;
  }
  if ('not' in condition) return reasonsFor(condition.not, lookup, wanted === undefined ? undefined : !wanted, out);
  out.add(condition.q);
}

function matchOf(condition: Condition, lookup: (id: string) => Answer | undefined): { outcome: Outcome; reasons: string[] } {
  const truth = evaluateCondition(condition, lookup);
  if (truth === true) return { outcome: 'likely', reasons: [] };
  const reasons = new Set<string>();
  reasonsFor(condition, lookup, truth, reasons);
  return { outcome: truth === false ? 'unlikely' : 'unsure', reasons: [...reasons] };
}

// ---------------------------------------------------------------------------------------------

function statusAllowed(summary: CatalogSummary, filters: FinderFilters): boolean {
  const takingNow = filters.takingNow !== false;
  const soon = filters.openingSoon === true;
  if (!takingNow && !soon) return true;
  const mode = enrolmentMode(summary.status);
  return (takingNow && (mode === 'open' || mode === 'invitation')) || (soon && mode === 'not_yet');
}

function whoAllows(summary: CatalogSummary, filters: FinderFilters): boolean {
  const who = summary.who;
  if (!who) return true;
  if (filters.age !== undefined) {
    if (who.minAge !== undefined && filters.age < who.minAge) return false;
    if (who.maxAge !== undefined && filters.age > who.maxAge) return false;
  }
  if (filters.sex && who.sex && who.sex !== 'all' && who.sex !== filters.sex) return false;
  return true;
}

const OUTCOME_RANK: Record<Outcome, number> = { likely: 0, unsure: 1, unlikely: 2 };

/** The trials that fit the filters, best first (see the module comment for every rule). */
export function matchTrials(catalog: TrialCatalog, filters: FinderFilters, lang: string): FinderResult[] {
  const words = queryWords(filters.words, lang);
  const near = filters.near;
  const radius = near && filters.radiusKm !== undefined && filters.radiusKm > 0 ? filters.radiusKm : undefined;
  const lookup = hasAnswers(filters.answers) ? answerLookup(catalog, filters.answers!) : undefined;

  const ranked: { result: FinderResult; outcome: number; score: number }[] = [];
  catalog.trials.forEach((entry, index) => {
    const summary = entry.summary;
    if (!summary) return;
    if (!statusAllowed(summary, filters) || !whoAllows(summary, filters)) return;
    const remote = summary.participation?.remote === true;
    if (filters.fromHome && !remote) return;
    const score = words.length ? wordScore(keysOf(summary, lang), words) : 0;
    if (words.length && !score) return;
    const result: FinderResult = { index, summary };
    if (near) {
      const nearest = nearestPlace(summary, near);
      if (radius !== undefined && !remote && (!nearest || nearest.km > radius)) return;
      if (nearest) result.nearest = nearest;
    }
    let outcome = OUTCOME_RANK.unsure;
    if (lookup && entry.eligibleIf) {
      result.match = matchOf(entry.eligibleIf, lookup);
      outcome = OUTCOME_RANK[result.match.outcome];
    }
    ranked.push({ result, outcome, score });
  });

  return ranked
    .sort(
      (a, b) =>
        a.outcome - b.outcome || (a.result.nearest?.km ?? Infinity) - (b.result.nearest?.km ?? Infinity) || b.score - a.score || a.result.index - b.result.index,
    )
    .map(({ result }) => result);
}

/** The names of the filters in use, in a fixed order, for `trial-finder-search` (never their values). */
export function filtersInUse(filters: FinderFilters): FinderFilterName[] {
  const names: FinderFilterName[] = [];
  if (filters.words?.trim()) names.push('words');
  if (filters.near) names.push('near');
  if (filters.near && filters.radiusKm !== undefined && filters.radiusKm > 0) names.push('radius');
  if (filters.age !== undefined) names.push('age');
  if (filters.sex) names.push('sex');
  if (filters.takingNow !== false) names.push('takingNow');
  if (filters.openingSoon) names.push('openingSoon');
  if (filters.fromHome) names.push('fromHome');
  if (hasAnswers(filters.answers)) names.push('questions');
  return names;
}
