/**
 * "Sort by distance from me" and the distances it shows: a chunk of its own, loaded when a person
 * first presses the button (most never do), so a card's first render carries none of it.
 * place-list.ts loads it and renders what it returns.
 */
import { distanceUnitFor, orderPlaces, roundDistance, type HonestDistance, type OrderedPlaces, type PlaceEntry } from '../core/locations.js';
import type { TrialConfig } from '../core/schema.js';
import type { Translate } from '../i18n/translate.js';
import { locateReader } from './locate-reader.js';

/** Asks the browser (never a web service) where the person is, then orders the places from there. */
export function locateAndOrder(config: TrialConfig, language: string): Promise<OrderedPlaces> {
  return locateReader().then((here) => orderPlaces(config.locations ?? [], config.status, { from: here, unit: distanceUnitFor(language) }));
}

/** "About 120 miles away", "Less than 1 km away", "Near Seattle", with the unit in the reader's words (Intl, CLDR plurals). */
export function distanceText(distance: HonestDistance, t: Translate, language: string): string {
  if (distance.kind === 'near') return t('card.locations.near', { city: distance.city });
  let amount: string;
  try {
    amount = new Intl.NumberFormat(language, { style: 'unit', unit: distance.unit, unitDisplay: 'long' }).format(distance.value);
  } catch {
    amount = `${distance.value} ${distance.unit === 'mile' ? 'mi' : 'km'}`; // a malformed `lang`
  }
  return t(distance.kind === 'under' ? 'card.locations.distanceUnder' : 'card.locations.distanceAbout', { distance: amount });
}

/** How far a sorted place is, in the reader's unit now, even if they changed the page's language since sorting. */
export function placeDistanceText(entry: PlaceEntry, t: Translate, language: string): string | undefined {
  const distance = entry.distance && entry.distance.kind !== 'near' && entry.km !== undefined ? roundDistance(entry.km, distanceUnitFor(language)) : entry.distance;
  return distance && distanceText(distance, t, language);
}
