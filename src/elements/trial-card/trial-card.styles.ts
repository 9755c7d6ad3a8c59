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
    gap: 0.375rem;
    list-style: none;
    padding: 0;
  }
  .chips li {
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-block: 0.125em;
    padding-inline: 0.75em;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.25rem 1rem;
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
  @container (max-width: 22rem) {
    .fact {
      grid-template-columns: 1fr;
    }
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
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
    margin-block: 0.5rem;
    font-weight: 600;
  }
  .sites {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .site {
    display: flex;
    flex-direction: column;
    padding: 0.5rem 0.75rem;
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
    gap: 0.25rem 1rem;
  }
  .site-contact a {
    display: inline-block;
    min-block-size: 1.5rem;
  }
  .show-all {
    margin-block: 0.25rem;
    min-block-size: 2.75rem;
  }
  .all-sites[hidden] {
    display: none;
  }
  details.group {
    border-block-end: 1px solid var(--_border);
  }
  details.region {
    margin-inline-start: 1rem;
    border-block-end: 0;
  }
  summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    display: list-item;
    padding-block: 0.6rem;
  }
  .sponsor {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin: 0;
  }
  .logo {
    max-block-size: 3rem;
    max-inline-size: 10rem;
    object-fit: contain;
  }
  .contact-name {
    margin-block-end: 0.5rem;
  }
  :host {
    container-type: inline-size;
  }
`;
