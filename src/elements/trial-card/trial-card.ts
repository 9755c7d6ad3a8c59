import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { registryLinks } from '../../core/registry-links.js';
import { recruitingFirst, sortByDistance, groupByCountryAndRegion, type LocationWithDistance } from '../../core/locations.js';
import { mailtoHref, safeHref, telHref, isEmail, isPhone } from '../../core/safe-url.js';
import { PHASES } from '../../core/constants.js';
import type { TrialConfig, TrialLocation } from '../../core/schema.js';
import { renderContactActions } from '../../internal/contact-actions.js';
import { heading } from '../../internal/heading.js';
import { locateReader } from '../../internal/locate-reader.js';
import { TrialElement } from '../../internal/trial-element.js';
import { cardStyles } from './trial-card.styles.js';

/** Sections a site owner can leave out with `hide`. */
export const CARD_SECTIONS = [
  'status',
  'phase',
  'summary',
  'conditions',
  'who',
  'participation',
  'compensation',
  'locations',
  'contact',
  'sponsor',
  'registry',
] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

export const CARD_VARIANTS = ['full', 'compact'] as const;

/** How many sites are listed before "Show all". */
const FIRST_SITES = 3;
/** Up to this many sites are simply all listed. */
const LIST_ALL_UP_TO = 5;

type LocatingState = 'idle' | 'locating' | 'sorted' | 'denied' | 'unsupported';

/**
 * The trial at a glance, in plain words.
 *
 * @tagname trial-card
 * @summary Title, status, phase, who can join, what taking part means, where, and how to get in touch.
 *
 * @event trial-ready - Only when the card loads its own config (src, inline JSON or config property). `detail: { trialId }`.
 * @event trial-error - Only when the card loads its own config and it cannot be used. `detail: { problems }`.
 * @event trial-contact - The person pressed call, email or website. `detail: { trialId, channel }`.
 *
 * @csspart base - The wrapper.
 * @csspart card - The card panel.
 * @csspart header - Status, title and phase.
 * @csspart status - The recruitment status.
 * @csspart title - The study's plain title.
 * @csspart phase - The phase, explained.
 * @csspart summary - The plain summary.
 * @csspart conditions - Health conditions section.
 * @csspart who - Who can join section.
 * @csspart participation - Time commitment and payment section.
 * @csspart compensation - The payment row (never emphasised, per FDA guidance).
 * @csspart locations - Where the study takes place.
 * @csspart location - One study site.
 * @csspart contact - Contact section.
 * @csspart contact-actions - The list of call, email and website actions.
 * @csspart action - Each contact action.
 * @csspart sponsor - Who runs the study.
 * @csspart registry - The official listing link.
 * @csspart fallback - The message shown when the config cannot be used.
 *
 * @cssproperty --trial-card-max-width - Widest the card grows (default: none; it fills its container).
 */
export class TrialCard extends TrialElement {
  static override styles = [TrialElement.styles, cardStyles];

  /** `full` (default) or `compact` (title, status, summary, who can join and contact). */
  @property({ reflect: true }) variant?: string;

  /** Space-separated sections to leave out, e.g. `hide="sponsor registry"`. */
  @property() hide?: string;

  /** Heading level of the study title (1–5, default 2); section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  @state() private showAllSites = false;
  @state() private locating: LocatingState = 'idle';
  @state() private sortedSites?: LocationWithDistance[];
  /** Countries and regions whose site lists have been opened (rendered lazily). */
  @state() private openedGroups = new Set<string>();

  private sitesCache?: { config: TrialConfig; ordered: TrialLocation[] };

  private get hidden_(): Set<CardSection> {
    const names = (this.hide ?? '').split(/[\s,]+/).filter(Boolean);
    const hidden = new Set<CardSection>();
    for (const name of names) {
      if ((CARD_SECTIONS as readonly string[]).includes(name)) hidden.add(name as CardSection);
      else this.checkedAttribute('hide', name, CARD_SECTIONS, 'nothing' as CardSection);
    }
    if (this.checkedAttribute('variant', this.variant, CARD_VARIANTS, 'full') === 'compact') {
      for (const section of ['phase', 'conditions', 'participation', 'compensation', 'locations', 'sponsor', 'registry'] as const) {
        hidden.add(section);
      }
    }
    return hidden;
  }

  private get level(): number {
    const level = Math.round(Number(this.headingLevel ?? 2));
    return level >= 1 && level <= 5 ? level : 2;
  }


