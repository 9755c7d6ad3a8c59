/**
 * The languages of the built-in strings. English is in the bundle; every other language is its own
 * small chunk, loaded from the same place as the bundle the first time an element needs it (so
 * adding languages does not make every visitor download all of them).
 */
import type { LanguageCatalog } from './types.js';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const languageLoaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<LanguageCatalog>> = {
  es: () => import('./es/index.js').then((module) => module.es),
};
