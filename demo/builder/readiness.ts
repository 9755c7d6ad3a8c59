/**
 * Readiness: whether a snippet may go to patients. One answer, from the schema problems, the
 * linter's must-fix findings, every text still marked [REWRITE] and every development address.
 * Pure and DOM-free.
 */
import type { LintFinding } from '../../src/tooling/lint.js';
import { findRewriteMarkers, REWRITE_MARKER } from '../../src/core/rewrite-marker.js';

export interface MustFix {
  path: string;
  message: string;
}

export type Readiness =
  /** The JSON cannot be read, or the config breaks the schema: nothing can be previewed or copied. */
  | { state: 'invalid'; mustFix: MustFix[] }
  /** The config works (it can be previewed) but is not ready for patients. */
  | { state: 'draft'; mustFix: MustFix[] }
  | { state: 'ready'; mustFix: [] };

/**
 * The validator speaks to config authors ("Add it (text in quotes)"); beside a form field, a person
 * who never saw JSON needs only what to do.
 */
export function plainProblem(message: string): string {
  if (/^"[^"]+" is required\. Use one of/.test(message)) return 'Required: choose one.';
  if (/^"[^"]+" is required\./.test(message)) return 'Required: fill this in.';
  return message;
}

/** Linter warnings that still stop publishing: patients cannot reach a localhost address. */
const BLOCKING_WARNINGS = new Set(['dev-link']);

export function readinessOf(config: unknown, valid: boolean, findings: readonly LintFinding[]): Readiness {
  const seen = new Set<string>();
  const mustFix: MustFix[] = [];
  const add = (path: string, message: string) => {
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    mustFix.push({ path, message });
  };
  for (const finding of findings) {
    if (finding.severity === 'error' || BLOCKING_WARNINGS.has(finding.code)) {
      add(finding.path, finding.code === 'schema' ? plainProblem(finding.message) : `${finding.message} ${finding.fix}`);
    }
  }
  // The linter only reads patient texts; a marker anywhere else (an option value, a FAQ id) stops publishing too.
  const draftPaths = new Set(findings.filter((f) => f.code === 'draft-text').map((f) => f.path));
  for (const path of findRewriteMarkers(config)) {
    if (path === '$schema' || draftPaths.has(path)) continue;
    add(path, `This text still starts with ${REWRITE_MARKER}: rewrite it in plain words, then remove ${REWRITE_MARKER}.`);
  }
  if (!valid) return { state: 'invalid', mustFix };
  return mustFix.length ? { state: 'draft', mustFix } : { state: 'ready', mustFix: [] };
}
