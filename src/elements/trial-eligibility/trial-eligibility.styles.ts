import { css } from 'lit';

/** The pre-screener's own layout; its form controls share `formStyles` (internal/form.styles.ts). */

export const eligibilityStyles = css`
  .screen {
    max-inline-size: var(--trial-eligibility-max-width, 40rem);
  }
  .screen > :last-child,
  section > :last-child {
    margin-block-end: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.375em;
  }
  .step {
    margin-block-start: 0;
  }
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
  .notice {
    border-inline-start: 5px solid var(--_accent);
    padding-inline-start: 0.75rem;
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
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    margin-block-start: var(--_space);
  }
  .result > section {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-start: var(--_space);
  }
  .sites {
    list-style: none;
    padding: 0;
  }
  .sites li {
    padding-block: 0.25rem;
  }
`;
