import { studyHasEnded } from '../../core/study-status.js';
import { html, isServer, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { registryLinks } from '../../core/registry-links.js';
import type { OrderedPlaces } from '../../core/place-order.js';
import { ageText } from '../../core/ages.js';
import { safeHref } from '../../core/safe-url.js';
import { PHASES } from '../../core/constants.js';
import type { TrialConfig } from '../../core/schema.js';
import { adoptMoreStyles } from '../../internal/adopt-styles.js';
import { renderContactActions } from '../../internal/contact-actions.js';
import { heading, headingLevels } from '../../internal/heading.js';
import {
  canSortPlaces,
  locateAndOrder,
  placeListStyles,
  placesOf,
  renderPlaces,
  renderSortControl,
  type LocatingState,
  type PlaceListHost,
} from '../../internal/place-list.js';
import { TrialElement } from '../../internal/trial-element.js';
import { waitForTurn, waitForTurnAfterPaint } from '../../internal/render-turns.js';
import { cardStyles } from './trial-card.styles.js';
import { emit } from '../../internal/events.js';
import { serverRender } from '../../internal/server-render.js';
import type { NotifyForm } from './findings-notify.js';
import type { renderGroupedSites } from './site-groups.js';
import type { renderFindings } from './findings-section.js';

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
  'findings',
] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

export const CARD_VARIANTS = ['full', 'compact'] as const;

/** Whether a config may have a findings section (see core/findings.ts): only then is its chunk loaded. */
const mayShowFindings = (config: TrialConfig) => config.findings !== undefined || studyHasEnded(config.status);

/**
 * The step (see `shownFor`) at which each section below the first screen is added: the places once
 * that screen is painted (1), then the rest in a task of its own (2). Every other section is step 0.
 */
const STEP: Partial<Record<CardSection, 1 | 2>> = { locations: 1, contact: 2, sponsor: 2, registry: 2 };

/** How many sites are listed before "Show all". */
const FIRST_SITES = 3;
/** Up to this many sites are simply all listed. */
const LIST_ALL_UP_TO = 5;

/**
 * The trial at a glance, in plain words.
 *
 * @tagname trial-card
 * @summary Title, status, phase, who can join, what taking part means, where, and how to get in touch.
 *
 * @event trial-ready - Only when the card loads its own config (src, inline JSON or config property). `detail: { trialId }`.
 * @event trial-error - Only when the card loads its own config and it cannot be used. `detail: { problems }`.
 * @event trial-contact - The person pressed call, email or website. `detail: { trialId, channel }`.
 * @event trial-findings-notify - A "tell me when results are out" sign-up was sent or failed. `detail: { trialId, status: 'sent' | 'failed' }` (never the email).
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
 * @csspart findings - What the study found: the plain summary, when it was posted, and a link to the full results (or that they are not published yet).
 * @csspart findings-summary - The plain summary of the results.
 * @csspart findings-link - The link to the full results.
 * @csspart findings-notify - The "tell me when results are out" form (email and consent only; nothing is sent until the person presses Send).
 *
 * @cssproperty --trial-card-max-width - Widest the card grows (default: none; it fills its container).
 */
export class TrialCard extends TrialElement {
  static override styles = [TrialElement.styles, placeListStyles, cardStyles];

  /** `full` (default) or `compact` (title, status, summary, who can join and contact). */
  @property({ reflect: true }) variant?: string;

  /** Space-separated sections to leave out, e.g. `hide="sponsor registry"`. */
  @property() hide?: string;

  /** Heading level of the study title (1–5, default 2); section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  @state() private showAllSites = false;
  @state() private locating: LocatingState = 'idle';
  @state() private sortedPlaces?: OrderedPlaces;
  /** Countries and regions whose site lists have been opened (rendered lazily). */
  @state() private openedGroups = new Set<string>();

  private placesCache?: { config: TrialConfig; ordered: OrderedPlaces };
  /** The config the site list's state (sorted, opened groups) belongs to. */
  private placesFor?: TrialConfig;
  /** The "Show all" list's renderer, a chunk fetched on the first "Show all" (most people never press it). */
  @state() private siteGroups?: typeof renderGroupedSites;
  private siteGroupsLoading?: Promise<void>;

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

  private get levels() {
    return headingLevels(this.headingLevel, 2);
  }

  /**
   * How much of which config's card is rendered: a config's first update renders the card down to
   * what taking part means (the first screen on a phone, step 0); once that is painted, the places
   * are added below it (step 1), then contact, sponsor and registry in a task of their own (step 2;
   * render-turns.ts). So a 1,148-place trial never makes one long task nor holds back the first
   * paint, and nothing already painted moves. updateComplete and printing wait for all of it.
   */
  private shownFor?: { config: TrialConfig; step: 1 | 2 };
  private restPending?: Promise<void>;

