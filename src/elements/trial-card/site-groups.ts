/**
 * The card's "Show all" list: countries, then regions, as disclosures whose lists render only once
 * opened, so 1,000+ sites stay fast. A chunk of its own, fetched on the first "Show all".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { groupByCountryAndRegion, type PlaceEntry } from '../../core/locations.js';
import type { TrialLocation } from '../../core/schema.js';
import { renderPlaceItems, type PlaceListHost } from '../../internal/place-list.js';

export interface SiteGroupsHost extends PlaceListHost {
  /** Keys (`country` or `country␀region`) of the groups opened so far. */
  readonly opened: ReadonlySet<string>;
  /** A group was opened: render its list. */
  open(key: string): void;
}

export function renderGroupedSites(entries: PlaceEntry[], host: SiteGroupsHost): TemplateResult {
  const { t, opened } = host;
  // Taking volunteers first within every region too (the input's order is kept).
  const byLocation = new Map(entries.map((entry) => [entry.location, entry]));
  const groups = groupByCountryAndRegion(
    entries.map((entry) => entry.location),
    host.language,
  );
  const items = (locations: TrialLocation[]) =>
    renderPlaceItems(
      locations.map((location) => byLocation.get(location)!),
      host,
    );
  const onToggle = (key: string) => (event: Event) => {
    if ((event.target as HTMLDetailsElement).open && !opened.has(key)) host.open(key);
  };
  return html`${groups.map(
    (country) => html`<details class="group" @toggle=${onToggle(country.country)}>
      <summary><bdi>${country.country}</bdi> <span class="muted">(${t('card.locations.count', { count: country.count })})</span></summary>
      ${
        opened.has(country.country)
          ? country.regions.length === 1
            ? items(country.regions[0]!.locations)
            : country.regions.map((region) => {
                const key = `${country.country}\u0000${region.region}`;
                return html`<details class="group region" @toggle=${onToggle(key)}>
                <summary><bdi>${region.region || t('card.locations.otherRegion')}</bdi> <span class="muted">(${t('card.locations.count', { count: region.locations.length })})</span></summary>
                ${opened.has(key) ? items(region.locations) : nothing}
              </details>`;
              })
          : nothing
      }
    </details>`,
  )}`;
}
