/** English: the built-in strings every other language must match, key for key. Always in the bundle. */
import { card } from './card.js';
import { common } from './common.js';
import { share } from './share.js';
import { faq } from './faq.js';

export const en = { common, card, share, faq };
