/**
 * What the study found (`findings` in PRODUCT.md): which of its parts may be shown. One place for
 * it, used by the card, the FAQ's results topic and the review packet, so they never disagree.
 * Pure and DOM-free.
 */
import { carriesRewriteMarker } from './rewrite-marker.js';
import type { TrialConfig } from './schema.js';
import { safeHref } from './safe-url.js';
import { studyHasEnded } from './study-status.js';
// One date wording for the card's findings, the FAQ and the packet.
export { formatIsoDate } from './localize.js';

export type Findings = NonNullable<TrialConfig['findings']>;

/** The findings a patient may read: an imported draft summary (still marked for rewrite) is left out. */
export interface ShownFindings {
  summary?: Findings['summary'];
  url?: string;
  postedOn?: string;
}

/** The parts of `findings` that say what the study found, or undefined when there are none. */
export function publishedFindings(config: TrialConfig): ShownFindings | undefined {
  const findings = config.findings;
  if (!findings) return undefined;
  const summary = findings.summary && !carriesRewriteMarker(findings.summary) ? findings.summary : undefined;
  const url = safeHref(findings.url);
  if (!summary && !url) return undefined;
  return { ...(summary ? { summary } : {}), ...(url ? { url } : {}), ...(findings.postedOn ? { postedOn: findings.postedOn } : {}) };
}

/**
 * Whether to say "The results have not been published yet": a study that has finished (or stopped
 * early) without findings, or any study that offers to tell people when its results are out.
 */
export function resultsPending(config: TrialConfig): boolean {
  if (publishedFindings(config)) return false;
  return studyHasEnded(config.status) || !!config.findings?.notify;
}
