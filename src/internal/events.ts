/**
 * Every event trialkit dispatches: `trial-*` names, bubbling and composed (they cross shadow
 * roots), with typed details that never carry answers or personal data.
 */
import type { Problem } from '../core/validate.js';

export interface TrialReadyDetail {
  /** The trial config's `id`. */
  trialId: string;
}

export interface TrialErrorDetail {
  /** Every problem found, by path, with how to fix it. */
  problems: Problem[];
}

export interface TrialEventDetails {
  'trial-ready': TrialReadyDetail;
  'trial-error': TrialErrorDetail;
}

export type TrialEventName = keyof TrialEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'trial-ready': CustomEvent<TrialReadyDetail>;
    'trial-error': CustomEvent<TrialErrorDetail>;
  }
}

/** The one way trialkit elements dispatch events. */
export function emit<Name extends TrialEventName>(
  target: EventTarget,
  name: Name,
  detail: TrialEventDetails[Name],
): CustomEvent<TrialEventDetails[Name]> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
  target.dispatchEvent(event);
  return event;
}
