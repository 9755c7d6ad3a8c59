import { css } from 'lit';

export const cardStyles = css`
  .card {
    max-inline-size: var(--trial-card-max-width, none);
    background: var(--trial-card-background, var(--_bg));
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .card > * {
    margin-block: 0;
  }
  header > :last-child {
    margin-block-end: 0;
  }
  h1,
  h2 {
    font-size: 1.375em;
  }
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.0625em;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
    font-weight: 600;
    color: var(--_muted);
  }
  .status::before {
    content: '';
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: currentColor;
    flex: none;
  }
  .status-recruiting {
    color: var(--_ok);
  }
  .status-suspended,
  .status-terminated,
  .status-withdrawn {
    color: var(--_warn);
  }
  .plain-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .phases {
    color: var(--_muted);
  }
  .section {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
  }
  .section > :last-child {
    margin-block-end: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    list-style: none;
    padding: 0;
  }
  .chips li {
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: 1em;
    padding-block: 0.125em;
    padding-inline: 0.75em;
  }
  /* One grid for all rows, so every answer starts at the same column. */
  .facts {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5em 1em;
  }
  .fact {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    /* Payment is one of these rows: same size and weight as the rest (FDA guidance). */
    font-size: 1em;
    font-weight: inherit;
  }
  @container (max-inline-size: 20em) {
    .facts {
      grid-template-columns: 1fr;
      gap: 0.125em;
    }
    dd {
      margin-block-end: 0.5em;
    }
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .sort p {
    margin: 0;
  }
  .small {
    font-size: 0.9375em;
  }
  .sort-status:empty {
    display: none;
  }
  .sort-status {
    margin-block: 0.5em;
    font-weight: 600;
  }
  .sites {
    display: grid;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .site {
    display: flex;
    flex-direction: column;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    background: var(--_subtle);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .site-name {
    font-weight: 600;
  }
  .site-status.open {
    color: var(--_ok);
  }
  .site-status.closed,
  .site-distance {
    color: var(--_muted);
  }
  .site-contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .site-contact a {
    display: inline-block;
    min-block-size: 1.5em;
  }
  .show-all {
    margin-block: 0.25em;
    min-block-size: 44px;
  }
  .all-sites[hidden] {
    display: none;
  }
  details.group {
    border-block-end: 1px solid var(--_border);
  }
  details.region {
    margin-inline-start: 1em;
    border-block-end: 0;
  }
  summary {
    cursor: pointer;
    min-block-size: 44px;
    display: list-item;
    padding-block: 0.6em;
  }
  .sponsor {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin: 0;
  }
  .logo {
    max-block-size: 3em;
    max-inline-size: 10em;
    object-fit: contain;
  }
  .contact-name {
    margin-block-end: 0.5em;
  }
  :host {
    container-type: inline-size;
  }
`;
