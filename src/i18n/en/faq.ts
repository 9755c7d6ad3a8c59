/**
 * The transparency FAQ: questions every study should answer up front, in plain words. In two files
 * so the FAQ's first render carries only its questions; this is both, the area every other
 * language matches key for key.
 */
import { faqAnswers } from './faq-answers.js';
import { faqQuestions } from './faq-questions.js';

export const faq = { ...faqQuestions, ...faqAnswers };