  protected override renderTrial(config: TrialConfig) {
    const hidden = this.hidden_;
    const show = (section: CardSection) => !hidden.has(section);
    const compact = this.checkedAttribute('variant', this.variant, CARD_VARIANTS, 'full') === 'compact';
    return html`<article class="card panel ${compact ? 'compact' : ''}" part="card" aria-labelledby="title">
      <header part="header">
        ${show('status') ? html`<p class="status status-${config.status}" part="status">${this.t(`card.status.${config.status}`)}</p>` : nothing}
        ${heading(this.level, this.text(config.title), 'title', 'title')}
        ${show('phase') ? this.renderPhases(config) : nothing}
      </header>
      ${show('summary') ? html`<p class="summary" part="summary">${this.text(config.summary, { glossary: 'summary' })}</p>` : nothing}
      ${show('conditions') ? this.renderConditions(config) : nothing} ${show('who') ? this.renderWho(config) : nothing}
      ${show('participation') || show('compensation') ? this.renderParticipation(config, show('participation'), show('compensation')) : nothing}
      ${show('locations') ? this.renderLocations(config) : nothing} ${show('contact') ? this.renderContact(config) : nothing}
      ${show('sponsor') ? this.renderSponsor(config) : nothing} ${show('registry') ? this.renderRegistry(config) : nothing}
    </article>`;
  }

  private renderPhases(config: TrialConfig) {
    const phases = (Array.isArray(config.phase) ? config.phase : config.phase ? [config.phase] : []).filter(
      (phase) => PHASES.includes(phase) && phase !== 'not_applicable',
    );
    if (!phases.length) return nothing;
    return html`<ul class="phases plain-list" part="phase">
      ${phases.map((phase) => html`<li>${this.t(`card.phase.${phase}`)}</li>`)}
    </ul>`;
  }

  private section(name: CardSection, title: string, body: unknown) {
    return html`<section class="section section-${name}" part=${name} aria-labelledby="heading-${name}">
      ${heading(this.level + 1, title, `heading-${name}`)} ${body}
    </section>`;
  }

  private renderConditions(config: TrialConfig) {
    const conditions = config.conditions ?? [];
    if (!conditions.length) return nothing;
    return this.section(
      'conditions',
      this.t('card.heading.conditions', { count: conditions.length }),
      html`<ul class="chips">
        ${conditions.map((condition) => html`<li>${this.text(condition)}</li>`)}
      </ul>`,
    );
  }

  /** "Ages 18 to 65"; ages under a year are in months ("From 6 months to 17 years old"). */
  private ageText(min?: number, max?: number): string | undefined {
    const t = this.t;
    if (min === undefined && max === undefined) return undefined;
    if ((min === undefined || min === 0) && max === undefined) return undefined;
    const withUnit = (age: number) =>
      age < 1 ? t('card.who.age.months', { count: Math.round(age * 12) }) : t('card.who.age.years', { count: age });
    const needsUnits = (min !== undefined && min > 0 && min < 1) || (max !== undefined && max < 1);
    if (needsUnits) {
      if (min && max !== undefined) return t('card.who.age.rangeUnits', { min: withUnit(min), max: withUnit(max) });
      if (min) return t('card.who.age.fromUnits', { min: withUnit(min) });
      return t('card.who.age.upToUnits', { max: withUnit(max!) });
    }
    if (min && max !== undefined) return t('card.who.age.range', { min, max });
    if (min) return t('card.who.age.from', { min });
    return t('card.who.age.upTo', { max: max! });
  }

