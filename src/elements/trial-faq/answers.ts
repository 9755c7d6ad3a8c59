/**
 * The FAQ's answers: built from the config (core/faq-topics.ts) and rendered, with "Was this
 * helpful?" under an answer opened on its own. Its own chunk: <trial-faq> loads it right after its
 * first render (collapsed questions show no answer), or before that render when a question is open
 * from the start. It never imports the element.
 */
import { html, nothing } from 'lit';
import { faqAnswer, type FaqEntry, type FaqItem, type FaqOptions, type FaqText } from '../../core/faq-topics.js';
import type { TrialConfig } from '../../core/schema.js';
import { faqAnswers } from '../../i18n/en/faq-answers.js';
import { addEnglish, type Translate } from '../../i18n/translate.js';
export { answerStyles } from './answers.styles.js';

// The answers' English comes with them (other languages' chunks hold the whole area).
addEnglish('faq', faqAnswers);

/** The outline's questions, each with its answer. */
export function withAnswers(config: TrialConfig, entries: FaqEntry[], options: Pick<FaqOptions, 'lang' | 't'>): FaqItem[] {
  return entries.map((entry) => ({ ...entry, answer: faqAnswer(config, entry, options) }));
}

/** What an answer needs from its element. */
export interface AnswerHost {
  readonly t: Translate;
  /** Config text (marked with its language when it fell back); `glossary` names the section whose terms are explained. */
  text(value: FaqText, glossary?: string): unknown;
  /** The study's call, email and website actions. */
  contactActions(): unknown;
}

/** An answer's blocks: paragraphs, facts, links and the contact actions. */
export function renderAnswer(host: AnswerHost, item: FaqItem): unknown[] {
  const { t } = host;
  const { id } = item;
  return item.answer.map((block, index) =>
    block.kind === 'p'
      ? html`<p class=${item.missing && !index ? 'missing' : ''}>${host.text(block, id)}</p>`
      : block.kind === 'facts'
        ? html`<dl>${block.items.map(([label, value]) => html`<dt>${label}</dt><dd>${host.text(value, id)}</dd>`)}</dl>`
        : block.kind === 'links'
          ? html`<ul>${block.items.map(([href, label]) => html`<li><a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${t('common.newTab')}</span></a></li>`)}</ul>`
          : host.contactActions(),
  );
}

/** One quiet line under an answer the person opened on its own; "Thank you" once they answered. */
export function renderFeedback(t: Translate, id: string, state: { answered: boolean; ask: boolean }, give: (helpful: boolean) => void) {
  if (state.answered) return html`<p class="feedback" part="feedback" id="thanks-${id}" tabindex="-1">${t('faq.thanks')}</p>`;
  if (!state.ask) return nothing;
  return html`<div class="feedback" part="feedback" role="group" aria-labelledby="helpful-${id}">
    <span id="helpful-${id}">${t('faq.helpful')}</span>
    <button type="button" class="feedback-button" part="feedback-button" @click=${() => give(true)}>${t('faq.yes')}</button>
    <button type="button" class="feedback-button" part="feedback-button" @click=${() => give(false)}>${t('faq.no')}</button>
  </div>`;
}
