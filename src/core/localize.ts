/**
 * LocalizedText: a plain string, or an object of BCP 47 language tags to strings.
 * Resolution falls back from the exact tag, to the base language, to the config's default locale,
 * to English, to whatever is there, so a patient always reads something.
 */

export type LocalizedText = string | { [lang: string]: string };

export interface ResolvedText {
  text: string;
  /** The language the text is actually in, when known (so a fallback can be marked up with lang=). */
  lang?: string;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

const scripts = new Map<string, string | undefined>();

/**
 * The script a tag is written in, explicit or implied by CLDR's likely subtags: `zh`, `zh-CN` and
 * `zh-SG` are Simplified Chinese (`Hans`), `zh-TW`, `zh-HK` and `zh-MO` Traditional (`Hant`),
 * `ar` and `fa` Arabic, `he` Hebrew. Undefined for a tag Intl cannot read.
 */
/**
 * Scripts of the languages met most, so a page in one of them never waits for Intl to load its
 * likely-subtags data (the first `Intl.Locale#maximize` costs milliseconds on a slow phone).
 */
const COMMON_SCRIPTS: Record<string, string> = {
  en: 'Latn',
  es: 'Latn',
  fr: 'Latn',
  de: 'Latn',
  pt: 'Latn',
  it: 'Latn',
  nl: 'Latn',
  pl: 'Latn',
  ar: 'Arab',
  he: 'Hebr',
  fa: 'Arab',
  ur: 'Arab',
};

export function scriptOf(tag: string): string | undefined {
  let script = scripts.get(tag);
  if (script === undefined && /^[a-z]{2,3}$/i.test(tag) && COMMON_SCRIPTS[tag.toLowerCase()]) return COMMON_SCRIPTS[tag.toLowerCase()];
  if (script === undefined && !scripts.has(tag)) {
    try {
      script = new Intl.Locale(tag).maximize().script;
    } catch {
      script = undefined;
    }
    scripts.set(tag, script);
  }
  return script;
}

/**
 * Same language and same script: `es-MX` and `es`, `zh-CN` and `zh-Hans`; not `zh-TW` and
 * `zh-Hans` (a reader of Traditional characters is not served Simplified ones as if they were theirs).
 */
export function sameLanguage(a: string, b: string): boolean {
  if (base(a) !== base(b)) return false;
  const [scriptA, scriptB] = [scriptOf(a), scriptOf(b)];
  return !scriptA || !scriptB || scriptA === scriptB;
}

/** Scripts written right to left (Unicode), so a language written in one of them lays out right to left. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

/** True when a text has any right-to-left letter (so its direction cannot be taken for granted). */
export function hasRightToLeftLetters(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** True for a right-to-left language: `ar`, `he`, `fa`, `ur`, `ps`, `dv`, `pa-Arab`…; false for anything else or a malformed tag. */
export function isRightToLeft(tag: string): boolean {
  const script = scriptOf(tag);
  return script !== undefined && RTL_SCRIPTS.has(script);
}

/**
 * Picks the best of `available` tags for `wanted`: the exact tag, else the bare language, else any
 * tag of the same language, always in the same script (`zh-CN` finds `zh-Hans`, `zh-TW` does not);
 * undefined when there is none.
 */
export function matchLanguage(wanted: string, available: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === lower);
  if (exact) return exact;
  const wantedBase = base(wanted);
  const candidates = available.filter((tag) => sameLanguage(tag, wanted));
  return candidates.find((tag) => tag.toLowerCase() === wantedBase) ?? candidates[0];
}

export function resolveTextWithLang(text: LocalizedText | undefined | null, lang: string, defaultLocale = 'en'): ResolvedText {
  if (text == null) return { text: '' };
  if (typeof text === 'string') return { text };
  if (typeof text !== 'object') return { text: '' };
  const tags = Object.keys(text).filter((tag) => typeof text[tag] === 'string' && text[tag] !== '');
  const tag = matchLanguage(lang, tags) ?? matchLanguage(defaultLocale, tags) ?? matchLanguage('en', tags) ?? tags[0];
  return tag ? { text: text[tag] as string, lang: tag } : { text: '' };
}

export function resolveText(text: LocalizedText | undefined | null, lang: string, defaultLocale = 'en'): string {
  return resolveTextWithLang(text, lang, defaultLocale).text;
}

/** BCP 47 in the shape configs use: language, then optional script/region/variant subtags. */
export const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** "1 May 2020" / "1 de mayo de 2020": a YYYY-MM-DD date as people in that language write it. */
export function formatIsoDate(isoDate: string, lang: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = Date.UTC(year!, month! - 1, day);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
