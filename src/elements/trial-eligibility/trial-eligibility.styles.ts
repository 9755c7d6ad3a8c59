import { css } from 'lit';

/**
 * What the pre-screener's first screen needs (the start screen, or "not taking volunteers"). The
 * questions' and the result's own styles come with the flow chunk (flow.styles.ts).
 */
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
  .notice {
    border-inline-start: 5px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    margin-block-start: var(--_space);
  }
`;
