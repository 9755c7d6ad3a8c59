import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/**
 * Headings at a level the host page chooses (`heading-level`), so the widget fits the page's
 * outline. The tag is built only from a number clamped to 1–6, never from config text.
 */
export function headingTag(level: number): StaticValue {
  const clamped = Math.min(6, Math.max(1, Math.round(level) || 2));
  return unsafeStatic(`h${clamped}`);
}

export function heading(level: number, content: unknown, id?: string, part?: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} id=${id ?? nothing} part=${part ?? nothing}>${content}</${tag}>`;
}
