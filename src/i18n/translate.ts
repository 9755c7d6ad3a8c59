/**
 * Built-in UI strings, looked up by `area.key` and formatted with Intl so numbers and plurals follow
 * the reader's language. Languages other than English load on first use; until one has loaded (or
 * if it cannot load), English is used.
 */
import { hasRightToLeftLetters, isRightToLeft, matchLanguage } from '../core/localize.js';
import { card } from './en/card.js';
import { common } from './en/common.js';
import { languageLoaders, UI_LANGUAGES, type UiLanguage } from './languages.js';
import type { LanguageCatalog, Message, MessageKey } from './types.js';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * English strings in the bundle: the areas every page needs. Each other element adds its own area
 * when its module loads (`addEnglish`), so a page only carries the English of what it shows; an
 * element's on-demand chunks may add the rest of its area (the pre-screener's questions come with
 * its flow chunk).
 */
const en = { common, card } as Partial<LanguageCatalog> as LanguageCatalog;

export function addEnglish<A extends keyof LanguageCatalog>(area: A, messages: Partial<LanguageCatalog[A]>): void {
  // Keys already there win: a second copy of trialkit on the page changes nothing.
  en[area] = { ...messages, ...en[area] } as LanguageCatalog[A];
}

const loaded = new Map<UiLanguage, LanguageCatalog>([['en', en]]);
const loading = new Map<UiLanguage, Promise<void>>();

/** The catalog language for a requested tag: exact, same base language, else English. */
export function uiLanguage(requested: string | undefined): UiLanguage {
  return (requested && (matchLanguage(requested, UI_LANGUAGES) as UiLanguage | undefined)) || 'en';
}

/** True when the strings for this language can be used now (loaded, or failed and so English). */
export function isLanguageReady(lang: UiLanguage): boolean {
  return loaded.has(lang);
}

/** Loads a language's strings once; resolves when they can be used (English on failure). */
export function loadLanguage(lang: UiLanguage): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    const loader = languageLoaders[lang as Exclude<UiLanguage, 'en'>];
    pending = loader()
      .then((catalog) => {
        loaded.set(lang, catalog);
        translators.clear();
      })
      .catch((error: unknown) => {
        // A missing chunk (a site that copied only trialkit.js) must not break the widget.
        console.warn(`trialkit: the "${lang}" strings could not be loaded (${String(error)}); using English.`);
        loaded.set(lang, en);
      });
    loading.set(lang, pending);
  }
  return pending;
}

/** Keys already reported missing: each is logged once per page. */
const missing = new Set<string>();

/**
 * A message in that language, else in English. Never the key itself: a reader must not see
 * `faq.explain` on a button. A key with no English either (its area's strings are not on the page,
 * a bug in trialkit) is logged once and shows as nothing.
 */
export function lookup(lang: UiLanguage, key: MessageKey): Message {
  const dot = key.indexOf('.');
  const area = key.slice(0, dot) as keyof LanguageCatalog;
  const name = key.slice(dot + 1);
  const strings = (loaded.get(lang) ?? en)[area] as Record<string, Message> | undefined;
  const found = strings?.[name] ?? (en[area] as Record<string, Message> | undefined)?.[name];
  if (found !== undefined) return found;
  if (!missing.has(key)) {
    missing.add(key);
    console.error(`trialkit: no text for "${key}" on this page (its strings were not loaded); it is left out. Please report this.`);
  }
  return '';
}

const translators = new Map<string, Translate>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A translator for the requested language tag (memoized: elements ask for one on every render). */
export function createTranslator(requested: string | undefined): Translate {
  const tag = requested || 'en';
  let translate = translators.get(tag);
  if (!translate) {
    translate = buildTranslator(tag);
    // Only cache once the language is in: until then the English fallback is temporary.
    if (loaded.has(uiLanguage(tag))) translators.set(tag, translate);
  }
  return translate;
}

/**
 * A value put into a sentence is wrapped in Unicode first-strong isolates (FSI…PDI), as Fluent and
 * MessageFormat 2 do, when the sentence is right to left or the value is: a phone number in an
 * Arabic sentence then keeps its digit order ("+1 555 010 0199", not "0199 010 555 1+"), and an
 * English name keeps its punctuation. Screen readers ignore the two marks.
 */
const isolate = (value: string, rtl: boolean) => (rtl || hasRightToLeftLetters(value) ? `\u2068${value}\u2069` : value);

