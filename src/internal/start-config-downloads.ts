/**
 * The first module the script-tag bundle evaluates (src/bundle.ts imports it first, and it imports no
 * lit): the page's config files start downloading now, while lit and the elements are evaluated.
 */
import { prefetchConfigs } from './config-source.js';

if (typeof document !== 'undefined') prefetchConfigs();
