import type { GeoPoint } from '../../core/locations.js';

/** Placeholder until the core postal tables land. */
export async function lookupPostalCode(_code: string, _country: string): Promise<GeoPoint | undefined> {
  return undefined;
}
