import { faq } from '../../i18n/en/faq.js';
import { addEnglish } from '../../i18n/translate.js';
import { defineElement } from '../../internal/define.js';
import { TrialFaq } from './trial-faq.js';

addEnglish('faq', faq);
defineElement('trial-faq', TrialFaq);

declare global {
  interface HTMLElementTagNameMap {
    'trial-faq': TrialFaq;
  }
}

export { TrialFaq };
