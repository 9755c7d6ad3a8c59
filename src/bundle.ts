/**
 * Entry of the script-tag bundle (dist/trialkit.js). <trial-study> and <trial-card> are defined at
 * once (study first, so cards find their provider on upgrade); the other elements are defined when
 * a page first uses them, from chunks beside the bundle. npm users import `trialkit` (src/index.ts),
 * which defines everything eagerly and exports the classes.
 */
import './elements/trial-study/register.js';
import './elements/trial-card/register.js';
import { defineWhenUsed } from './internal/define-when-used.js';

defineWhenUsed({
  'trial-eligibility': () => import('./elements/trial-eligibility/register.js'),
  'trial-faq': () => import('./elements/trial-faq/register.js'),
  'trial-share': () => import('./elements/trial-share/register.js'),
  'trial-finder': () => import('./elements/trial-finder/register.js'),
});
