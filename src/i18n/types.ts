/** The languages every built-in string exists in. Adding one here makes TypeScript list every missing key. */
export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * A message: plain text with `{name}` placeholders, or plural forms chosen by the `count`
 * parameter through Intl.PluralRules (`one`, `other`, and any other CLDR category a language uses).
 */
export type Message = string | { one?: string; two?: string; few?: string; many?: string; zero?: string; other: string };

/** One area's strings: the English set defines the keys, and every language must have all of them. */
export type Section<Keys extends string> = Record<UiLanguage, Record<Keys, Message>>;
