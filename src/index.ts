/**
 * Registers every trialkit element. <trial-study> is defined first, so elements inside it find
 * their provider on upgrade (a ContextRoot covers any other order).
 */
export { TrialStudy } from './elements/trial-study/register.js';
export { TrialCard } from './elements/trial-card/register.js';
export { TrialShare } from './elements/trial-share/register.js';
export { TrialFaq } from './elements/trial-faq/register.js';
export { TrialEligibility } from './elements/trial-eligibility/register.js';
export { TrialFinder } from './elements/trial-finder/register.js';
export type * from './internal/events.js';
export type { TrialConfig } from './core/schema.js';
export type { Problem } from './core/validate.js';
