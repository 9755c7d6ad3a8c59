/**
 * The order of a study's places before anyone asks for the nearest first: the config's order,
 * split by whether each place takes volunteers. Apart from locations.ts (which re-exports it and
 * adds distances and grouping) so a card's first render carries none of the distance code.
 */
import type { TrialStatus } from './constants.js';
import type { HonestDistance } from './locations.js';
import type { TrialLocation } from './schema.js';
import { placeTakesVolunteers } from './study-status.js';

export interface PlaceEntry {
  location: TrialLocation;
  /** `placeTakesVolunteers(location, status)`: whether it may be presented as a place to join. */
  takesVolunteers: boolean;
  /** Kilometres from the person, when both points are known. */
  km?: number;
  /** What to say about that distance. */
  distance?: HonestDistance;
}

export interface OrderedPlaces {
  /** Places a person may join, nearest first when a position is given, else in the config's order. */
  taking: PlaceEntry[];
  /** Every other place (the study or the site is not taking volunteers), in the same order. */
  notTaking: PlaceEntry[];
}

/** `orderPlaces` without a position. */
export function splitPlaces(locations: readonly TrialLocation[], status: TrialStatus): OrderedPlaces {
  const taking: PlaceEntry[] = [];
  const notTaking: PlaceEntry[] = [];
  for (const location of locations) {
    const takesVolunteers = placeTakesVolunteers(location, status);
    (takesVolunteers ? taking : notTaking).push({ location, takesVolunteers });
  }
  return { taking, notTaking };
}
