/**
 * Postal code → position, from trialkit's own tables (`postal/<chunk>.json` beside trialkit.js),
 * fetched the first time a person enters a code. The file name holds only the code's first digit,
 * so the code itself never leaves the browser. The chunk naming and the look-up are the core's.
 */
import type { GeoPoint } from '../../core/locations.js';
import { isPostalTable, lookupInTable, postalChunkPath, type PostalTable } from '../../core/postal.js';

/**
 * The folder that holds `postal/`: where trialkit.js is. This module sits in `chunks/` in the
 * script-tag build, in `npm/elements/trial-finder/` in the npm build, and in `src/…` when a dev
 * server runs the sources (the tables are then in `dist/`, from `npm run build`).
 */
export function defaultPostalBase(moduleUrl: string = import.meta.url): string {
  if (/\/chunks\/[^/]+$/.test(moduleUrl)) return new URL('../', moduleUrl).href;
  if (/\/npm\/elements\/trial-finder\/[^/]+$/.test(moduleUrl)) return new URL('../../../', moduleUrl).href;
  return new URL('../../../dist/', moduleUrl).href;
}

const tables = new Map<string, Promise<PostalTable>>();

function loadTable(url: string): Promise<PostalTable> {
  let table = tables.get(url);
  if (!table) {
    table = fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const value: unknown = await response.json();
      if (!isPostalTable(value)) throw new Error(`${url} is not a trialkit postal table`);
      return value;
    });
    // A failed load may be tried again (the network may come back).
    table.catch(() => tables.delete(url));
    tables.set(url, table);
  }
  return table;
}

/**
 * The centre of the code's area, or undefined when it is not a code of that country, the country
 * has no table, or the table does not have it. Rejects when the table cannot be loaded.
 */
export async function lookupPostalCode(code: string, country: string, base: string): Promise<GeoPoint | undefined> {
  const path = postalChunkPath(code, country);
  if (!path) return undefined;
  return lookupInTable(await loadTable(new URL(path, base).href), code);
}
