import { defineElement } from '../../internal/define.js';
import { TrialStudy } from './trial-study.js';

defineElement('trial-study', TrialStudy);

declare global {
  interface HTMLElementTagNameMap {
    'trial-study': TrialStudy;
  }
}

export { TrialStudy };
