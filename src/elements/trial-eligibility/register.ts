import { defineElement } from '../../internal/define.js';
import { TrialEligibility } from './trial-eligibility.js';

defineElement('trial-eligibility', TrialEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'trial-eligibility': TrialEligibility;
  }
}

export { TrialEligibility };
