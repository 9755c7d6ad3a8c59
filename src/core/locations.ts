/**
 * Study sites: the one place for their order (taking volunteers first, then by distance), for
 * saying how far they are without claiming more precision than the data has, and for grouping
 * the "show all" list. Pure and near-linear in the number of sites, so a trial with thousands of
 * sites stays fast. The card, the pre-screener's result and the review packet all use these.
 */
import type { TrialStatus } from './constants.js';
import type { TrialLocation } from './schema.js';
import { splitPlaces, type PlaceEntry, type OrderedPlaces } from './place-order.js';
import { placeTakesVolunteers } from './study-status.js';

export { splitPlaces, type PlaceEntry, type OrderedPlaces };

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
      regions: [...regions.entries()].sort(([a], [b]) => byName(a, b)).map(([region, list]) => ({ region, locations: list })),
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

// ---------------------------------------------------------------------------------------------
// Honest distances

export type DistanceUnit = 'mile' | 'kilometer';

/** Miles where people think in miles (US, UK, Liberia, Myanmar), kilometres elsewhere. */
export function distanceUnitFor(lang: string): DistanceUnit {
  let region: string | undefined;
  try {
    region = new Intl.Locale(lang).maximize().region;
  } catch {
    region = undefined; // a malformed tag: kilometres, like most of the world
  }
  return region !== undefined && ['US', 'GB', 'LR', 'MM'].includes(region) ? 'mile' : 'kilometer';
}

/**
 * How far a place is, said no more precisely than we know it:
 * - `near`: the place's point is only its city's (see `cityLevelPoints`) and the person is within
 *   `NEAR_CITY_KM` of it, where a figure would only measure the distance to the city's centre:
 *   "Near Seattle".
 * - `under`: less than 1 mile (or km): "Less than 1 mile away".
 * - `about`: rounded so it never reads as precise: under 10 → whole units; under 100 → nearest 5;
 *   else nearest 10 ("About 3 miles", "About 45 miles", "About 120 miles").
 */
export type HonestDistance = { kind: 'near'; city: string } | { kind: 'under'; value: 1; unit: DistanceUnit } | { kind: 'about'; value: number; unit: DistanceUnit };

/** Within this of a city-level point, a figure says nothing true: the site can be anywhere in the city. */
export const NEAR_CITY_KM = 25;

const KM_PER_MILE = 1.609344;

/** The rounding rule of `HonestDistance`, in the reader's unit. */
export function roundDistance(
  km: number,
  unit: DistanceUnit,
): { kind: 'under'; value: 1; unit: DistanceUnit } | { kind: 'about'; value: number; unit: DistanceUnit } {
  const value = unit === 'mile' ? km / KM_PER_MILE : km;
  if (value < 1) return { kind: 'under', value: 1, unit };
  const step = value < 10 ? 1 : value < 100 ? 5 : 10;
  return { kind: 'about', value: Math.round(value / step) * step, unit };
}

export function honestDistance(km: number, unit: DistanceUnit, place: { city?: string | undefined }, cityLevel: boolean): HonestDistance {
  if (cityLevel && place.city && km < NEAR_CITY_KM) return { kind: 'near', city: place.city };
  return roundDistance(km, unit);
}

const geoKey = (geo: GeoPoint) => `${geo.lat},${geo.lon}`;
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

/**
 * The geo points in a list of places that are only a city's, not the place's own. A point is
 * city-level when:
 * - two or more places in the list share exactly that point: ClinicalTrials.gov gives each site
 *   the centre of its city (a GeoNames point, 5 decimals), which `import-ctgov` copies, so every
 *   site in one city has the same point; or
 * - both coordinates have at most 2 decimals (about 1 km, the precision of a town, not a building).
 * A lone imported site at its city's centre is not caught; its distance is still rounded, so it
 * never reads as more precise than "about".
 */
export function cityLevelPoints(locations: readonly TrialLocation[]): Set<string> {
  const seen = new Set<string>();
  const city = new Set<string>();
  for (const { geo } of locations) {
    if (!geo) continue;
    const key = geoKey(geo);
    if (seen.has(key) || (decimals(geo.lat) <= 2 && decimals(geo.lon) <= 2)) city.add(key);
    seen.add(key);
  }
  return city;
}

// ---------------------------------------------------------------------------------------------
// The order of places

/**
 * The one order of places for the card, the pre-screener's result and the packet: the places
 * taking volunteers (per `placeTakesVolunteers`) first, then the others, never mixed; each group
 * sorted by distance from `from` when given (places without a point last, in the config's order).
 */
export function orderPlaces(locations: readonly TrialLocation[], status: TrialStatus, options: { from?: GeoPoint; unit?: DistanceUnit } = {}): OrderedPlaces {
  const { from, unit = 'kilometer' } = options;
  if (!from) return splitPlaces(locations, status);
  const cityLevel = from ? cityLevelPoints(locations) : undefined;
  const entries = locations.map((location, index) => {
    const entry: PlaceEntry = { location, takesVolunteers: placeTakesVolunteers(location, status) };
    if (from && location.geo) {
      entry.km = distanceKm(from, location.geo);
      entry.distance = honestDistance(entry.km, unit, location, cityLevel!.has(geoKey(location.geo)));
    }
    return { entry, index };
  });
  if (from) entries.sort((a, b) => (a.entry.km ?? Infinity) - (b.entry.km ?? Infinity) || a.index - b.index);
  const taking: PlaceEntry[] = [];
  const notTaking: PlaceEntry[] = [];
  for (const { entry } of entries) (entry.takesVolunteers ? taking : notTaking).push(entry);
  return { taking, notTaking };
}
