import { css } from 'lit';
import { formStyles } from '../../internal/form.styles.js';

/**
 * The questions' and the result's styles, in the flow chunk: <trial-eligibility> adds them to its
 * shadow root when the flow loads, before it shows a question, so the start screen's chunk does
 * not carry them.
 */
export const questionStyles = css`
  .sub {
    font-size: 1.125em;
  }
  .caption {
    display: block;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
    margin-block-end: 0.25em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    margin-block-end: var(--_space);
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
  }
  legend h2,
  legend h3,
  legend h4,
  legend h5,
  legend h6 {
    margin: 0;
  }
  .question.error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .number-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .or {
    margin-block: 0.25em;
  }
  input.number {
    max-inline-size: 7em;
  }
  details {
    margin-block-end: 0.75em;
  }
  summary {
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  details p {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
    margin-block-start: 0.5em;
  }
  .result > section {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-start: var(--_space);
  }
`;

/** In this order after the element's own: the GOV.UK form patterns, then the questions' layout. */
export const flowStyles = [formStyles, questionStyles];
