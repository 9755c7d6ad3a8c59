/**
 * English: the built-in strings every other language must match, key for key. (The bundle carries
 * `common` and `card`; each element's register module adds its own area through `addEnglish`.)
 */
import { card } from './card.js';
import { common } from './common.js';
import { share } from './share.js';
import { faq } from './faq.js';
import { eligibility } from './eligibility.js';
import { notify } from './notify.js';
import { finder } from './finder.js';

export const en = { common, card, share, faq, eligibility, notify, finder };
