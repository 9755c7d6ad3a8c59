/**
 * The pre-screener's English, in three files so each chunk carries only what it shows: the start and
 * closed screens (the element's chunk), the questions and result (the flow's chunk) and the referral
 * form (its own chunk). This is all three: the area every other language matches key for key.
 */
import { eligibilityFlow } from './eligibility-flow.js';
import { eligibilityReferral } from './eligibility-referral.js';
import { eligibilityStart } from './eligibility-start.js';

export const eligibility = { ...eligibilityStart, ...eligibilityFlow, ...eligibilityReferral };
