import { css } from 'lit';

/** The finder's layout (its controls share formStyles): filters above the list on a phone, beside it when the finder is 48rem wide or more. */
export const finderStyles = css`
  .root {
    container-type: inline-size;
  }
  .title {
    margin-block: 0 var(--_space);
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  @container (min-inline-size: 48rem) {
    .layout {
      grid-template-columns: minmax(16rem, 1fr) 2fr;
      align-items: start;
    }
  }
  .filters > summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  .filters > summary::marker,
  .filters > summary::-webkit-details-marker {
    display: none;
  }
  .filters > summary::before {
    content: '▸';
    margin-inline-end: 0.5em;
  }
  .filters[open] > summary::before {
    content: '▾';
  }
  [dir='rtl'] .filters:not([open]) > summary::before {
    content: '◂';
  }
  .filters-heading {
    display: inline;
    margin: 0;
    font-size: 1.125em;
    text-decoration: underline;
  }
  .filters[open] > summary {
    margin-block-end: 0.5em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin-block: 0 var(--_space);
    margin-inline: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
  }
  .field {
    margin-block-end: var(--_space);
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    margin-block: 0.25em;
  }
  .place-status:empty {
    display: none;
  }
  input.number,
  input.postal {
    max-inline-size: 8em;
  }
  .inline-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .question {
    margin-block-end: var(--_space);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    margin-block: var(--_space);
  }
  .count {
    font-weight: 700;
    font-size: 1.25em;
    margin-block: 0 var(--_space);
  }
  .results-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .result {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space);
  }
  .result p {
    margin-block: 0.25em;
  }
  .result-title {
    margin-block: 0 0.25em;
    font-size: 1.125em;
  }
  .result-title a {
    color: var(--_accent);
  }
  .status-open {
    color: var(--_ok);
    font-weight: 600;
  }
  .status-not_yet,
  .status-invitation {
    color: var(--_warn);
    font-weight: 600;
  }
  .match {
    border-inline-start: 5px solid var(--_border);
    padding-inline-start: 0.75rem;
    margin-block-start: 0.5em;
  }
  .match-likely {
    border-color: var(--_ok);
  }
  .match-unsure {
    border-color: var(--_accent);
  }
  .match-unlikely {
    border-color: var(--_warn);
  }
  .opened-trial {
    display: grid;
    gap: var(--_space);
  }
  .opened-trial:focus {
    outline: none;
  }
  .back-row {
    margin-block-start: 0;
  }
  .list[hidden] {
    display: none;
  }
`;
