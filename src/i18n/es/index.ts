import type { LanguageCatalog } from '../types.js';
import { card } from './card.js';
import { common } from './common.js';

export const es: LanguageCatalog = { common, card };
