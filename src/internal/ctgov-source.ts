import { fromClinicalTrialsGov } from '../core/ctgov-import.js';
import { fetchJson, stateFromValue, type ConfigState } from './config-source.js';
import { nextTask } from './render-turns.js';

/**
 * `ctgov-src`: fetches a ClinicalTrials.gov API v2 study record, imports it and validates the
 * result. This module and the importer are one chunk, loaded only for `ctgov-src`. Draft eligibility questions are
 * left out: registry criteria are not plain language and no ethics board approved them as
 * questions (import with `trialkit import-ctgov` and rewrite them instead).
 */
export async function loadCtgovFromUrl(src: string, signal: AbortSignal, timeoutMs: number): Promise<ConfigState> {
  const loaded = await fetchJson(src, signal, timeoutMs, 'ctgov-src', 'ClinicalTrials.gov record');
  if (!('data' in loaded)) return loaded;
  if (signal.aborted) return { status: 'idle' };
  const result = fromClinicalTrialsGov(loaded.data, { questions: false });
  if (!result.ok) return { status: 'error', problems: [{ path: 'ctgov-src', message: result.message }] };
  await nextTask();
  const state = await stateFromValue(result.config, 'imported ClinicalTrials.gov record');
  await nextTask();
  return state;
}