  protected override renderTrial(config: TrialConfig) {
    const hidden = this.hidden_;
    // On the server, and over the server's markup (which holds it all), the whole card at once.
    const step = isServer || this.serverRendered ? 2 : this.shownFor?.config === config ? this.shownFor.step : 0;
    const show = (section: CardSection) => !hidden.has(section) && (STEP[section] ?? 0) <= step;
    const compact = this.checkedAttribute('variant', this.variant, CARD_VARIANTS, 'full') === 'compact';
    return html`<article class="card panel ${compact ? 'compact' : ''}" part="card" aria-labelledby="title">
      <header part="header">
        ${show('status') ? html`<p class="status status-${config.status}" part="status">${this.t(`card.status.${config.status}`)}</p>` : nothing}
        ${heading(this.levels.title, this.text(config.title), 'title', 'title')}
        ${show('phase') ? this.renderPhases(config) : nothing}
      </header>
      ${show('summary') ? html`<p class="summary" part="summary">${this.text(config.summary, { glossary: 'summary' })}</p>` : nothing}
      ${show('findings') ? this.renderFindings(config) : nothing}
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
      ${heading(this.levels.section, title, `heading-${name}`)} ${body}
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

  private renderWho(config: TrialConfig) {
    const who = config.who;
    if (!who) return nothing;
    const items = [
      ageText(who, this.t),
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
    if (config && this.placesFor !== config) {
      // A new config starts the site list afresh (its order is worked out when it is first shown).
      this.placesFor = config;
      this.placesCache = undefined;
      this.sortedPlaces = undefined;
      this.showAllSites = false;
      this.openedGroups = new Set();
      if (this.locating === 'sorted') this.locating = 'idle';
    }
  }

  private placeHost(): PlaceListHost {
    // A place's name is the config's own text: no need to look it up among the config's strings.
    return { t: this.t, language: this.language, text: (value) => this.text(value, { own: true }) };
  }

  private orderedPlaces(config: TrialConfig): OrderedPlaces {
    if (this.placesCache?.config !== config) this.placesCache = { config, ordered: placesOf(config) };
    return this.placesCache.ordered;
  }

  private renderLocations(config: TrialConfig) {
    const ordered = this.orderedPlaces(config);
    const total = ordered.taking.length + ordered.notTaking.length;
    if (!total) return nothing;
    const t = this.t;
    const listAll = total <= LIST_ALL_UP_TO;
    const subheading = (content: string) => heading(this.levels.section + 1, content);
    return this.section(
      'locations',
      this.t('card.heading.locations'),
      html`${renderSortControl(this.locating, () => this.sortByDistance(), t, canSortPlaces(config))}
        ${renderPlaces(this.sortedPlaces ?? ordered, this.placeHost(), { limit: listAll ? total : FIRST_SITES, subheading })}
        ${
          listAll
            ? nothing
            : html`<button
                type="button"
                class="link-button show-all"
                aria-expanded=${this.showAllSites ? 'true' : 'false'}
                aria-controls="all-sites"
                @click=${this.toggleAllSites}
              >
                ${this.showAllSites ? t('card.locations.showFewer') : t('card.locations.showAll', { count: total })}
              </button>
              <div id="all-sites" class="all-sites" ?hidden=${!this.showAllSites}>
                ${this.showAllSites ? this.renderGroupedSites(ordered) : nothing}
              </div>`
        }`,
    );
  }

  /** Countries, then regions, as disclosures whose lists render only once opened (site-groups.ts). */
  private renderGroupedSites(ordered: OrderedPlaces) {
    const render = this.siteGroups;
    if (!render) return nothing;
    return render([...ordered.taking, ...ordered.notTaking], {
      ...this.placeHost(),
      opened: this.openedGroups,
      open: (key) => (this.openedGroups = new Set(this.openedGroups).add(key)),
    });
  }

  private toggleAllSites = () => {
    this.showAllSites = !this.showAllSites;
    if (this.siteGroups || this.siteGroupsLoading) return;
    const loading = import('./site-groups.js').then(
      ({ renderGroupedSites }) => {
        this.siteGroups = renderGroupedSites;
      },
      (error: unknown) => {
        this.siteGroupsLoading = undefined; // a later press tries again
        console.warn(`trialkit: the full list of places could not be loaded (${String(error)}). Copy the chunks/ folder next to trialkit.js.`);
      },
    );
    this.siteGroupsLoading = loading;
    void loading.finally(() => {
      if (this.siteGroupsLoading === loading) this.siteGroupsLoading = undefined;
    });
  };

  protected override async getUpdateComplete(): Promise<boolean> {
    // `await card.updateComplete` sees the findings and, after "Show all", the list, as it did before they were chunks.
    let result = await super.getUpdateComplete();
    while (this.siteGroupsLoading || this.partLoading || this.restPending) {
      await (this.siteGroupsLoading ?? this.partLoading ?? this.restPending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Asks the browser (never a web service) where the person is, only after they press the button. */
  private sortByDistance() {
    const config = this.trialConfig;
    if (!config) return;
    this.locating = 'locating';
    locateAndOrder(config, this.language).then(
      (ordered) => {
        // The person may have opened another study meanwhile.
        if (this.trialConfig !== config) return;
        this.sortedPlaces = ordered;
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
    const origin = isServer ? serverRender()?.origin : globalThis.origin || location.origin;
    const showLogo = logoSrc && new URL(logoSrc).origin === origin;
    return this.section(
      'sponsor',
      this.t('card.heading.sponsor'),
      html`<p class="sponsor">
        ${showLogo ? html`<img class="logo" src=${logoSrc} alt=${this.plain(sponsor.logo?.alt)} referrerpolicy="no-referrer" />` : nothing}
        ${
          url
            ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
              >${this.text(sponsor.name)}<span class="visually-hidden"> ${this.t('common.newTab')}</span></a
            >`
            : this.text(sponsor.name)
        }
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

  // --- What the study found --------------------------------------------------------------------

  /** How long a results sign-up may take before the person is told it failed (milliseconds). */
  static notifyTimeout = 15_000;

  /** The results sign-up form, loaded on demand (its own chunk) for the config it was made for. */
  @state() private notifyForm?: { config: TrialConfig; form: NotifyForm };
  private notifyLoading?: TrialConfig;

  /** The findings section's renderer (findings-section.ts), a chunk only finished studies and studies with findings load. */
  private findingsSection?: typeof renderFindings = serverRender()?.renderFindings; // trialkit/render loads it first

  /** Results in plain words with when they were posted and a link, or that they are not out yet; then the sign-up. */
  private renderFindings(config: TrialConfig) {
    const render = this.findingsSection;
    if (!render) return nothing; // not needed (see mayShowFindings), or its chunk failed to load
    const form = config.findings?.notify && this.notifyForm?.config === config ? this.notifyForm.form : undefined;
    return render(config, {
      t: this.t,
      language: this.language,
      text: (value, options) => this.text(value, options),
      section: (title, body) => this.section('findings', title, body),
      form,
    });
  }

  /** Holds a render that would show findings until their renderer is in (a few ms, once), so nothing shifts below them. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!super.shouldUpdate(changed)) return false;
    const config = this.trialConfig;
    if (this.findingsSection || !config || !mayShowFindings(config) || this.hidden_.has('findings')) return true;
    if (!this.partLoading) {
      this.partLoading = import('./findings-section.js')
        .then(
          ({ renderFindings }) => {
            this.findingsSection = renderFindings;
          },
          (error: unknown) => console.warn(`trialkit: the study's findings could not be shown (${String(error)}). Copy the chunks/ folder next to trialkit.js.`),
        )
        .finally(() => {
          this.partLoading = undefined;
          this.findingsFailed = !this.findingsSection;
          this.requestUpdate();
        });
    }
    return this.findingsFailed;
  }

  /** The findings chunk could not be loaded: render the rest of the card anyway. */
  private findingsFailed = false;
  /** A chunk the next render waits for (updateComplete waits for it too). */
  private partLoading?: Promise<void>;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const config = this.trialConfig;
    if (config && this.shownFor?.config !== config && !this.restPending && !this.serverRendered) {
      // Printing (`now`) renders the whole card at once: all of it goes on paper.
      const show = (step: 1 | 2, now: boolean) => {
        const shown = this.trialConfig;
        if (!shown || (this.shownFor?.config === shown && this.shownFor.step >= step)) return;
        this.shownFor = { config: shown, step: now ? 2 : step };
        this.renderAgain(now);
      };
      const pending = waitForTurnAfterPaint((now) => show(1, now)).then(() => waitForTurn((now) => show(2, now)));
      this.restPending = pending;
      void pending.then(() => {
        if (this.restPending === pending) this.restPending = undefined;
      });
    }
    if (!config?.findings?.notify || this.notifyForm?.config === config || this.notifyLoading === config) return;
    if (this.hidden_.has('findings')) return;
    // Only pages whose trial offers the sign-up download the form (nothing is sent until Send).
    this.notifyLoading = config;
    import('./findings-notify.js').then(
      ({ NotifyForm }) => {
        if (this.trialConfig !== config) return;
        const form = new NotifyForm(
          this.kit.with({
            headingLevel: () => Math.min(6, this.levels.section + 1),
            done: (sent: boolean) => emit(this, 'trial-findings-notify', { trialId: config.id, status: sent ? 'sent' : 'failed' }),
            payload: () => ({ trialId: config.id, language: this.language, ref: this.effectiveRef ?? null }),
            get timeout() {
              return TrialCard.notifyTimeout;
            },
            adoptStyles: (styles: CSSResult) => adoptMoreStyles(this.renderRoot, [styles]),
          }),
          config.findings!.notify!,
        );
        this.notifyForm = { config, form };
      },
      (error: unknown) => console.warn(`trialkit: the results sign-up could not be loaded (${String(error)}). The rest of the card works.`),
    );
  }
}
