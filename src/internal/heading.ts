import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';

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

/**
 * Headings at a level the host page chooses, so the widget fits the page's outline. The tag is
 * built only from a number clamped to 1–6, never from config text.
 */
export function headingTag(level: number): StaticValue {
  const clamped = Math.min(6, Math.max(1, Math.round(level) || 2));
  return unsafeStatic(`h${clamped}`);
}

export function heading(level: number, content: unknown, id?: string, part?: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} id=${id ?? nothing} part=${part ?? nothing}>${content}</${tag}>`;
}
