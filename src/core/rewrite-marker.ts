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

/** Whether any string in a JSON value carries the marker (no allocation: every element runs it on every config). */
function anyMarker(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(REWRITE_MARKER);
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (anyMarker(item)) return true;
    return false;
  }
  for (const key in value) if (Object.hasOwn(value, key) && anyMarker((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** Configs the quick check saw every string of, none with the marker (config-check.ts): not walked again. */
const markerFree = new WeakSet<object>();

/** Notes that no string of `config` carries the marker (only for what the quick check has just read whole). */
export function noteMarkerFree(config: object): void {
  markerFree.add(config);
}

/**
 * Every path in a config (or any JSON value) whose string still carries the marker, in document
 * order, written like the validator's paths: `eligibility.questions[0].text.en`. A config with no
 * marker (the usual case) is one quick walk, or none when the quick check has read it already
 * (a walk over 1,148 places is 7-9 ms at a phone's speed, in the first screen's task): paths are
 * only written for a value that has one.
 */
export function findRewriteMarkers(value: unknown, path = ''): string[] {
  if (typeof value === 'object' && value !== null && markerFree.has(value)) return [];
  if (!anyMarker(value)) return [];
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => findRewriteMarkers(item, `${path}[${index}]`));
  return Object.entries(value as object).flatMap(([key, item]) => findRewriteMarkers(item, path ? `${path}.${key}` : key));
}
