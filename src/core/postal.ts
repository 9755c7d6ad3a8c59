/**
 * Postal codes → a position, for the finder's "where are you" filter, from tables trialkit ships
 * (`dist/postal/<chunk>.json`, written at build time by scripts/build-postal.mjs). A table is split
 * into chunks so a look-up fetches a small part of it; the element fetches the chunk named by
 * `postalChunkName` from the same place as the bundle, only when a person first enters a code,
 * and the code itself never leaves the browser (the file name holds only its first digit).
 *
 * A position from a table is the code's centre, not the person's address: the finder says so.
 * To add a country: a normalizer and a chunk rule in COUNTRIES, and its table in the build script.
 */
import type { GeoPoint } from './locations.js';

/** One chunk of a country's table, as the build writes it. */
export interface PostalTable {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** What a point stands for, in words: "ZIP code centre" (never an address). */
  precision: string;
  /** Where the data comes from, for the README and the curious. */
  source?: string;
  /** Normalized code → [latitude, longitude]. */
  codes: Record<string, [number, number]>;
}

interface PostalCountry {
  /** The code as the table keys it, or undefined when it cannot be one of this country's codes. */
  normalize: (code: string) => string | undefined;
  /** The chunk a normalized code is in. */
  chunk: (normalized: string) => string;
}

/** Digits as ASCII: Arabic-Indic, Persian and full-width digits are what many phone keyboards type. */
const asciiDigits = (text: string) => text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) & 0xf));

const COUNTRIES: Record<string, PostalCountry> = {
  // ZIP, or ZIP+4 ("98101-1234", "98101 1234", "981011234"): the table keys the 5-digit ZIP.
  US: {
    normalize: (code) => /^(\d{5})(?:[-\s]?\d{4})?$/.exec(asciiDigits(code.trim()))?.[1],
    chunk: (zip) => `US-${zip[0]}`,
  },
};

/** The countries trialkit has a postal-code table for. */
export const POSTAL_COUNTRIES: readonly string[] = Object.keys(COUNTRIES);

const countryOf = (country: string) => COUNTRIES[country.trim().toUpperCase()];

/** Whether trialkit can look up postal codes of `country` (ISO 3166-1 alpha-2, any case). */
export function hasPostalTable(country: string): boolean {
  return countryOf(country) !== undefined;
}

/** The code as the country's table keys it; undefined when it cannot be a code of that country (or no table). */
export function normalizePostalCode(code: string, country: string): string | undefined {
  return countryOf(country)?.normalize(code);
}

/**
 * The name of the chunk that holds `code` ("US-9" for 98101), or undefined when the code is not
 * one of the country's or there is no table. The file is `postal/<name>.json` beside trialkit.js.
 */
export function postalChunkName(code: string, country: string): string | undefined {
  const rules = countryOf(country);
  const normalized = rules?.normalize(code);
  return normalized === undefined ? undefined : rules!.chunk(normalized);
}

/** The chunk's file, relative to the folder that holds trialkit.js: "postal/US-9.json". */
export function postalChunkPath(code: string, country: string): string | undefined {
  const name = postalChunkName(code, country);
  return name && `postal/${name}.json`;
}

/** Whether a fetched value is a postal table (a file from elsewhere must not break the finder). */
export function isPostalTable(value: unknown): value is PostalTable {
  if (!value || typeof value !== 'object') return false;
  const table = value as Partial<PostalTable>;
  return typeof table.country === 'string' && typeof table.precision === 'string' && !!table.codes && typeof table.codes === 'object' && !Array.isArray(table.codes);
}

/** The position of `code` in a table (or chunk) of its country; undefined when it is not there. */
export function lookupInTable(table: PostalTable, code: string): GeoPoint | undefined {
  const normalized = normalizePostalCode(code, table.country);
  if (normalized === undefined || !Object.hasOwn(table.codes, normalized)) return undefined;
  const point = table.codes[normalized];
  if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number') return undefined;
  return { lat: point[0], lon: point[1] };
}
