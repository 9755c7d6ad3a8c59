import { css } from 'lit';

/** A term reads as a word in its sentence (dotted underline); its definition, as a calm note after that sentence. */
export const glossaryStyles = css`
  .term { display: inline; padding: 0; border: 0; background: none; font: inherit; color: inherit; text-align: inherit; text-decoration: underline dotted; text-underline-offset: 0.2em; cursor: help; }
  /* The term and the punctuation after it ("placebo.") never part at a line end. */
  .term-group { white-space: nowrap; }
  .term-group .term { white-space: normal; }
  .term-definition:not(:empty) { display: block; margin-block: 0.375rem; padding: 0.375rem 0.75rem; border-inline-start: 0.25rem solid var(--_accent); background: var(--_subtle); }
`;
