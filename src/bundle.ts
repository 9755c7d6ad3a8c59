/**
 * Entry of the script-tag bundle (dist/trialkit.js). <trial-study> is defined at once, so its first
 * update starts the config's download while the bundle runs; <trial-card> a task later (it has
 * nothing to show before the config is in, and its upgrade is then not part of the bundle's long
 * first task). The other elements are defined when a page first uses them, from chunks beside the
 * bundle. npm users import `trialkit` (src/index.ts), which defines everything eagerly and exports
 * the classes.
 *
 * A page from trialkit render (server-rendered elements in declarative shadow DOM) first loads
 * Lit's hydration support, a chunk, so that the elements take over their markup in place.
 */
import { TrialCard } from './elements/trial-card/trial-card.js';
import { TrialStudy } from './elements/trial-study/trial-study.js';
import { defineElement } from './internal/define.js';
import { defineWhenUsed } from './internal/define-when-used.js';
import { nextTask } from './internal/render-turns.js';

function defineAll() {
  defineElement('trial-study', TrialStudy);
  void nextTask().then(() => defineElement('trial-card', TrialCard));
  defineWhenUsed({
    'trial-eligibility': () => import('./elements/trial-eligibility/register.js'),
    'trial-faq': () => import('./elements/trial-faq/register.js'),
    'trial-share': () => import('./elements/trial-share/register.js'),
    'trial-finder': () => import('./elements/trial-finder/register.js'),
  });
}

// A module script runs after the document is parsed, so the server's markup is all there.
if (typeof document !== 'undefined' && document.querySelector('trial-study[server-rendered]')) {
  import('./internal/hydrate.js').then(defineAll, (error: unknown) =>
    // Defining the elements without it would render a second copy beside the server's: the page
    // keeps the server's markup, which reads in full (only the pre-screener and buttons wait).
    console.error(`trialkit: this page's server-rendered trial cannot come alive (${String(error)}). Upload the whole dist/ folder, chunks/ included.`),
  );
} else {
  defineAll();
}
