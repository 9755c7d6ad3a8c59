/** Guards for reading untrusted JSON (configs, registry records) without throwing. */

export type JsonObject = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value if it is a list, else an empty one. */
export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
