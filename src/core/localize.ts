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

/** Picks the best of `available` tags for `wanted` (exact, then same base language), or undefined. */
export function matchLanguage(wanted: string, available: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === lower);
  if (exact) return exact;
  const wantedBase = base(wanted);
  return (
    available.find((tag) => tag.toLowerCase() === wantedBase) ??
    available.find((tag) => base(tag) === wantedBase)
  );
}

export function resolveTextWithLang(
  text: LocalizedText | undefined | null,
  lang: string,
  defaultLocale = 'en',
): ResolvedText {
  if (text == null) return { text: '' };
  if (typeof text === 'string') return { text };
  if (typeof text !== 'object') return { text: '' };
  const tags = Object.keys(text).filter((tag) => typeof text[tag] === 'string' && text[tag] !== '');
  const tag =
    matchLanguage(lang, tags) ?? matchLanguage(defaultLocale, tags) ?? matchLanguage('en', tags) ?? tags[0];
  return tag ? { text: text[tag] as string, lang: tag } : { text: '' };
}

export function resolveText(text: LocalizedText | undefined | null, lang: string, defaultLocale = 'en'): string {
  return resolveTextWithLang(text, lang, defaultLocale).text;
}

/** BCP 47 in the shape configs use: language, then optional script/region/variant subtags. */
export const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
