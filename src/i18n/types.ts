import type { en } from './en/index.js';

/**
 * A message: plain text with `{name}` placeholders, or plural forms chosen by the `count`
 * parameter through Intl.PluralRules (`one`, `other`, and any other CLDR category a language uses).
 */
export type Message = string | { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };

export type Area = keyof typeof en;

/** One area's strings in one language: every English key, no others. */
export type Messages<A extends Area> = Record<keyof (typeof en)[A], Message>;

/** A whole language: every area. */
export type LanguageCatalog = { [A in Area]: Messages<A> };

/** `area.key`, e.g. `card.status.recruiting`. */
export type MessageKey = { [A in Area]: `${A}.${keyof (typeof en)[A] & string}` }[Area];
