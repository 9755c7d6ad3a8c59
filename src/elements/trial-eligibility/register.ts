import { eligibility } from '../../i18n/en/eligibility.js';
import { addEnglish } from '../../i18n/translate.js';
import { defineElement } from '../../internal/define.js';
import { TrialEligibility } from './trial-eligibility.js';

addEnglish('eligibility', eligibility);
defineElement('trial-eligibility', TrialEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'trial-eligibility': TrialEligibility;
  }
}

export { TrialEligibility };
