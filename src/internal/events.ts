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

export type EligibilityOutcome = 'likely' | 'unsure' | 'unlikely';

export interface EligibilityStartDetail {
  trialId: string;
}

export interface EligibilityStepDetail {
  trialId: string;
  /** The id of the question now shown (never the answer). */
  questionId: string;
  /** 1-based position of the question among those that can still be shown. */
  index: number;
  total: number;
}

export interface EligibilityCompleteDetail {
  trialId: string;
  outcome: EligibilityOutcome;
  /** Ids of the questions whose answers ruled the person out (unlikely) or were unsure. */
  reasons: string[];
}

export interface ReferralDetail {
  trialId: string;
  status: 'sent' | 'failed';
}

export interface FaqOpenDetail {
  trialId: string;
  /** The topic or FAQ item id that was opened. */
  topic: string;
}

export interface FaqFeedbackDetail {
  trialId: string;
  topic: string;
  helpful: boolean;
}

export interface ShareDetail {
  trialId: string;
  /** The network or action: `native`, `copy`, `qr`, `email`, `whatsapp`, … or a custom target id. */
  network: string;
}

export interface ContactDetail {
  trialId: string;
  /** How the person chose to get in touch (never what they wrote). */
  channel: 'phone' | 'email' | 'website';
}

export interface FindingsNotifyDetail {
  trialId: string;
  /** Whether the "tell me when results are out" sign-up reached the endpoint (never the email). */
  status: 'sent' | 'failed';
}

export interface FinderSearchDetail {
  /** How many studies match now. */
  count: number;
  /** The names of the filters in use (`words`, `near`, `age`, …), never their values. */
  filters: string[];
}

export interface FinderOpenDetail {
  trialId: string;
  /** 1-based place of the study in the list, or 0 when it was opened from a link. */
  position: number;
}

export interface TrialEventDetails {
  'trial-ready': TrialReadyDetail;
  'trial-error': TrialErrorDetail;
  'trial-eligibility-start': EligibilityStartDetail;
  'trial-eligibility-step': EligibilityStepDetail;
  'trial-eligibility-complete': EligibilityCompleteDetail;
  'trial-referral': ReferralDetail;
  'trial-faq-open': FaqOpenDetail;
  'trial-faq-feedback': FaqFeedbackDetail;
  'trial-share': ShareDetail;
  'trial-contact': ContactDetail;
  'trial-findings-notify': FindingsNotifyDetail;
  'trial-finder-search': FinderSearchDetail;
  'trial-finder-open': FinderOpenDetail;
}

/** Every event name, for code that listens to all of them (analytics adapters, the funnel demo). */
export const TRIAL_EVENT_NAMES = [
  'trial-ready',
  'trial-error',
  'trial-eligibility-start',
  'trial-eligibility-step',
  'trial-eligibility-complete',
  'trial-referral',
  'trial-faq-open',
  'trial-faq-feedback',
  'trial-share',
  'trial-contact',
  'trial-findings-notify',
  'trial-finder-search',
  'trial-finder-open',
] as const satisfies readonly (keyof TrialEventDetails)[];

export type TrialEventName = keyof TrialEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'trial-ready': CustomEvent<TrialReadyDetail>;
    'trial-error': CustomEvent<TrialErrorDetail>;
    'trial-eligibility-start': CustomEvent<EligibilityStartDetail>;
    'trial-eligibility-step': CustomEvent<EligibilityStepDetail>;
    'trial-eligibility-complete': CustomEvent<EligibilityCompleteDetail>;
    'trial-referral': CustomEvent<ReferralDetail>;
    'trial-faq-open': CustomEvent<FaqOpenDetail>;
    'trial-faq-feedback': CustomEvent<FaqFeedbackDetail>;
    'trial-share': CustomEvent<ShareDetail>;
    'trial-contact': CustomEvent<ContactDetail>;
    'trial-findings-notify': CustomEvent<FindingsNotifyDetail>;
    'trial-finder-search': CustomEvent<FinderSearchDetail>;
    'trial-finder-open': CustomEvent<FinderOpenDetail>;
  }
}

/** The one way trialkit elements dispatch events. */
export function emit<Name extends TrialEventName>(target: EventTarget, name: Name, detail: TrialEventDetails[Name]): CustomEvent<TrialEventDetails[Name]> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
  target.dispatchEvent(event);
  return event;
}
