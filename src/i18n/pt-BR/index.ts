import type { LanguageCatalog } from '../types.js';
import { card } from './card.js';
import { common } from './common.js';
import { share } from './share.js';
import { faq } from './faq.js';
import { eligibility } from './eligibility.js';
import { notify } from './notify.js';
import { finder } from './finder.js';

/** Portuguese as written in Brazil (`pt-BR`); also what `pt` and `pt-PT` readers get. */
export const ptBR: LanguageCatalog = { common, card, share, faq, eligibility, notify, finder };
