import { faqQuestions } from '../../i18n/en/faq-questions.js';
import { addEnglish } from '../../i18n/translate.js';
import { defineElement } from '../../internal/define.js';
import { TrialFaq } from './trial-faq.js';

// The collapsed FAQ's English; the answers chunk brings the rest of it.
addEnglish('faq', faqQuestions);
defineElement('trial-faq', TrialFaq);

declare global {
  interface HTMLElementTagNameMap {
    'trial-faq': TrialFaq;
  }
}

export { TrialFaq };
