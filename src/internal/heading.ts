import { html, nothing, type TemplateResult } from 'lit';

/** The levels a host page may give an element's title heading; its sections are one below (2–6). */
export const TITLE_LEVEL_MIN = 1;
export const TITLE_LEVEL_MAX = 5;

/**
 * The one heading-level rule of every element (`heading-level`): the title at 1–5 (a number
 * outside is brought to the nearest end, anything else gives `fallback`), sections one below, so
 * no heading is ever deeper than h6.
 */
export function headingLevels(requested: unknown, fallback = 2): { title: number; section: number } {
  const number = typeof requested === 'string' && requested.trim() !== '' ? Number(requested) : requested;
  const level = typeof number === 'number' && Number.isFinite(number) ? Math.round(number) : fallback;
  const title = Math.min(TITLE_LEVEL_MAX, Math.max(TITLE_LEVEL_MIN, level));
  return { title, section: title + 1 };
}

/** What a heading may carry besides its content. */
export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
  /** `-1` for a heading that takes focus (a new step). */
  tabindex?: string;
}

/**
 * One template per level (lit's static-html would do it with one, at 0.1 KB gzip more in the eager
 * bundle). The level is a number clamped to 1–6, never config text.
 */
const LEVELS = [
  (a: HeadingAttributes, c: unknown) =>
    html`<h1 id=${a.id ?? nothing} class=${a.class ?? nothing} part=${a.part ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h1>`,
  (a: HeadingAttributes, c: unknown) =>
    html`<h2 id=${a.id ?? nothing} class=${a.class ?? nothing} part=${a.part ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h2>`,
  (a: HeadingAttributes, c: unknown) =>
    html`<h3 id=${a.id ?? nothing} class=${a.class ?? nothing} part=${a.part ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h3>`,
  (a: HeadingAttributes, c: unknown) =>
    html`<h4 id=${a.id ?? nothing} class=${a.class ?? nothing} part=${a.part ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h4>`,
  (a: HeadingAttributes, c: unknown) =>
    html`<h5 id=${a.id ?? nothing} class=${a.class ?? nothing} part=${a.part ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h5>`,
  (a: HeadingAttributes, c: unknown) =>
    html`<h6 id=${a.id ?? nothing} class=${a.class ?? nothing} part=${a.part ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h6>`,
];

/** A heading at a level the host page chooses, so the widget fits the page's outline. */
export function heading(level: number, content: unknown, id?: string, part?: string, more: HeadingAttributes = {}): TemplateResult {
  const clamped = Math.min(6, Math.max(1, Math.round(level) || 2));
  return LEVELS[clamped - 1]!({ id, part, ...more }, content);
}
