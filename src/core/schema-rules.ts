/**
 * The schema's own rules (zod `refine`s), as named functions in a module without zod: the schema
 * uses them, and so does the generated quick check (config-check.generated.ts), which must call
 * the very same functions to give the same answer.
 */
import { isWebUrl } from './safe-url.js';

/** A `{ "en": "…" }` text object must hold at least one language. */
export const hasALanguage = (value: Record<string, unknown>): boolean => Object.keys(value).length > 0;

/** A `{ q, min, max }` condition must give at least one bound. */
export const rangeHasBound = (condition: { min?: number; max?: number }): boolean => condition.min !== undefined || condition.max !== undefined;

/** A custom share target is an https:// address once its {url}, {title} and {text} are filled in. */
export const isShareTemplate = (template: string): boolean => isWebUrl(template.replace(/\{(url|title|text)\}/g, 'x'));
