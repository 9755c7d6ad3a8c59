import { css } from 'lit';

/**
 * GOV.UK form patterns shared by every form trialkit shows (the pre-screener, its referral and the
 * results sign-up): the error colour, fields and hints, text inputs, the 44 px radio and checkbox
 * layout, inline error messages and the error summary. Each form's chunk carries them, so pages
 * without a form never do.
 */
export const formStyles = css`
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
  .field.error {
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
  input.text,
  select.select {
    box-sizing: border-box;
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
`;
