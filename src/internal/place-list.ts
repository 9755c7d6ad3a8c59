/**
 * The list of a study's places, as the card and the pre-screener's result both show it: the
 * places taking volunteers first (nearest first once the person asks), then, under their own
 * heading, the places that are not, so a place that cannot take anyone is never offered as one
 * to join. The order and the distance wording are the core's (`orderPlaces`); this only renders
 * (the distance part is place-distance.ts, loaded when a person asks for it).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { splitPlaces, type OrderedPlaces, type PlaceEntry } from '../core/place-order.js';
import type { LocalizedText } from '../core/localize.js';
import { isEmail, isPhone, mailtoHref, telHref } from '../core/safe-url.js';
import type { TrialConfig } from '../core/schema.js';
import type { Translate } from '../i18n/translate.js';
import { emailWithBreaks } from './contact-actions.js';

export type LocatingState = 'idle' | 'locating' | 'sorted' | 'denied' | 'unsupported';

/** What the list needs of the element that shows it. */
export interface PlaceListHost {
  readonly t: Translate;
  readonly language: string;
  text(value: LocalizedText | undefined): unknown;
}

/** The config's places in the one order, before the reader asks for the nearest first. */
export function placesOf(config: TrialConfig): OrderedPlaces {
  return splitPlaces(config.locations ?? [], config.status);
}

/** The distance chunk, once loaded: every entry that has a distance came from it, so it is there when one is rendered. */
let distances: typeof import('./place-distance.js') | undefined;

/**
 * Asks the browser (never a web service) where the person is, then orders the places from there.
 * The distance code is a chunk of its own, fetched on the first press.
 */
export function locateAndOrder(config: TrialConfig, language: string): Promise<OrderedPlaces> {
  return import('./place-distance.js').then((module) => {
    distances = module;
    return module.locateAndOrder(config, language);
  });
}

/** The status line under the sort button: always in the page, so screen readers hear it change. */
export function sortStatusText(state: LocatingState, t: Translate): string {
  switch (state) {
    case 'locating':
      return t('card.locations.locating');
    case 'sorted':
      return t('card.locations.sorted');
    case 'denied':
      return t('card.locations.denied');
    case 'unsupported':
      return t('card.locations.unsupported');
    default:
      return '';
  }
}

/** "Sort by distance from me", its privacy note and its status region. */
export function renderSortControl(state: LocatingState, onSort: () => void, t: Translate, canSort: boolean): TemplateResult {
  return html`${
    canSort
      ? html`<div class="sort">
          <button type="button" class="button secondary" ?disabled=${state === 'locating'} @click=${onSort}>${t('card.locations.sort')}</button>
          <p class="muted small">${t('card.locations.sortNote')}</p>
        </div>`
      : nothing
  }
    <p class="sort-status" role="status">${sortStatusText(state, t)}</p>`;
}

/** Whether "Sort by distance" can help: more than one place, and at least one with a position. */
export function canSortPlaces(config: TrialConfig): boolean {
  const places = config.locations ?? [];
  return places.length > 1 && places.some((place) => place.geo);
}

/** One place: name, address, whether it takes volunteers, how far, and its own contact. */
export function renderPlace(entry: PlaceEntry, host: PlaceListHost): TemplateResult {
  const { t } = host;
  const site = entry.location;
  const address = [site.city, site.region, site.postalCode, site.country].filter(Boolean).join(', ');
  const contact = site.contact;
  const distance = entry.distance && distances?.placeDistanceText(entry, t, host.language);
  return html`<li class="place" part="location">
    <span class="place-name">${host.text(site.name)}</span>
    <span class="place-address"><bdi>${address}</bdi></span>
    ${entry.takesVolunteers && site.recruiting === true ? html`<span class="place-status open">${t('card.locations.recruiting')}</span>` : nothing}
    ${site.recruiting === false ? html`<span class="place-status closed">${t('card.locations.notRecruiting')}</span>` : nothing}
    ${distance ? html`<span class="place-distance">${distance}</span>` : nothing}
    ${
      contact && (isPhone(contact.phone) || isEmail(contact.email))
        ? html`<span class="place-contact">
          ${isPhone(contact.phone) ? html`<a href=${telHref(contact.phone)} dir="ltr">${contact.phone}</a>` : nothing}
          ${isEmail(contact.email) ? html`<a href=${mailtoHref(contact.email)}>${emailWithBreaks(contact.email)}</a>` : nothing}
        </span>`
        : nothing
    }
  </li>`;
}

export function renderPlaceItems(entries: readonly PlaceEntry[], host: PlaceListHost): TemplateResult {
  return html`<ul class="places">
    ${entries.map((entry) => renderPlace(entry, host))}
  </ul>`;
}

/**
 * The short list: at most `limit` places, those taking volunteers first; any room left goes to
 * the others, under `subheading("Places not taking volunteers")`. When no place takes volunteers
 * (a closed study, or one not open yet), the places are simply listed: the study's status
 * already says why.
 */
export function renderPlaces(ordered: OrderedPlaces, host: PlaceListHost, options: { limit: number; subheading: (content: string) => unknown }): TemplateResult {
  const { limit } = options;
  const taking = ordered.taking.slice(0, limit);
  const others = ordered.notTaking.slice(0, limit - taking.length);
  if (!taking.length) return renderPlaceItems(others, host);
  return html`${renderPlaceItems(taking, host)}
  ${
    others.length
      ? html`<div class="places-not-taking">${options.subheading(host.t('card.locations.notTakingHeading'))} ${renderPlaceItems(others, host)}</div>`
      : nothing
  }`;
}

export const placeListStyles = css`
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .sort p {
    margin: 0;
  }
  .small {
    font-size: 0.9375em;
  }
  .sort-status:empty {
    display: none;
  }
  .sort-status {
    margin-block: 0.5em;
    font-weight: 600;
  }
  .places {
    display: grid;
    gap: 0.5em;
    margin-block: 0.5em;
    padding: 0;
    list-style: none;
  }
  .place {
    display: flex;
    flex-direction: column;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    background: var(--_subtle);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .place-name {
    font-weight: 600;
  }
  .place-status.open {
    color: var(--_ok);
  }
  .place-status.closed,
  .place-distance {
    color: var(--_muted);
  }
  .place-contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .place-contact a {
    display: inline-block;
    min-block-size: 1.5em;
  }
  .places-not-taking > :first-child {
    margin-block: 1em 0.25em;
    font-size: 1em;
  }
`;
