import { css } from 'lit';

/** A collapsed FAQ: title, toolbar and questions. The answers' own styles come with them (answers.styles.ts). */
// (Comments here are JavaScript's: comments inside css`` ship in the chunk; the one marker left is
// the one test/node/rtl-build.test.mjs reads.) The chevron after each question is drawn with
// borders: no icon font, no image request; its borders are physical on purpose, so it points down
// (up when open) in both directions.
export const faqStyles = css`
  h1, h2, h3, h4, h5, h6 { font-size: 1.0625em; margin: 0; }
  [part='title'] { font-size: 1.25em; margin-block-end: 0.75rem; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: end; gap: 0.75rem; margin-block-end: 0.75rem; }
  label { display: grid; gap: 0.25rem; flex: 1 1 14rem; font-weight: 600; }
  input { font: inherit; min-block-size: 2.75rem; padding-inline: 0.75rem; border: 2px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); }
  .count:empty, [hidden] { display: none !important; }
  .count, .trigger { font-weight: 600; }
  .item { border-block-start: 1px solid var(--_border); }
  .trigger { scroll-margin-block: 1rem; display: flex; align-items: center; justify-content: space-between; gap: 0.75rem; inline-size: 100%; min-block-size: 2.75rem; padding-block: 0.75rem; padding-inline: 0; border: 0; background: none; color: inherit; font: inherit; text-align: start; cursor: pointer; }
  .trigger:hover { text-decoration: underline; }
  .trigger::after { content: ''; flex: none; inline-size: 0.5em; block-size: 0.5em; margin-inline-end: 0.25em; border: solid currentColor; border-width: 0 2px 2px 0; transform: rotate(45deg); } /* physical on purpose */
  [aria-expanded='true']::after { transform: rotate(-135deg); }
  .answer { padding-block-end: 0.75rem; }
  .actions { margin-block-end: 0.75rem; }
`;
