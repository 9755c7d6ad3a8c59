import { css } from 'lit';

export const eligibilityStyles = css`
  .root {
    --_error: var(--trial-color-error, #b42318);
  }
  .theme-dark {
    --_error: var(--trial-dark-color-error, #ffa198);
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      --_error: var(--trial-dark-color-error, #ffa198);
    }
  }
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
  /*
   * GOV.UK's radio and checkbox layout: the control sits in a 44 × 44 px box (all of it a target,
   * being part of the label) beside the first line of the label, with a clear gap, so a label of
   * several lines never touches it. px, not rem: a host page's small root font must not shrink it.
   */
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    cursor: pointer;
  }
  .option .box {
    display: flex;
    align-items: center;
    justify-content: center;
    flex: none;
    inline-size: 44px;
    block-size: 44px;
    margin-inline-start: -10px;
  }
  .option .label {
    /* The first line of the label centred on the box: (44px - one line) / 2 above it. */
    padding-block: calc((44px - 1.5em) / 2);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
    cursor: pointer;
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
  .field {
    margin-block-end: var(--_space);
  }
  .field label:not(.option),
  .hint {
    display: block;
  }
  .hint {
    color: var(--_muted);
  }
  input.text {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 2px solid var(--_fg);
    border-radius: 0.25rem;
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    inline-size: 100%;
    max-inline-size: 22rem;
  }
  input.number {
    max-inline-size: 7em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: 0.75rem;
    margin-block-end: var(--_space);
  }
  .error-summary ul {
    margin: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
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