function buildTranslator(requested: string): Translate {
  const lang = uiLanguage(requested);
  return formatWith((key) => lookup(lang, key), lang, requested);
}

/**
 * A translator over a given catalog (tools such as the review packet, which hold every language's
 * whole catalog, use this instead of the elements' lazily loaded strings).
 */
export function translatorFor(catalog: LanguageCatalog, lang: string): Translate {
  const strings = catalog as unknown as Record<string, Record<string, Message>>;
  return formatWith(
    (key) => {
      const dot = key.indexOf('.');
      return strings[key.slice(0, dot)]?.[key.slice(dot + 1)] ?? key;
    },
    lang.split('-')[0] ?? 'en',
    lang,
  );
}

function formatWith(find: (key: MessageKey) => Message, lang: string, requested: string): Translate {
  const rtl = isRightToLeft(lang);
  // Numbers follow the reader's own tag, not only the catalog's: `ar` has Latin digits, `ar-EG`
  // and `ar-SA` Arabic-Indic ones (CLDR), and `-u-nu-latn` or `-u-nu-arab` in the tag choose.
  // Made on first use: creating an Intl formatter loads locale data, which a slow phone feels.
  let numberFormat: Intl.NumberFormat | undefined;
  const locale = safeLocale(requested, lang);
  const withoutIntl = wholeNumbersWithoutIntl(locale);
  const numbers = {
    format: (value: number) => withoutIntl?.(value) ?? (numberFormat ??= new Intl.NumberFormat(locale)).format(value),
  };
  return (key, params) => {
    let message = find(key);
    if (typeof message !== 'string') {
      const count = Number(params?.count ?? 0);
      let rules = pluralRules.get(lang);
      if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(safeLocale(lang, 'en'))));
      const category = count === 0 && message.zero ? 'zero' : rules.select(count);
      message = message[category] ?? message.other;
    }
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : isolate(value, rtl);
    });
  };
}

/**
 * The page's first Intl.NumberFormat loads the number data: 40–80 ms at a phone's CPU speed (CPU ×4
 * here), most of a card's first render, which only writes ages such as "18". A whole number from 0
 * to 999 reads exactly as Intl writes it in these languages (Western digits, no separator below
 * 1,000; test/core/translate-numbers.test.ts checks it against Intl), so it needs no formatter.
 * Any other tag, a numbering-system extension (`-u-nu-…`) or any other number goes through Intl.
 */
const writesPlainDigits = (locale: string) => /^(en|es|fr|de|pt|zh)(-[A-Za-z0-9]{2,8})*$/.test(locale) && !/-u-/i.test(locale);
const isSmallWholeNumber = (value: number) => Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0);

/**
 * The same for whole numbers from 1,000 to 999,999 ("Show all 1,148 places"), in the tags whose
 * digit grouping is known: the separator, and whether a 4-digit number is grouped (Spanish writes
 * "1148" but "11.148"). Checked against Intl in the same test.
 */
const GROUPING = new Map<string, readonly [separator: string, groupsFourDigits: boolean]>(
  (
    [
      [',', true, 'en en-us en-gb en-ca en-au es-mx es-us es-419 zh zh-hans zh-cn zh-hant zh-tw'],
      ['.', false, 'es es-es'],
      ['.', true, 'de de-de pt pt-br'],
      ['\u202f', true, 'fr fr-fr'],
      ['\u00a0', true, 'fr-ca'],
    ] as const
  ).flatMap(([separator, groupsFourDigits, tags]) => tags.split(' ').map((tag) => [tag, [separator, groupsFourDigits]] as const)),
);

/** How `locale` writes a whole number below a million without Intl, where that is known: else none, or undefined for that number. */
export function wholeNumbersWithoutIntl(locale: string): ((value: number) => string | undefined) | undefined {
  if (!writesPlainDigits(locale)) return undefined;
  const grouping = GROUPING.get(locale.toLowerCase());
  return (value) => (isSmallWholeNumber(value) ? String(value) : grouping && groupedWholeNumber(value, grouping));
}

function groupedWholeNumber(value: number, [separator, groupsFourDigits]: readonly [string, boolean]): string | undefined {
  if (!Number.isInteger(value) || value < 1000 || value > 999_999) return undefined;
  if (value < 10_000 && !groupsFourDigits) return String(value);
  return `${Math.floor(value / 1000)}${separator}${String(value % 1000).padStart(3, '0')}`;
}

/** Intl throws on malformed tags; a site owner's typo in `lang` must not break the widget. */
function safeLocale(requested: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(requested)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
