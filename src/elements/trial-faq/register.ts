import { defineElement } from '../../internal/define.js';
import { TrialFaq } from './trial-faq.js';

defineElement('trial-faq', TrialFaq);

declare global {
  interface HTMLElementTagNameMap {
    'trial-faq': TrialFaq;
  }
}

export { TrialFaq };
