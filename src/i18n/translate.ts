/**
 * Built-in UI strings: one catalog, looked up by `section.key`, formatted with Intl so numbers
 * and plurals follow the reader's language.
 */
import { matchLanguage } from '../core/localize.js';
import { catalog, type MessageKey } from './catalog.js';
import { UI_LANGUAGES, type Message, type UiLanguage } from './types.js';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The catalog language for a requested tag: exact, same base language, else English. */
export function uiLanguage(requested: string | undefined): UiLanguage {
  return (requested && (matchLanguage(requested, UI_LANGUAGES) as UiLanguage | undefined)) || 'en';
}

export function lookup(lang: UiLanguage, key: MessageKey): Message {
  const [section, ...rest] = key.split('.');
  const name = rest.join('.');
  const messages = catalog[section as keyof typeof catalog] as Record<UiLanguage, Record<string, Message>>;
  return messages[lang][name] ?? messages.en[name] ?? key;
}

const pluralRules = new Map<string, Intl.PluralRules>();

const translators = new Map<string, Translate>();

/** A translator for the requested language tag (memoized: elements ask for one on every render). */
export function createTranslator(requested: string | undefined): Translate {
  const tag = requested || 'en';
  let translate = translators.get(tag);
  if (!translate) translators.set(tag, (translate = buildTranslator(tag)));
  return translate;
}

function buildTranslator(requested: string): Translate {
  const lang = uiLanguage(requested);
  const numbers = new Intl.NumberFormat(safeLocale(requested, lang));
  return (key, params) => {
    let message = lookup(lang, key);
    if (typeof message !== 'string') {
      const count = Number(params?.count ?? 0);
      let rules = pluralRules.get(lang);
      if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
      const category = count === 0 && message.zero ? 'zero' : rules.select(count);
      message = message[category] ?? message.other;
    }
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** Intl throws on malformed tags; a site owner's typo in `lang` must not break the widget. */
function safeLocale(requested: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(requested)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
