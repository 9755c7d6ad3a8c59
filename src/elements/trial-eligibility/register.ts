import { eligibilityStart } from '../../i18n/en/eligibility-start.js';
import { addEnglish } from '../../i18n/translate.js';
import { defineElement } from '../../internal/define.js';
import { TrialEligibility } from './trial-eligibility.js';

// The start and closed screens' English; the flow and referral chunks bring the rest of theirs.
addEnglish('eligibility', eligibilityStart);
defineElement('trial-eligibility', TrialEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'trial-eligibility': TrialEligibility;
  }
}

export { TrialEligibility };
