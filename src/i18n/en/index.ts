/** English: the built-in strings every other language must match, key for key. Always in the bundle. */
import { card } from './card.js';
import { common } from './common.js';
import { eligibility } from './eligibility.js';

export const en = { common, card, eligibility };
