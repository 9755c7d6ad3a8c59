/**
 * The languages of the built-in strings. English is in the bundle; every other language is its own
 * small chunk, loaded from the same place as the bundle the first time an element needs it (so
 * adding languages does not make every visitor download all of them).
 *
 * Tags are matched exactly, then by base language (`matchLanguage`): `pt` and `pt-PT` readers get
 * `pt-BR`, `fr-CA` readers get `fr`, `de-AT` and `de-CH` readers get `de`.
 */
import type { LanguageCatalog } from './types.js';

/**
 * `zh-Hans` serves `zh`, `zh-CN`, `zh-SG` and `zh-Hans-*`; `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant`
 * (Traditional characters) get English until there is a `zh-Hant` catalog, as CLDR's locale
 * fallback does (Traditional does not fall back to Simplified). `ar` serves every `ar-*` and is
 * laid out right to left.
 */
export const UI_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const languageLoaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<LanguageCatalog>> = {
  es: () => import('./es/index.js').then((module) => module.es),
  fr: () => import('./fr/index.js').then((module) => module.fr),
  de: () => import('./de/index.js').then((module) => module.de),
  'pt-BR': () => import('./pt-BR/index.js').then((module) => module.ptBR),
  'zh-Hans': () => import('./zh-Hans/index.js').then((module) => module.zhHans),
  ar: () => import('./ar/index.js').then((module) => module.ar),
};
