/**
 * The plain-language glossary: finding clinical-research terms in a text, and loading the built-in
 * definitions. Pure (no DOM, no lit): the elements explain terms in place with it, and the linter
 * flags jargon with the same terms.
 */

/** One glossary entry: the term, other ways of writing it, and a definition in plain words. */
export interface GlossaryTerm {
  term: string;
  definition: string;
  /** Other spellings, abbreviations or forms that mean the same (`IRB`, `double blind`, `metastásica`). */
  also?: string[];
}

/** Where a term was found: `text.slice(start, end)` is the words as written in the text. */
export interface GlossaryMatch {
  start: number;
  end: number;
  term: GlossaryTerm;
}

/** The languages that have a built-in glossary. */
export const GLOSSARY_LANGUAGES = ['en', 'es'] as const;

// One chunk per language: the definitions are never in the main bundle.
const loaders: Record<string, () => Promise<{ terms: GlossaryTerm[] }>> = {
  en: () => import('../glossary/en.js'),
  es: () => import('../glossary/es.js'),
};

/**
 * The built-in terms for a language tag (`es-MX` uses Spanish); an empty list for a language
 * without a glossary, so a French text is never matched against English terms.
 */
export async function loadGlossary(lang: string): Promise<GlossaryTerm[]> {
  const loader = loaders[lang.toLowerCase().split('-')[0] ?? ''];
  return loader ? (await loader()).terms : [];
}

const key = (text: string) => text.trim().toLowerCase();

/** The config's terms first; a built-in entry with the same term or spelling is replaced. */
export function mergeGlossary(builtIn: readonly GlossaryTerm[], custom: readonly GlossaryTerm[]): GlossaryTerm[] {
  const taken = new Set(custom.flatMap((entry) => [entry.term, ...(entry.also ?? [])].map(key)));
  return [...custom, ...builtIn.filter((entry) => ![entry.term, ...(entry.also ?? [])].some((form) => taken.has(key(form))))];
}

/** Letters and digits on either side mean "inside another word". */
const WORD_CHAR = '[\\p{L}\\p{N}_]';
const GAP = '[\\s\\u00a0\\u2010\\u2011-]+';
/** Web addresses, e-mail addresses and bare domain names: no term is ever explained inside them. */
const NO_MATCH = /(?:https?:\/\/|mailto:|www\.)\S+|[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|eu|int|io|info)\b\S*/giu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A word and its plurals: English and Spanish -s/-es, English -y → -ies, Spanish -ión → -iones. */
function wordPattern(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies)`;
  if (/ión$/i.test(word)) return `${escape(word.slice(0, -2))}(?:ón|ones)`;
  return `${escape(word)}(?:e?s)?`;
}

interface Compiled {
  pattern: RegExp;
  /** The entry for each capture group, in the same order. */
  owners: GlossaryTerm[];
}

const compiled = new WeakMap<readonly GlossaryTerm[], Compiled | undefined>();

function compile(terms: readonly GlossaryTerm[]): Compiled | undefined {
  if (compiled.has(terms)) return compiled.get(terms);
  const forms: [string, GlossaryTerm][] = [];
  for (const entry of terms) {
    for (const form of [entry.term, ...(entry.also ?? [])]) {
      if (typeof form === 'string' && form.trim()) forms.push([form.trim(), entry]);
    }
  }
  // Longer forms first: at any position the longest term wins ("control group" over "control").
  forms.sort((a, b) => b[0].length - a[0].length);
  const result = forms.length
    ? {
        pattern: new RegExp(
          `(?<!${WORD_CHAR})(?:${forms
            .map(
              ([form]) =>
                `(${form
                  .split(/[\s\u00a0\u2010\u2011-]+/)
                  .map(wordPattern)
                  .join(GAP)})`,
            )
            .join('|')})(?!${WORD_CHAR})`,
          'giu',
        ),
        owners: forms.map(([, entry]) => entry),
      }
    : undefined;
  compiled.set(terms, result);
  return result;
}

/**
 * Every glossary term in `text`, in order, never overlapping: whole words only, any letter case,
 * plurals, multiword terms (spaces or hyphens between the words), the longest term at a position,
 * and nothing inside a web or e-mail address. Pass the same `terms` array again to reuse its
 * compiled pattern.
 */
const found = new WeakMap<readonly GlossaryTerm[], Map<string, GlossaryMatch[]>>();

/**
 * Memoized per terms list and text: elements re-render often, and one big Unicode-aware regular
 * expression over a long text is the costliest thing they do on a phone.
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[]): GlossaryMatch[] {
  let cache = found.get(terms);
  if (!cache) found.set(terms, (cache = new Map()));
  let matches = cache.get(text);
  if (!matches) {
    if (cache.size > 500) cache.clear();
    cache.set(text, (matches = matchTerms(text, terms)));
  }
  return matches;
}

function matchTerms(text: string, terms: readonly GlossaryTerm[]): GlossaryMatch[] {
  const compiledTerms = compile(terms);
  if (!compiledTerms || !text) return [];
  const skipped = [...text.matchAll(NO_MATCH)].map((match) => [match.index, match.index + match[0].length] as const);
  const matches: GlossaryMatch[] = [];
  for (const match of text.matchAll(compiledTerms.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skipped.some(([from, to]) => start < to && end > from)) continue;
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const term = compiledTerms.owners[group - 1];
    if (term) matches.push({ start, end, term });
  }
  return matches;
}

/**
 * The built-in glossary as the linter's jargon list (term, its other spellings, its definition as
 * the plain wording to suggest), for every language that has one.
 */
export async function glossaryAsJargon(): Promise<Record<string, { term: string; forms?: string[]; plain?: string }[]>> {
  const entries = await Promise.all(
    GLOSSARY_LANGUAGES.map(
      async (lang) => [lang, (await loadGlossary(lang)).map((entry) => ({ term: entry.term, forms: entry.also ?? [], plain: entry.definition }))] as const,
    ),
  );
  return Object.fromEntries(entries);
}
