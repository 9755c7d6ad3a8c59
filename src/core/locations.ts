/**
 * Study sites: grouping for the "show all" list and sorting by distance. Pure and linear in the
 * number of sites, so a trial with thousands of sites stays fast.
 */
import type { TrialLocation } from './schema.js';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface RegionGroup {
  region: string;
  locations: TrialLocation[];
}

export interface CountryGroup {
  country: string;
  count: number;
  regions: RegionGroup[];
}

/** Great-circle distance in kilometres (haversine; good to well under 1% for this purpose). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface LocationWithDistance {
  location: TrialLocation;
  /** Kilometres from the person, when both places are known. */
  km?: number;
}

/** Nearest first; sites without a geo point keep their order, after the ones with one. */
export function sortByDistance(locations: readonly TrialLocation[], from: GeoPoint): LocationWithDistance[] {
  return locations
    .map((location, index) => ({ location, index, km: location.geo ? distanceKm(from, location.geo) : undefined }))
    .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.index - b.index)
    .map(({ location, km }) => (km === undefined ? { location } : { location, km }));
}

/** Sites taking volunteers first (keeping the config's order otherwise). */
export function recruitingFirst(locations: readonly TrialLocation[]): TrialLocation[] {
  return [...locations.filter((l) => l.recruiting !== false), ...locations.filter((l) => l.recruiting === false)];
}

/**
 * Groups sites by country, then region, both sorted by name in the given language. Sites
 * without a region go into a group named "" that sorts last.
 */
export function groupByCountryAndRegion(locations: readonly TrialLocation[], lang = 'en'): CountryGroup[] {
  const countries = new Map<string, Map<string, TrialLocation[]>>();
  for (const location of locations) {
    const regions = countries.get(location.country) ?? new Map<string, TrialLocation[]>();
    countries.set(location.country, regions);
    const region = location.region ?? '';
    const list = regions.get(region) ?? [];
    list.push(location);
    regions.set(region, list);
  }
  const collator = collatorFor(lang);
  const byName = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b));
  return [...countries.entries()]
    .map(([country, regions]) => ({
      country,
      count: [...regions.values()].reduce((sum, list) => sum + list.length, 0),
      regions: [...regions.entries()]
        .sort(([a], [b]) => byName(a, b))
        .map(([region, list]) => ({ region, locations: list })),
    }))
    .sort((a, b) => b.count - a.count || collator.compare(a.country, b.country));
}

/** Intl throws on a malformed language tag (a typo in a page's `lang`); fall back to the default order. */
function collatorFor(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang);
  } catch {
    return new Intl.Collator();
  }
}
