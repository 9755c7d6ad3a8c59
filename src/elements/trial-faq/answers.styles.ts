import { css } from 'lit';

/**
 * The answers' styles, in the answers chunk: <trial-faq> adds them to its shadow root before it
 * shows an answer.
 */
// "Was this helpful?" is a quiet aside, not a second answer: small, muted, one line on a phone; its
// buttons are at least 24 × 24 px (WCAG 2.2 target size), with room around them.
export const answerStyles = css`
  dt { font-weight: 600; }
  dd { margin: 0; margin-block-end: 0.5rem; }
  .missing { font-style: italic; }
  .feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; margin: 0; font-size: 0.875em; line-height: 1.3; color: var(--_muted); }
  .feedback-button { min-block-size: 32px; min-inline-size: 44px; padding-block: 0.125rem; padding-inline: 0.625rem; border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); background: none; color: var(--_accent); font: inherit; cursor: pointer; }
  .feedback-button:hover { text-decoration: underline; border-color: currentColor; }
  @media (forced-colors: active) { .feedback-button { border-color: ButtonText; color: ButtonText; } }
`;
