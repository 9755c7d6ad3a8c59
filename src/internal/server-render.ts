/**
 * What trialkit/render (src/render/) hands the elements while Lit's server renderer runs them. That
 * renderer only constructs an element, sets its properties and calls `willUpdate` and `render`
 * (no connectedCallback, no DOM, no events, no @lit/context, nothing asynchronous), so what the
 * browser would deliver later is set here, synchronously, for the duration of one render. Empty
 * in the browser.
 */
import type { renderFindings } from '../elements/trial-card/findings-section.js';
import type { StudyContext } from './study-context.js';

export interface ServerRender {
  /** What the enclosing <trial-study> would provide through context. */
  study: StudyContext;
  /** The reader's language (the <trial-study>'s `lang`). */
  lang: string;
  /** The page's origin, when known (a sponsor logo is shown only from the page's own site). */
  origin?: string;
  /** On-demand renderers an element's first render needs, loaded before rendering. */
  renderFindings?: typeof renderFindings;
}

let current: ServerRender | undefined;

/** The render in progress, if any (only ever set under Lit's server renderer). */
export function serverRender(): ServerRender | undefined {
  return current;
}

/** Runs a synchronous render with `value` as what every element reads. */
export function withServerRender<T>(value: ServerRender, render: () => T): T {
  const previous = current;
  current = value;
  try {
    return render();
  } finally {
    current = previous;
  }
}
