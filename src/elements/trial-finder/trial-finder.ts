import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { filtersInUse, matchTrials, parseRadius, prepareSearch, resultDistance } from '../../core/catalog-match.js';
import type { CatalogEntry, CatalogSummary, FinderFilters, FinderResult, TrialCatalog } from '../../core/catalog-types.js';
import { UNSURE, type Answer } from '../../core/eligibility.js';
import { distanceUnitFor, type GeoPoint } from '../../core/locations.js';
import { isRightToLeft, type LocalizedText } from '../../core/localize.js';
import type { Question, TrialConfig } from '../../core/schema.js';
import { enrolmentMode } from '../../core/study-status.js';
import type { Problem } from '../../core/validate.js';
import { ANALYTICS_TARGETS, forwardEvents } from '../../internal/analytics.js';
import { fetchJson, inlineConfigText, loadConfigFromUrl, stateFromValue, type ConfigState } from '../../internal/config-source.js';
import { emit } from '../../internal/events.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { locateReader } from '../../internal/locate-reader.js';
import { distanceText } from '../../internal/place-distance.js';
import { formStyles } from '../../internal/form.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { THEMES, type Theme } from '../../internal/trial-element.js';
import { defaultPostalBase, lookupPostalCode } from './postal.js';
import { finderStyles } from './trial-finder.styles.js';

export const FINDER_PARTS = ['card', 'eligibility', 'faq', 'share'] as const;
type Part = (typeof FINDER_PARTS)[number];

/** Results shown at first, and added by each "Show more studies": a 5,000-trial list stays quick. */
const PAGE = 20;
/** Distances offered, in the reader's unit (miles in the US and UK, else kilometres). */
const RADIUS_CHOICES = { mile: [10, 25, 50, 100, 250], kilometer: [10, 25, 50, 100, 250, 500] } as const;
const KM_PER_MILE = 1.609344;

/** The chunks of the elements an opened trial shows (the card is in the bundle already). */
const PART_LOADERS: Record<Part, () => Promise<unknown>> = {
  card: () => import('../trial-card/register.js'),
  eligibility: () => import('../trial-eligibility/register.js'),
  faq: () => import('../trial-faq/register.js'),
  share: () => import('../trial-share/register.js'),
};

type CatalogModule = typeof import('../../core/catalog.js');
type CatalogState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; catalog: TrialCatalog; base: string } | { status: 'error'; problems: Problem[] };
type Opened = { index: number; id: string; status: 'loading' | 'ready' | 'error'; config?: TrialConfig };
type PlaceState = 'idle' | 'looking' | 'found' | 'notFound' | 'failed' | 'locating' | 'located' | 'denied';

const hashId = (hash: string) => /^#trial=([\w-]+)$/.exec(hash)?.[1];

/**
 * Many trials, matched to the person and near them: filters in the GOV.UK "filter a list" pattern
 * (words, where and how far, age and sex, status, and the catalog's questions answered once), a
 * results count in a status region, and each result opened in place as that trial's own elements.
 * Everything the person enters stays in the browser: the only requests are the catalog, the trial
 * configs and the postal-code table, from the page's own places.
 *
 * @tagname trial-finder
 * @summary A list of studies a person can narrow down and open, all on their device.
 *
 * @event trial-finder-search - The filters changed. `detail: { count, filters }` (`filters`: the names of the filters in use, never their values).
 * @event trial-finder-open - A study was opened. `detail: { trialId, position }` (`position`: 1-based place in the list, 0 when opened from a link).
 * @event trial-error - The catalog cannot be used. `detail: { problems }`.
 *
 * @csspart base - The wrapper.
 * @csspart title - The list's heading.
 * @csspart filters - The filters panel.
 * @csspart count - "3 studies match", announced to screen readers.
 * @csspart list - The list of studies.
 * @csspart result - One study in the list.
 * @csspart result-link - The study's title, which opens it.
 * @csspart opened - An opened study.
 * @csspart back - The "Back to the list" button.
 * @csspart fallback - The message shown when the catalog cannot be used.
 */
export class TrialFinder extends LitElement {
  static override styles = [sharedStyles, formStyles, finderStyles];

  /** URL of a trial catalog (JSON). Also read: an inline `<script type="application/json">` child, or the `catalog` property. */
  @property({ reflect: true }) src?: string;

  /** The trial catalog as an object. */
  @property({ attribute: false }) catalog?: unknown;

  /** Attribution code of the embedding site, passed to every trial shown. */
  @property({ reflect: true }) ref?: string;

  /** `light`, `dark` or `auto`, passed to every trial shown. */
  @property({ reflect: true }) theme?: string;

  /** Country for postal-code look-ups (ISO 3166-1 alpha-2, default `US`). */
  @property() country?: string;

