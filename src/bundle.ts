/**
 * Entry of the script-tag bundle (dist/trialkit.js). <trial-study> is defined at once, so its first
 * update starts the config's download while the bundle runs; <trial-card> a task later (it has
 * nothing to show before the config is in, and its upgrade is then not part of the bundle's long
 * first task). The other elements are defined when a page first uses them, from chunks beside the
 * bundle. npm users import `trialkit` (src/index.ts), which defines everything eagerly and exports
 * the classes.
 */
import './elements/trial-study/register.js';
import { TrialCard } from './elements/trial-card/trial-card.js';
import { defineElement } from './internal/define.js';
import { defineWhenUsed } from './internal/define-when-used.js';
import { nextTask } from './internal/render-turns.js';

void nextTask().then(() => defineElement('trial-card', TrialCard));

defineWhenUsed({
  'trial-eligibility': () => import('./elements/trial-eligibility/register.js'),
  'trial-faq': () => import('./elements/trial-faq/register.js'),
  'trial-share': () => import('./elements/trial-share/register.js'),
  'trial-finder': () => import('./elements/trial-finder/register.js'),
});
