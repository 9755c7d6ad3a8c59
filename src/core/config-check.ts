/**
 * The quick check before the first paint: it vouches for a valid config with the code generated
 * from the zod schema (config-check.generated.ts) and the cross-field rules, without loading zod.
 * When it cannot vouch, the full validator (validate.ts: zod and the messages) decides and explains,
 * so the answer is always the full validator's: this only makes the common case fast.
 */
import { NO, strings } from './config-check-parts.js';
import { checkTrialConfig } from './config-check.generated.js';
import { crossCheck } from './cross-check.js';
import { noteMarkerFree } from './rewrite-marker.js';
import type { TrialConfig } from './schema.js';

/** The config as `validateConfig` would return it when it is valid; undefined means "ask validateConfig". */
export function vouchForConfig(input: unknown): TrialConfig | undefined {
  try {
    strings.marked = false;
    const config = checkTrialConfig(input);
    if (config === NO || crossCheck(input as Record<string, unknown>).length) return undefined;
    // Every string of the config went through the check: without a marker, no element walks it again.
    if (!strings.marked) noteMarkerFree(config as object);
    return config as TrialConfig;
  } catch {
    // A throwing getter or a proxy: the full validator says what went wrong.
    return undefined;
  }
}
