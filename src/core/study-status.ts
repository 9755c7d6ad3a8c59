/**
 * The status rule: what a study's recruitment status allows trialkit to tell a person. One place for
 * it, used by the card, the pre-screener, the review packet and the finder, so no element can say
 * "you may be able to take part" in a study that is not taking volunteers.
 */
import type { TrialStatus } from './constants.js';

/**
 * - `open`: taking volunteers now (`recruiting`).
 * - `invitation`: joining is by invitation from the study team (`enrolling_by_invitation`).
 * - `not_yet`: questions may be answered, but the study has not started taking volunteers.
 * - `closed`: not taking volunteers (`active_not_recruiting`, `suspended`, `terminated`,
 *   `completed`, `withdrawn`): the pre-screener does not start.
 */
export type EnrolmentMode = 'open' | 'invitation' | 'not_yet' | 'closed';

export function enrolmentMode(status: TrialStatus): EnrolmentMode {
  switch (status) {
    case 'recruiting':
      return 'open';
    case 'enrolling_by_invitation':
      return 'invitation';
    case 'not_yet_recruiting':
      return 'not_yet';
    default:
      return 'closed';
  }
}

/** Whether the pre-screener may ask its questions at all. */
export function prescreenerMayStart(status: TrialStatus): boolean {
  return enrolmentMode(status) !== 'closed';
}

/**
 * Whether a place may be presented as a place to join: the study takes volunteers (openly or by
 * invitation) and the place itself is not marked `recruiting: false`.
 */
export function placeTakesVolunteers(place: { recruiting?: boolean }, status: TrialStatus): boolean {
  const mode = enrolmentMode(status);
  return (mode === 'open' || mode === 'invitation') && place.recruiting !== false;
}

/** Whether the study has ended (finished, or stopped early): the time its results are awaited. */
export function studyHasEnded(status: TrialStatus): boolean {
  return status === 'completed' || status === 'terminated';
}