  /** The distance filter to start with, such as `50mi` or `80km` (default: any distance). */
  @property() radius?: string;

  /** What an opened trial shows, space-separated: `card eligibility faq share` (default all four). */
  @property() show?: string;

  /** The folder that holds trialkit's `postal/` tables (default: where trialkit.js is). */
  @property({ attribute: 'postal-src' }) postalSrc?: string;

  /** Forward trialkit's events to analytics already on the page, as on `<trial-study>` (`gtm`, `plausible`, `matomo`, `fn:name`). */
  @property() analytics?: string;

  @state() private catalogState: CatalogState = { status: 'idle' };
  @state() private words = '';
  @state() private postal = '';
  @state() private near?: GeoPoint;
  @state() private place: PlaceState = 'idle';
  @state() private radiusKm?: number;
  @state() private ageText = '';
  @state() private sex: '' | 'female' | 'male' = '';
  @state() private takingNow = true;
  @state() private openingSoon = false;
  @state() private fromHome = false;
  @state() private answers: Record<string, Answer> = {};
  @state() private shown = PAGE;
  @state() private opened?: Opened;
  @state() private unlikelyShown?: number;
  @state() private filtersOpen = false;

  private readonly locale = new LocaleController(this, { config: () => undefined });
  private loadedKey: unknown;
  private loadAbort?: AbortController;
  private radiusFrom?: string;
  private entryUrl?: CatalogModule['entryUrl'];
  private configs = new Map<number, TrialConfig>();
  private results: FinderResult[] = [];
  private resultsKey = '';
  private searchPending = false;
  private focusAfterUpdate?: string;
  private stopForwarding?: () => void;
  private forwarding?: string;
  private childObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // Open where the filters sit beside the list (48rem, as the layout's container query), folded on a phone.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    if (!this.hasUpdated) this.filtersOpen = this.getBoundingClientRect().width >= 48 * rem;
    window.addEventListener('popstate', this.followLocation);
    window.addEventListener('hashchange', this.followLocation);
    // An inline catalog may be parsed after the element upgrades.
    this.childObserver = new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.syncAnalytics();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.followLocation);
    window.removeEventListener('hashchange', this.followLocation);
    this.childObserver?.disconnect();
    this.stopForwarding?.();
    this.forwarding = undefined;
  }

  /** The reader's language: this element's `lang`, else the nearest ancestor's. */
  get language(): string {
    return this.locale.language;
  }

  protected override shouldUpdate(_changed: PropertyValues): boolean {
    if (this.locale.ready) return true;
    void this.locale.load().then(() => this.requestUpdate());
    return false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.locale.ready) return result;
    await this.locale.load();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.syncCatalog();
    this.syncAnalytics();
    if (this.radius !== this.radiusFrom) {
      this.radiusFrom = this.radius;
      this.radiusKm = this.radius ? (parseRadius(this.radius) ?? undefined) : undefined;
    }
    const ready = this.catalogState.status === 'ready' ? this.catalogState : undefined;
    if (ready) {
      const filters = this.filters();
      const key = JSON.stringify([filters, this.language]);
      if (key !== this.resultsKey || changed.has('catalogState')) {
        this.resultsKey = key;
        this.results = matchTrials(ready.catalog, filters, this.language);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterUpdate) this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
    if (this.searchPending && this.catalogState.status === 'ready') {
      this.searchPending = false;
      emit(this, 'trial-finder-search', { count: this.results.length, filters: filtersInUse(this.filters()) });
    }
  }

  // --- Where the catalog comes from ------------------------------------------------------------

  private syncCatalog() {
    const inline = this.catalog === undefined ? inlineConfigText(this) : undefined;
    const key = this.catalog ?? (inline !== undefined ? `inline:${inline}` : this.src ? `src:${this.src}` : undefined);
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    if (key === undefined) {
      this.catalogState = { status: 'idle' };
      return;
    }
    this.catalogState = { status: 'loading' };
    void this.loadCatalog(inline, abort.signal).then((loaded) => {
      if (!abort.signal.aborted) this.settleCatalog(loaded);
    });
  }

  private async loadCatalog(inline: string | undefined, signal: AbortSignal): Promise<CatalogState> {
    let data: unknown = this.catalog;
    // Relative `src` of entries are read from where the catalog is.
    let base = document.baseURI;
    if (data === undefined && inline !== undefined) {
      try {
        data = JSON.parse(inline);
      } catch (error) {
        return {
          status: 'error',
          problems: [{ path: '', message: `The inline JSON (the script child of type application/json) is not valid JSON: ${(error as Error).message}.` }],
        };
      }
    } else if (data === undefined && this.src) {
      const fetched = await fetchJson(this.src, signal, 10_000, 'src', 'trial catalog');
      if (!('data' in fetched)) return fetched.status === 'error' ? { status: 'error', problems: fetched.problems } : { status: 'idle' };
      data = fetched.data;
      base = new URL(this.src, document.baseURI).href;
    }
    let parse: CatalogModule['parseCatalog'];
    try {
      // The catalog checker brings the config validator (zod): its own chunk, loaded beside the catalog.
      ({ parseCatalog: parse, entryUrl: this.entryUrl } = await import('../../core/catalog.js'));
    } catch (error) {
      return {
        status: 'error',
        problems: [{ path: '', message: `The catalog checker could not be loaded (${String(error)}). Upload the chunks/ folder next to trialkit.js.` }],
      };
    }
    const { catalog, problems, ok } = parse(data);
    if (!ok) return { status: 'error', problems };
    if (problems.length) {
      // One console error for every entry left out; the rest of the list still works.
      console.error(`trialkit: <trial-finder> left out catalog entries that cannot be used.\n${problems.map((p) => `  • ${p.path}: ${p.message}`).join('\n')}`);
    }
    return { status: 'ready', catalog, base };
  }

  private settleCatalog(loaded: CatalogState) {
    this.catalogState = loaded;
    this.configs.clear();
    if (loaded.status === 'error') {
      console.error(
        `trialkit: <trial-finder> cannot show this trial catalog.\n${loaded.problems.map((p) => `  • ${p.path || '(catalog)'}: ${p.message}`).join('\n')}`,
      );
      queueMicrotask(() => emit(this, 'trial-error', { problems: loaded.problems }));
    } else if (loaded.status === 'ready') {
      this.followLocation();
      // The words' search keys are made while the page is idle, so the first keystroke stays quick.
      const idle = (globalThis as { requestIdleCallback?: (run: () => void) => void }).requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
      idle(() => prepareSearch(loaded.catalog, this.language));
    }
  }

  private syncAnalytics() {
    const tokens = this.analytics ?? '';
    if (tokens === this.forwarding || !this.isConnected) return;
    this.stopForwarding?.();
    this.forwarding = tokens;
    this.stopForwarding = forwardEvents(this, tokens, (token) => {
      console.warn(
        `trialkit: <trial-finder analytics="${token}"> is not a known value. Use one of: ${[...ANALYTICS_TARGETS, 'fn:<globalFunctionName>'].join(', ')}.`,
      );
    });
  }

  // --- Filters ----------------------------------------------------------------------------------

  private get age(): number | undefined {
    const text = this.ageText.trim();
    if (!/^\d{1,3}$/.test(text)) return undefined;
    const age = Number(text);
    return age <= 125 ? age : undefined;
  }

  private get ageInvalid(): boolean {
    return this.ageText.trim() !== '' && this.age === undefined;
  }

  /** What the person said, as the matching engine takes it (absent: not in use). */
  private filters(): FinderFilters {
    const filters: FinderFilters = { takingNow: this.takingNow, openingSoon: this.openingSoon };
    if (this.words.trim()) filters.words = this.words;
    if (this.near) {
      filters.near = this.near;
      if (this.radiusKm !== undefined) filters.radiusKm = this.radiusKm;
    }
    const age = this.age;
    if (age !== undefined) filters.age = age;
    if (this.sex) filters.sex = this.sex;
    if (this.fromHome) filters.fromHome = true;
    if (Object.keys(this.answers).length) filters.answers = this.answers;
    return filters;
  }

  /** A filter was set: the list shows from its top, and the search is announced after the render. */
  private filtered() {
    this.shown = PAGE;
    this.searchPending = true;
  }

  private get unit() {
    return distanceUnitFor(this.language);
  }

  private get parts(): Part[] {
    const wanted = (this.show ?? '').split(/[\s,]+/).filter(Boolean);
    if (!wanted.length) return [...FINDER_PARTS];
    const known = wanted.filter((part): part is Part => (FINDER_PARTS as readonly string[]).includes(part));
    const unknown = wanted.filter((part) => !known.includes(part as Part));
    if (unknown.length) console.warn(`trialkit: <trial-finder show="${this.show}">: ${unknown.join(', ')} is not known. Use any of: ${FINDER_PARTS.join(' ')}.`);
    return known.length ? known : [...FINDER_PARTS];
  }

  private get effectiveTheme(): Theme {
    const value = this.theme?.trim().toLowerCase();
    return value && (THEMES as readonly string[]).includes(value) ? (value as Theme) : 'light';
  }

  private text(value: LocalizedText | undefined) {
    return this.locale.text(value);
  }

  // --- Rendering ---------------------------------------------------------------------------------

  override render() {
    const lang = this.locale.ui;
    const requested = this.language.toLowerCase().split('-')[0];
    const state = this.catalogState;
    let body: unknown = nothing;
    if (state.status === 'loading') body = html`<p class="muted" role="status">${this.t('finder.loading')}</p>`;
    else if (state.status === 'error') body = this.renderFallback();
    else if (state.status === 'ready')
      body = html`${this.opened ? this.renderOpened(this.opened, state.catalog) : nothing}
        <div class="list" ?hidden=${!!this.opened}>${this.renderList(state.catalog)}</div>`;
    return html`<div
      class=${classMap({ root: true, [`theme-${this.effectiveTheme}`]: true })}
      part="base"
      lang=${lang !== requested ? lang : nothing}
      dir=${isRightToLeft(lang) ? 'rtl' : 'ltr'}
    >
      ${body}
    </div>`;
  }

  private get t() {
    return this.locale.t;
  }

  private renderFallback() {
    return html`<section class="fallback panel" part="fallback">
      <p><strong>${this.t('finder.fallback.title')}</strong></p>
      <p>${this.t('finder.fallback.later')}</p>
    </section>`;
  }

  private renderList(catalog: TrialCatalog) {
    const t = this.t;
    const results = this.results;
    return html`<h2 class="title" part="title">${catalog.title ? this.text(catalog.title) : t('finder.title')}</h2>
      <div class="layout">
        ${this.renderFilters(catalog)}
        <div class="results">
          <p class="count" role="status" part="count">${t('finder.count', { count: results.length })}</p>
          ${results.length ? this.renderResults(catalog, results) : this.renderEmpty()}
        </div>
      </div>`;
  }

  private renderEmpty() {
    const t = this.t;
    return html`<div class="empty">
      <p>${t('finder.empty.body')}</p>
      <div class="buttons">
        ${
          this.near && this.radiusKm !== undefined
            ? html`<button type="button" class="button secondary" @click=${this.widen}>${t('finder.empty.widen')}</button>`
            : nothing
        }
        <button type="button" class="button secondary" @click=${this.clearAll}>${t('finder.clear')}</button>
      </div>
    </div>`;
  }

  private renderResults(catalog: TrialCatalog, results: FinderResult[]) {
    const shown = results.slice(0, this.shown);
    return html`<ol class="results-list" part="list">
        ${shown.map((result, position) => this.renderResult(catalog, result, position))}
      </ol>
      ${
        results.length > shown.length
          ? html`<div class="buttons"><button type="button" class="button secondary" @click=${this.showMore}>${this.t('finder.more')}</button></div>`
          : nothing
      }`;
  }

  private renderResult(catalog: TrialCatalog, result: FinderResult, position: number) {
    const t = this.t;
    const summary = result.summary;
    const mode = enrolmentMode(summary.status);
    return html`<li class="result" part="result" data-position=${position + 1}>
      <h3 class="result-title">
        <a href="#trial=${summary.id}" data-trial=${summary.id} part="result-link" @click=${this.openFromList}>${this.text(summary.title)}</a>
      </h3>
      <p class=${classMap({ status: true, [`status-${mode}`]: true })}>${t(`card.status.${summary.status}`)}</p>
      ${this.renderNearest(result)}
      ${summary.participation?.remote ? html`<p class="remote">${t('finder.result.fromHome')}</p>` : nothing}
      ${result.match ? this.renderMatch(catalog, result.match) : nothing}
    </li>`;
  }

  private renderNearest(result: FinderResult): TemplateResult | typeof nothing {
    if (!this.near) return nothing;
    const t = this.t;
    const nearest = result.nearest;
    if (!nearest) return result.summary.participation?.remote ? nothing : html`<p class="place muted">${t('finder.result.noPlace')}</p>`;
    const location = nearest.location;
    const honest = resultDistance(result, this.language);
    const distance = honest ? distanceText(honest, t, this.language) : '';
    const where = [this.locale.plain(location.name), location.city].filter(Boolean).join(', ');
    return html`<p class="place">${t('finder.result.nearest', { place: where })}<br /><strong>${distance}</strong></p>`;
  }

  private renderMatch(catalog: TrialCatalog, match: NonNullable<FinderResult['match']>) {
    const t = this.t;
    const reasons = match.reasons.map((id) => catalog.questions?.find((q) => q.id === id)?.reason).filter((reason): reason is LocalizedText => reason !== undefined);
    return html`<div class=${classMap({ match: true, [`match-${match.outcome}`]: true })}>
      <p><strong>${t(`finder.match.${match.outcome}`)}</strong></p>
      ${
        match.outcome === 'unlikely' && reasons.length
          ? reasons.map((reason) => html`<p>${t('finder.match.because', { reason: this.locale.plain(reason) })}</p>`)
          : nothing
      }
    </div>`;
  }

  private renderFilters(catalog: TrialCatalog) {
    const t = this.t;
    const questions = catalog.questions ?? [];
    // GOV.UK's "filter a list" on a phone: the filters fold away above the list, open on wider screens.
    return html`<details class="filters panel" part="filters" ?open=${this.filtersOpen} @toggle=${this.toggled}>
      <summary><h3 id="filters-heading" class="filters-heading">${t('finder.filters.heading')}</h3></summary>
      <form aria-labelledby="filters-heading" novalidate @submit=${this.submit}>
      <p class="hint">${t('finder.filters.privacy')}</p>
      <div class="field">
        <label for="words">${t('finder.words')}</label>
        <p class="hint" id="words-hint">${t('finder.words.hint')}</p>
        <input id="words" class="text" type="search" aria-describedby="words-hint" .value=${live(this.words)} @input=${this.wordsInput} @change=${this.committed} />
      </div>
      ${this.renderWhere()}
      <div class="field">
        <label for="age">${t('finder.age')}</label>
        <p class="hint" id="age-hint">${t('finder.age.hint')}</p>
        ${this.ageInvalid ? html`<p class="error-message" id="age-error">${t('finder.age.error')}</p>` : nothing}
        <input
          id="age"
          class="text number"
          inputmode="numeric"
          autocomplete="off"
          aria-describedby=${this.ageInvalid ? 'age-hint age-error' : 'age-hint'}
          aria-invalid=${this.ageInvalid ? 'true' : nothing}
          .value=${live(this.ageText)}
          @input=${this.ageInput}
          @change=${this.committed}
        />
      </div>
      <fieldset>
        <legend>${t('finder.sex.legend')}</legend>
        ${(['', 'female', 'male'] as const).map((value) =>
          this.option('radio', 'sex', value, this.sex === value, t(value ? `finder.sex.${value}` : 'finder.sex.any'), () => {
            this.sex = value;
          }),
        )}
      </fieldset>
      <fieldset>
        <legend>${t('finder.status.legend')}</legend>
        ${this.option('checkbox', 'takingNow', 'on', this.takingNow, t('finder.takingNow'), (checked) => (this.takingNow = checked))}
        ${this.option('checkbox', 'openingSoon', 'on', this.openingSoon, t('finder.openingSoon'), (checked) => (this.openingSoon = checked))}
        ${this.option('checkbox', 'fromHome', 'on', this.fromHome, t('finder.fromHome'), (checked) => (this.fromHome = checked))}
      </fieldset>
      ${
        questions.length
          ? html`<fieldset class="questions">
            <legend>${t('finder.questions.legend')}</legend>
            <p class="hint">${t('finder.questions.hint')}</p>
            ${questions.map((q) => this.renderQuestion(q))}
            ${
              Object.keys(this.answers).length
                ? html`<button type="button" class="link-button" @click=${this.clearAnswers}>${t('finder.questions.clear')}</button>`
                : nothing
            }
          </fieldset>`
          : nothing
      }
      <div class="buttons"><button type="button" class="button secondary" @click=${this.clearAll}>${t('finder.clear')}</button></div>
      </form>
    </details>`;
  }

  private option(type: 'radio' | 'checkbox', name: string, value: string, checked: boolean, label: unknown, set: (checked: boolean) => void) {
    const change = (event: Event) => {
      set((event.target as HTMLInputElement).checked);
      this.filtered();
    };
    return html`<label class="option"
      ><span class="box"><input type=${type} name=${name} value=${value} .checked=${live(checked)} @change=${change} /></span
      ><span class="label">${label}</span></label
    >`;
  }

  private renderWhere() {
    const t = this.t;
    const unit = this.unit;
    const choices = RADIUS_CHOICES[unit].map((value) => Math.round((unit === 'mile' ? value * KM_PER_MILE : value) * 1000) / 1000);
    if (this.radiusKm !== undefined && !choices.some((km) => Math.abs(km - this.radiusKm!) < 0.01)) choices.push(this.radiusKm);
    choices.sort((a, b) => a - b);
    const within = (km: number) => {
      const value = Math.round(unit === 'mile' ? km / KM_PER_MILE : km);
      let amount = `${value}`;
      try {
        amount = new Intl.NumberFormat(this.language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
      } catch {
        amount = `${value} ${unit === 'mile' ? 'mi' : 'km'}`;
      }
      return t('finder.radius.within', { distance: amount });
    };
    const placeMessage: Partial<Record<PlaceState, string>> = {
      looking: t('finder.postal.looking'),
      found: t('finder.postal.found'),
      notFound: t('finder.postal.notFound'),
      failed: t('finder.postal.failed'),
      locating: t('finder.locate.locating'),
      located: t('finder.locate.found'),
      denied: t('finder.locate.denied'),
    };
    const problem = this.place === 'notFound' || this.place === 'failed';
    return html`<fieldset class="where">
      <legend>${t('finder.where.legend')}</legend>
      <div class="field">
        <label for="postal">${t('finder.postal')}</label>
        <div class="inline-row">
          <input
            id="postal"
            class="text postal"
            autocomplete="postal-code"
            aria-describedby="place-status"
            aria-invalid=${problem ? 'true' : nothing}
            .value=${live(this.postal)}
            @input=${this.postalInput}
            @change=${this.postalChange}
          />
          <button type="button" class="button secondary" @click=${this.postalChange}>${t('finder.postal.find')}</button>
        </div>
      </div>
      <p id="place-status" class=${classMap({ 'place-status': true, 'error-message': problem, hint: !problem })} role="status">${placeMessage[this.place] ?? ''}</p>
      <div class="field">
        <button type="button" class="link-button locate" @click=${this.locate}>${t('finder.locate')}</button>
        <p class="hint">${t('finder.locate.note')}</p>
      </div>
      <div class="field">
        <label for="radius">${t('finder.radius')}</label>
        <select id="radius" class="select" @change=${this.radiusChange}>
          <option value="" ?selected=${this.radiusKm === undefined}>${t('finder.radius.any')}</option>
          ${choices.map((km) => html`<option value=${km} ?selected=${this.radiusKm !== undefined && Math.abs(km - this.radiusKm) < 0.01}>${within(km)}</option>`)}
        </select>
      </div>
    </fieldset>`;
  }

  private renderQuestion(q: Question) {
    const t = this.t;
    const answer = this.answers[q.id];
    const name = `q-${q.id}`;
    const set = (value: Answer | undefined) => {
      const answers = { ...this.answers };
      if (value === undefined) delete answers[q.id];
      else answers[q.id] = value;
      this.answers = answers;
      this.filtered();
    };
    const unsure = q.allowUnsure !== false;
    if (q.type === 'number') {
      return html`<div class="field question">
        <label for=${name}>${this.text(q.text)}${q.unit ? html` <span class="muted">(${this.text(q.unit)})</span>` : nothing}</label>
        <input
          id=${name}
          class="text number"
          inputmode="decimal"
          autocomplete="off"
          .value=${live(typeof answer === 'number' ? String(answer) : '')}
          @change=${(event: Event) => {
            const typed = (event.target as HTMLInputElement).value.trim().replace(',', '.');
            const value = Number(typed);
            set(typed === '' || !Number.isFinite(value) ? undefined : value);
          }}
        />
        ${unsure ? this.answerOption('checkbox', name, '?', answer === UNSURE, t('finder.unsure'), (checked) => set(checked ? UNSURE : undefined)) : nothing}
      </div>`;
    }
    const multi = q.type === 'multi';
    const choices: [string, unknown][] =
      q.type === 'yesno'
        ? [
            ['yes', t('finder.yes')],
            ['no', t('finder.no')],
          ]
        : (q.options ?? []).map((o) => [o.value, this.text(o.label)]);
    const chosen = (value: string) => (multi ? Array.isArray(answer) && answer.includes(value) : answer === value);
    return html`<fieldset class="question">
      <legend>${this.text(q.text)}</legend>
      ${choices.map(([value, label]) =>
        this.answerOption(multi ? 'checkbox' : 'radio', name, value, chosen(value), label, (checked) => {
          if (!multi) return set(value);
          const current = Array.isArray(answer) ? (answer as string[]) : [];
          const next = checked ? [...current, value] : current.filter((v) => v !== value);
          set(next.length ? next : undefined);
        }),
      )}
      ${unsure ? this.answerOption(multi ? 'checkbox' : 'radio', name, '?', answer === UNSURE, t('finder.unsure'), (checked) => set(checked ? UNSURE : undefined)) : nothing}
    </fieldset>`;
  }

  private answerOption(type: 'radio' | 'checkbox', name: string, value: string, checked: boolean, label: unknown, set: (checked: boolean) => void) {
    return html`<label class="option"
      ><span class="box"
        ><input type=${type} name=${name} value=${value} .checked=${live(checked)} @change=${(event: Event) => set((event.target as HTMLInputElement).checked)} /></span
      ><span class="label">${label}</span></label
    >`;
  }

  private renderOpened(opened: Opened, catalog: TrialCatalog) {
    const t = this.t;
    const entry = catalog.trials[opened.index];
    const summary = entry ? this.summaryOfEntry(entry) : undefined;
    const lang = this.getAttribute('lang') ?? undefined;
    const theme = this.theme ?? undefined;
    const ref = this.ref || undefined;
    let body: unknown;
    if (opened.status === 'loading') body = html`<p class="muted" role="status">${t('finder.opened.loading')}</p>`;
    else if (opened.status === 'error' || !opened.config) body = html`<p>${t('finder.opened.failed')}</p>`;
    else {
      const config = opened.config;
      const parts = new Set(this.parts);
      body = html`${parts.has('card') ? html`<trial-card .config=${config} lang=${ifDefined(lang)} ref=${ifDefined(ref)} theme=${ifDefined(theme)} heading-level="2"></trial-card>` : nothing}
      ${
        parts.has('eligibility')
          ? html`<trial-eligibility .config=${config} .answers=${this.answers} lang=${ifDefined(lang)} ref=${ifDefined(ref)} theme=${ifDefined(theme)} heading-level="2" @trial-eligibility-complete=${this.prescreened}></trial-eligibility>`
          : nothing
      }
      ${parts.has('faq') ? html`<trial-faq .config=${config} lang=${ifDefined(lang)} ref=${ifDefined(ref)} theme=${ifDefined(theme)} heading-level="3"></trial-faq>` : nothing}
      ${parts.has('share') ? html`<trial-share .config=${config} lang=${ifDefined(lang)} ref=${ifDefined(ref)} theme=${ifDefined(theme)}></trial-share>` : nothing}
      ${this.unlikelyShown === opened.index ? this.renderOthers(catalog, opened.index) : nothing}`;
    }
    return html`<div class="opened" part="opened">
      <div class="buttons back-row">
        <button type="button" class="button secondary back" part="back" @click=${this.back}>${t('finder.back')}</button>
      </div>
      <section class="opened-trial" tabindex="-1" aria-label=${summary ? this.locale.plain(summary.title) : t('finder.title')}>${body}</section>
    </div>`;
  }

  /** After an "unlikely" pre-screener result: up to three other studies in the list that may fit. */
  private renderOthers(catalog: TrialCatalog, index: number) {
    const others = this.results.filter((r) => r.index !== index && r.match?.outcome !== 'unlikely').slice(0, 3);
    if (!others.length) return nothing;
    return html`<section class="others panel" aria-labelledby="others-heading">
      <h2 id="others-heading">${this.t('finder.others.heading')}</h2>
      <ul>
        ${others.map(
          (r) => html`<li><a href="#trial=${r.summary.id}" data-trial=${r.summary.id} @click=${this.openFromList}>${this.text(r.summary.title)}</a></li>`,
        )}
      </ul>
    </section>`;
  }

  private toggled = (event: Event) => {
    this.filtersOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  private prescreened = (event: CustomEvent<{ outcome: string }>) => {
    if (event.detail.outcome === 'unlikely' && this.opened) this.unlikelyShown = this.opened.index;
  };

  // --- Opening a study, and back ---------------------------------------------------------------

  /** Every entry parseCatalog kept has a summary (an inline config's is made from it). */
  private summaryOfEntry(entry: CatalogEntry): CatalogSummary | undefined {
    return entry.summary;
  }

  private indexOf(catalog: TrialCatalog, id: string): number {
    return catalog.trials.findIndex((entry) => this.summaryOfEntry(entry)?.id === id);
  }

  /** Follows the URL's `#trial=<id>`: opens that study, or, without one, shows the list again. */
  private followLocation = () => {
    const state = this.catalogState;
    if (state.status !== 'ready') return;
    const id = hashId(location.hash);
    if (id === this.opened?.id) return;
    if (!id) return this.close();
    const index = this.indexOf(state.catalog, id);
    if (index < 0) return;
    this.open(state.catalog, index, id);
  };

  private openFromList = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab: let the browser
    event.preventDefault();
    const id = (event.currentTarget as HTMLElement).dataset.trial!;
    const state = this.catalogState;
    if (state.status !== 'ready') return;
    if (location.hash !== `#trial=${id}`) history.pushState({ trialFinder: id }, '', `#trial=${id}`);
    const index = this.indexOf(state.catalog, id);
    this.open(state.catalog, index, id, this.results.findIndex((r) => r.index === index) + 1);
  };

  /** Opens a study in place; `position` is its 1-based place in the list, 0 when it came from a link. */
  private open(catalog: TrialCatalog, index: number, id: string, position = 0) {
    const entry = catalog.trials[index];
    if (!entry) return;
    const known = this.configs.get(index);
    const opened: Opened = known ? { index, id, status: 'ready', config: known } : { index, id, status: 'loading' };
    this.opened = opened;
    this.unlikelyShown = undefined;
    this.focusAfterUpdate = '.opened-trial';
    emit(this, 'trial-finder-open', { trialId: id, position });
    const parts = this.parts;
    const loaded = Promise.all(parts.map((part) => PART_LOADERS[part]().catch(() => undefined)));
    if (known) return;
    const state = this.catalogState;
    const base = state.status === 'ready' ? state.base : document.baseURI;
    const url = entry.src ? this.entryUrl?.(entry.src, base) : undefined;
    const source: Promise<ConfigState> = entry.config
      ? stateFromValue(entry.config, `catalog entry trials[${index}].config`)
      : url
        ? loadConfigFromUrl(url, new AbortController().signal)
        : Promise.resolve({ status: 'error', problems: [{ path: `trials[${index}].src`, message: 'This is not a web address.' }] });
    void Promise.all([source, loaded]).then(([result]) => {
      if (this.opened !== opened) return;
      if (result.status === 'ready') {
        this.configs.set(index, result.config);
        this.opened = { ...opened, status: 'ready', config: result.config };
      } else {
        if (result.status === 'error') {
          console.error(
            `trialkit: <trial-finder> cannot show trials[${index}].\n${result.problems.map((p) => `  • ${p.path || '(config)'}: ${p.message}`).join('\n')}`,
          );
        }
        this.opened = { ...opened, status: 'error' };
      }
    });
  }

  /** Back to the same list and filters, with focus on the study that was open. */
  private close() {
    const opened = this.opened;
    if (!opened) return;
    this.opened = undefined;
    const position = this.results.findIndex((r) => r.index === opened.index);
    if (position >= this.shown) this.shown = Math.ceil((position + 1) / PAGE) * PAGE;
    this.focusAfterUpdate = position >= 0 ? `.results-list a[data-trial="${opened.id}"]` : '.title';
  }

  private back = () => {
    // Our own history entry: going back is what the browser's Back does too (popstate closes it).
    if ((history.state as { trialFinder?: string } | null)?.trialFinder === this.opened?.id) {
      history.back();
      return;
    }
    history.replaceState(history.state, '', location.pathname + location.search);
    this.close();
  };

  // --- Filter events ---------------------------------------------------------------------------

  private submit = (event: Event) => {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLInputElement>('#postal');
    if (target && target.value.trim() && this.place !== 'found') void this.lookUp();
  };

  private committed = () => {
    this.filtered();
    this.requestUpdate();
  };

  private wordsInput = (event: Event) => {
    this.words = (event.target as HTMLInputElement).value;
    this.shown = PAGE;
  };

  private ageInput = (event: Event) => {
    this.ageText = (event.target as HTMLInputElement).value;
    this.shown = PAGE;
  };

  private postalInput = (event: Event) => {
    this.postal = (event.target as HTMLInputElement).value;
  };

  private postalChange = () => {
    void this.lookUp();
  };

  private lookupCount = 0;

  /** Turns the postal code into a position from trialkit's table (loaded on first use, from the bundle's place). */
  private async lookUp() {
    const code = this.postal.trim();
    const run = ++this.lookupCount;
    if (!code) {
      this.near = undefined;
      this.place = 'idle';
      this.filtered();
      return;
    }
    this.place = 'looking';
    let point: GeoPoint | undefined;
    let failed = false;
    try {
      point = await lookupPostalCode(code, this.country || 'US', new URL(this.postalSrc || defaultPostalBase(), document.baseURI).href);
    } catch (error) {
      failed = true;
      console.warn(`trialkit: <trial-finder> could not load the postal-code table (${String(error)}). Upload the whole dist/ folder, postal/ included.`);
    }
    if (run !== this.lookupCount) return;
    // Not found: said so, and the other filters still apply (no position, so no distance filter).
    this.near = point;
    this.place = point ? 'found' : failed ? 'failed' : 'notFound';
    this.filtered();
  }

  /** Asked only when the person presses the button; the position is used here and not kept or sent. */
  private locate = () => {
    const run = ++this.lookupCount;
    this.place = 'locating';
    locateReader().then(
      (point) => {
        if (run !== this.lookupCount) return;
        this.near = point;
        this.postal = '';
        this.place = 'located';
        this.filtered();
      },
      () => {
        if (run !== this.lookupCount) return;
        this.place = 'denied';
      },
    );
  };

  private radiusChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.radiusKm = value ? Number(value) : undefined;
    this.filtered();
  };

  private widen = () => {
    this.radiusKm = undefined;
    this.filtered();
    this.focusAfterUpdate = '#radius';
  };

  private clearAnswers = () => {
    this.answers = {};
    this.filtered();
  };

  private clearAll = () => {
    this.words = '';
    this.postal = '';
    this.near = undefined;
    this.place = 'idle';
    this.radiusKm = undefined;
    this.ageText = '';
    this.sex = '';
    this.takingNow = true;
    this.openingSoon = false;
    this.fromHome = false;
    this.answers = {};
    this.filtered();
    this.focusAfterUpdate = '#words';
  };

  private showMore = () => {
    const first = this.shown;
    this.shown += PAGE;
    this.focusAfterUpdate = `.results-list li[data-position="${first + 1}"] a`;
  };
}
