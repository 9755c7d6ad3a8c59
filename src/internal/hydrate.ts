/**
 * Lit's hydration support, for pages that hold markup from trialkit/render (a chunk: no other page
 * downloads it). It must patch LitElement before any trialkit element is defined, so that each
 * element takes over its declarative shadow root instead of rendering a second copy into it.
 */
import './hydrate-probe.js'; // first: notes whether the page installed the support before lit loaded
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Install = (classes: { LitElement: typeof LitElement }) => void;
const global = globalThis as { litElementHydrateSupport?: Install; trialkitHydration?: 'page' | 'trialkit' };

// Lit calls the support itself when it was there before lit loaded; patching twice would render twice.
if (!global.trialkitHydration) {
  global.trialkitHydration = 'trialkit';
  global.litElementHydrateSupport?.({ LitElement });
}
