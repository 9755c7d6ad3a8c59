/**
 * Entry of the script-tag bundle (dist/trialkit.js). Its first module starts the downloads of the
 * page's config files; <trial-study> is defined a task after the bundle's evaluation, and
 * <trial-card> a task after that (neither has anything to show before its config is in, and their
 * upgrades are then not part of the bundle's long first task). The other elements are defined when
 * a page first uses them, from chunks beside the bundle. npm users import `trialkit` (src/index.ts), which defines everything eagerly and exports
 * the classes.
 *
 * A page from trialkit render (server-rendered elements in declarative shadow DOM) first loads
 * Lit's hydration support, a chunk, so that the elements take over their markup in place.
 */
// First: the page's config files start downloading before lit and the elements are evaluated.
import './internal/start-config-downloads.js';
import { TrialCard } from './elements/trial-card/trial-card.js';
import { TrialStudy } from './elements/trial-study/trial-study.js';
import { defineElement } from './internal/define.js';
import { defineWhenUsed } from './internal/define-when-used.js';
import { nextTask } from './internal/render-turns.js';

function defineAll() {
  // Each definition upgrades the page's elements of that tag (constructor and connect) in the task
  // that defines it: a task of their own, not the one that evaluated the bundle.
  void nextTask()
    .then(() => defineElement('trial-study', TrialStudy))
    .then(nextTask)
    .then(() => defineElement('trial-card', TrialCard));
  // The other elements' chunks are requested from the next task too: not from the bundle's
  // evaluation, which is the page's longest task (the page's first layout often shares it).
  void nextTask().then(() =>
    defineWhenUsed({
      'trial-eligibility': () => import('./elements/trial-eligibility/register.js'),
      'trial-faq': () => import('./elements/trial-faq/register.js'),
      'trial-share': () => import('./elements/trial-share/register.js'),
      'trial-finder': () => import('./elements/trial-finder/register.js'),
    }),
  );
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
