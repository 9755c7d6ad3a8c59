import { ContextRoot } from '@lit/context';
import { takeTurn } from './render-turns.js';

const ROOT_ATTACHED = Symbol.for('trialkit.context-root');

/**
 * Registers an element unless that name is taken. A site owner may paste the snippet twice, or two
 * versions may meet on one page: the first definition wins and the page keeps working.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  attachContextRoot();
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== element) {
      console.warn(`trialkit: <${name}> is already defined (trialkit is loaded twice on this page). The first copy is used.`);
    }
    return;
  }
  // The page's elements of this tag upgrade now, in the task that defines it (for most, the one
  // that evaluated their chunk): their first renders take the next turns, not this task as well.
  if (typeof document !== 'undefined') takeTurn();
  customElements.define(name, element);
}

/**
 * Elements that upgrade before their <trial-study> is defined ask for the config too early; a
 * ContextRoot on the document replays those requests when the provider arrives.
 */
function attachContextRoot() {
  const global = globalThis as { [ROOT_ATTACHED]?: boolean };
  if (global[ROOT_ATTACHED] || typeof document === 'undefined') return;
  global[ROOT_ATTACHED] = true;
  new ContextRoot().attach(document.documentElement);
}
