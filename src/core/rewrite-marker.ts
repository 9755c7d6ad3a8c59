/**
 * Draft texts: the ClinicalTrials.gov importer marks every text a person must rewrite for patients
 * with REWRITE_MARKER. A text that still carries it must never reach a patient; `validate` fails on
 * it, `lint` reports it as an error, and the elements show their fallback for that part.
 */
import type { LocalizedText } from './localize.js';

export const REWRITE_MARKER = '[REWRITE]';

/** Whether a text (in any of its languages) still carries the rewrite marker. */
export function carriesRewriteMarker(text: LocalizedText | undefined | null): boolean {
  if (typeof text === 'string') return text.includes(REWRITE_MARKER);
  if (!text || typeof text !== 'object') return false;
  return Object.values(text).some((value) => typeof value === 'string' && value.includes(REWRITE_MARKER));
}

/**
 * Every path in a config (or any JSON value) whose string still carries the marker, in document
 * order, written like the validator's paths: `eligibility.questions[0].text.en`.
 */
export function findRewriteMarkers(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes(REWRITE_MARKER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findRewriteMarkers(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findRewriteMarkers(item, path ? `${path}.${key}` : key));
  }
  return [];
}