  private renderWho(config: TrialConfig) {
    const who = config.who;
    if (!who) return nothing;
    const items = [
      this.ageText(who.minAge, who.maxAge),
      who.sex ? this.t(`card.who.sex.${who.sex}`) : undefined,
      who.healthyVolunteers === undefined ? undefined : this.t(who.healthyVolunteers ? 'card.who.healthy.yes' : 'card.who.healthy.no'),
    ].filter((item): item is string => !!item);
    if (!items.length) return nothing;
    return this.section('who', this.t('card.heading.who'), html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`);
  }

  private renderParticipation(config: TrialConfig, showTime: boolean, showPay: boolean) {
    const p = config.participation;
    if (!p) return nothing;
    const rows: [string, unknown, string?][] = [];
    if (showTime && p.duration) rows.push([this.t('card.participation.duration'), this.text(p.duration)]);
    if (showTime && p.visits) rows.push([this.t('card.participation.visits'), this.text(p.visits)]);
    if (showTime && p.remote !== undefined) {
      rows.push([this.t('card.participation.remote'), this.t(p.remote ? 'card.participation.remote.yes' : 'card.participation.remote.no')]);
    }
    // Payment is one row like the others: same size and weight (FDA: payment must not be emphasised).
    if (showPay && p.compensation) rows.push([this.t('card.participation.compensation'), this.text(p.compensation), 'compensation']);
    if (!rows.length) return nothing;
    return this.section(
      'participation',
      this.t('card.heading.participation'),
      html`<dl class="facts">
        ${rows.map(([label, value, part]) => html`<div class="fact" part=${part ?? nothing}><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>`,
    );
  }

  // --- Locations -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const config = this.trialConfig;
    if (config && this.sitesCache?.config !== config) {
      // A new config starts the site list afresh.
      this.sitesCache = { config, ordered: recruitingFirst(config.locations ?? []) };
      this.sortedSites = undefined;
      this.showAllSites = false;
      this.openedGroups = new Set();
      if (this.locating === 'sorted') this.locating = 'idle';
    }
  }

  private orderedSites(config: TrialConfig): TrialLocation[] {
    if (this.sitesCache?.config !== config) this.sitesCache = { config, ordered: recruitingFirst(config.locations ?? []) };
    return this.sitesCache.ordered;
  }

  private renderLocations(config: TrialConfig) {
    const sites = this.orderedSites(config);
    if (!sites.length) return nothing;
    const t = this.t;
    const listAll = sites.length <= LIST_ALL_UP_TO;
    const first: LocationWithDistance[] = this.sortedSites
      ? this.sortedSites.slice(0, FIRST_SITES)
      : sites.slice(0, listAll ? sites.length : FIRST_SITES).map((location) => ({ location }));
    const canSort = sites.length > 1 && sites.some((site) => site.geo);
    const statusText =
      this.locating === 'locating'
        ? t('card.locations.locating')
        : this.locating === 'sorted'
          ? t('card.locations.sorted')
          : this.locating === 'denied'
            ? t('card.locations.denied')
            : this.locating === 'unsupported'
              ? t('card.locations.unsupported')
              : '';
    return this.section(
      'locations',
      this.t('card.heading.locations'),
      html`${canSort
          ? html`<div class="sort">
              <button type="button" class="button secondary" ?disabled=${this.locating === 'locating'} @click=${this.sortByDistance}>
                ${t('card.locations.sort')}
              </button>
              <p class="muted small">${t('card.locations.sortNote')}</p>
            </div>`
          : nothing}
        <p class="sort-status" role="status">${statusText}</p>
        <ul class="sites plain-list">
          ${first.map((entry) => this.renderSite(entry.location, entry.km))}
        </ul>
        ${listAll
          ? nothing
          : html`<button
                type="button"
                class="link-button show-all"
                aria-expanded=${this.showAllSites ? 'true' : 'false'}
                aria-controls="all-sites"
                @click=${() => (this.showAllSites = !this.showAllSites)}
              >
                ${this.showAllSites ? t('card.locations.showFewer') : t('card.locations.showAll', { count: sites.length })}
              </button>
              <div id="all-sites" class="all-sites" ?hidden=${!this.showAllSites}>
                ${this.showAllSites ? this.renderGroupedSites(sites) : nothing}
              </div>`}`,
    );
  }

  /** Countries, then regions, as disclosures whose lists render only once opened: 1,000+ sites stay fast. */
  private renderGroupedSites(sites: TrialLocation[]) {
    const t = this.t;
    const groups = groupByCountryAndRegion(sites, this.language);
    const opened = this.openedGroups;
    const onToggle = (key: string) => (event: Event) => {
      if ((event.target as HTMLDetailsElement).open && !opened.has(key)) this.openedGroups = new Set(opened).add(key);
    };
    return html`${groups.map(
      (country) => html`<details class="group" @toggle=${onToggle(country.country)}>
        <summary><bdi>${country.country}</bdi> <span class="muted">(${t('card.locations.count', { count: country.count })})</span></summary>
        ${opened.has(country.country)
          ? country.regions.length === 1
            ? html`<ul class="sites plain-list">${country.regions[0]!.locations.map((site) => this.renderSite(site))}</ul>`
            : country.regions.map((region) => {
                const key = `${country.country}\u0000${region.region}`;
                return html`<details class="group region" @toggle=${onToggle(key)}>
                  <summary><bdi>${region.region || t('card.locations.otherRegion')}</bdi> <span class="muted">(${t('card.locations.count', { count: region.locations.length })})</span></summary>
                  ${opened.has(key) ? html`<ul class="sites plain-list">${region.locations.map((site) => this.renderSite(site))}</ul>` : nothing}
                </details>`;
              })
          : nothing}
      </details>`,
    )}`;
  }

  private renderSite(site: TrialLocation, km?: number) {
    const t = this.t;
    const place = [site.city, site.region, site.postalCode, site.country].filter(Boolean).join(', ');
    const contact = site.contact;
    return html`<li class="site" part="location">
      <span class="site-name">${this.text(site.name)}</span>
      <span class="site-place"><bdi>${place}</bdi></span>
      ${site.recruiting === true ? html`<span class="site-status open">${t('card.locations.recruiting')}</span>` : nothing}
      ${site.recruiting === false ? html`<span class="site-status closed">${t('card.locations.notRecruiting')}</span>` : nothing}
      ${km !== undefined ? html`<span class="site-distance">${t('card.locations.distance', { distance: this.formatDistance(km) })}</span>` : nothing}
      ${contact && (isPhone(contact.phone) || isEmail(contact.email))
        ? html`<span class="site-contact">
            ${isPhone(contact.phone) ? html`<a href=${telHref(contact.phone)} dir="ltr">${contact.phone}</a>` : nothing}
            ${isEmail(contact.email) ? html`<a href=${mailtoHref(contact.email)} dir="ltr">${contact.email}</a>` : nothing}
          </span>`
        : nothing}
    </li>`;
  }

  /** Miles where people think in miles (US, UK, Liberia, Myanmar), kilometres elsewhere. */
  private formatDistance(km: number): string {
    let region: string | undefined;
    try {
      region = new Intl.Locale(this.language).maximize().region;
    } catch {
      region = undefined;
    }
    const miles = region !== undefined && ['US', 'GB', 'LR', 'MM'].includes(region);
    const value = miles ? km / 1.609344 : km;
    try {
      return new Intl.NumberFormat(this.language, {
        style: 'unit',
        unit: miles ? 'mile' : 'kilometer',
        maximumFractionDigits: value < 10 ? 1 : 0,
      }).format(value);
    } catch {
      return `${Math.round(value)} ${miles ? 'mi' : 'km'}`;
    }
  }

  /** Asks the browser (never a web service) where the person is, only after they press the button. */
  private sortByDistance() {
    const config = this.trialConfig;
    if (!config) return;
    this.locating = 'locating';
    locateReader().then(
      (here) => {
        this.sortedSites = sortByDistance(this.orderedSites(config), here);
        this.locating = 'sorted';
      },
      (error: Error) => {
        this.locating = error.message === 'unsupported' ? 'unsupported' : 'denied';
      },
    );
  }

  // --- Contact, sponsor, registry --------------------------------------------------------------

  private renderContact(config: TrialConfig) {
    return this.section(
      'contact',
      this.t('common.contact.heading'),
      renderContactActions(config.contact, this.t, (value) => this.text(value), { host: this, trialId: config.id }),
    );
  }

  private renderSponsor(config: TrialConfig) {
    const sponsor = config.sponsor;
    if (!sponsor) return nothing;
    const url = safeHref(sponsor.url);
    const logoSrc = safeHref(sponsor.logo?.src);
    // A logo from another site would be a third-party request: show only same-origin logos.
    const showLogo = logoSrc && new URL(logoSrc).origin === (globalThis.origin || location.origin);
    return this.section(
      'sponsor',
      this.t('card.heading.sponsor'),
      html`<p class="sponsor">
        ${showLogo ? html`<img class="logo" src=${logoSrc} alt=${this.plain(sponsor.logo?.alt)} referrerpolicy="no-referrer" />` : nothing}
        ${url
          ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
              >${this.text(sponsor.name)}<span class="visually-hidden"> ${this.t('common.newTab')}</span></a
            >`
          : this.text(sponsor.name)}
      </p>`,
    );
  }

  private renderRegistry(config: TrialConfig) {
    const links = registryLinks(config.registry, this.t);
    if (!links.length) return nothing;
    return this.section(
      'registry',
      this.t('card.heading.registry'),
      html`<ul class="plain-list">
        ${links.map(
          ([href, label]) =>
            html`<li><a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${this.t('common.newTab')}</span></a></li>`,
        )}
      </ul>`,
    );
  }
}
