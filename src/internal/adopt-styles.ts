import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds an on-demand chunk's styles after an element's own, once per shadow root: the parts a
 * first screen does not show (the pre-screener's questions, the FAQ's answers) bring their styles
 * with them. Nothing on a server render, which has no shadow root yet.
 */
export function adoptMoreStyles(root: Node | undefined, styles: readonly CSSResult[]): void {
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return;
  const done = adopted.get(root) ?? new Set<CSSResult>();
  adopted.set(root, done);
  const fresh = styles.filter((style) => !done.has(style));
  if (!fresh.length) return;
  fresh.forEach((style) => done.add(style));
  // Where adoptedStyleSheets is missing, lit's adoptStyles appends <style> elements instead of replacing.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, ...fresh] : fresh);
}
