/**
 * Draft texts as problems: every string in a config that still carries the importer's
 * REWRITE_MARKER, named by path with the fix. `trialkit validate` fails on these and `trialkit lint`
 * reports them as errors. They are kept apart from `validateConfig` on purpose: the elements use
 * that, and a draft text must make only its own part fall back, not the whole element.
 */
import { findRewriteMarkers, REWRITE_MARKER } from './rewrite-marker.js';
import type { Problem } from './validate.js';

/** The fix for a draft text, worded for what the text is. */
export function draftTextFix(path: string): string {
  const question = /^eligibility\.questions\[\d+\]\.text(\.|$)/.test(path);
  if (path.startsWith('findings.')) {
    return `Rewrite the registry results in plain words (what the study learned, without saying the treatment is safe or works) and remove ${REWRITE_MARKER}.`;
  }
  return `Rewrite it in plain words${question ? ', as one question a patient can answer,' : ''} and remove ${REWRITE_MARKER}.`;
}

/** One problem per string (and per language) that still carries REWRITE_MARKER, in document order. */
export function draftTextProblems(config: unknown): Problem[] {
  return findRewriteMarkers(config).map((path) => ({
    path,
    message: `This text is an imported draft (registry wording) that still carries ${REWRITE_MARKER}. ${draftTextFix(path)}`,
  }));
}
