/**
 * The config's enumerations and limits, apart from the zod schema, so code that only needs a list
 * (the card's phases, the loader's size limit) does not pull the validator into the bundle.
 */

export const STATUSES = [
  'not_yet_recruiting',
  'recruiting',
  'enrolling_by_invitation',
  'active_not_recruiting',
  'suspended',
  'terminated',
  'completed',
  'withdrawn',
] as const;
export type TrialStatus = (typeof STATUSES)[number];

export const PHASES = ['early_phase1', 'phase1', 'phase2', 'phase3', 'phase4', 'not_applicable'] as const;
export type TrialPhase = (typeof PHASES)[number];

export const RANGE_NEEDS_BOUND = 'Give "min", "max" or both.';

export const QUESTION_TYPES = ['yesno', 'choice', 'multi', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const REFERRAL_FIELDS = ['name', 'email', 'phone', 'postalCode', 'bestTime', 'language'] as const;
export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/**
 * Limits that keep a config readable for patients and fast in a phone's browser. They are far above
 * what a real trial needs; a config past them is almost surely a mistake or an attack.
 */
export const LIMITS = { text: 20_000, questions: 100, locations: 10_000, faq: 200, glossary: 500, configBytes: 5_000_000 } as const;
