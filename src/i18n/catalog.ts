/**
 * The one catalog of built-in UI strings. Each area keeps its strings in `messages/<area>.ts`
 * (so the elements' strings can be reviewed side by side per language); keys are `area.key`.
 */
import { card } from './messages/card.js';
import { common } from './messages/common.js';

export const catalog = { common, card };

type Keys<Area extends keyof typeof catalog> = keyof (typeof catalog)[Area]['en'] & string;
export type MessageKey = { [Area in keyof typeof catalog]: `${Area}.${Keys<Area>}` }[keyof typeof catalog];
