import { css, html, isServer, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isRightToLeft, type LocalizedText } from '../core/localize.js';
import type { TrialConfig } from '../core/schema.js';
import type { Translate } from '../i18n/translate.js';
import { ConfigController } from './config-controller.js';
import type { ConfigState } from './config-source.js';
import { renderContactActions } from './contact-actions.js';
import { emit } from './events.js';
import { glossaryStyles } from './glossary-text.styles.js';
import { configTextLanguages, LocaleController, type TextOptions } from './locale-controller.js';
import { takeTurn, waitForTurn } from './render-turns.js';
import { sharedStyles } from './shared.styles.js';
import type { TrialKit } from './trial-kit.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const warned = new WeakMap<Element, Set<string>>();

/**
 * The glossary matcher (glossary-text.ts) is a chunk: an element's first render shows its texts
 * plain, and the clinical terms become buttons a moment later (they take no more room, so nothing
 * moves). `undefined` until loaded, and for good if it cannot be (the texts stay plain).
 */
let glossaryModule: typeof import('./glossary-text.js') | undefined;
let glossaryLoading: Promise<void> | undefined;
let glossaryLoaded = false;
const loadGlossaryText = () =>
  (glossaryLoading ??= import('./glossary-text.js')
    .then(
      (module) => {
        glossaryModule = module;
      },
      (error: unknown) => console.warn(`trialkit: clinical terms cannot be explained on this page (${String(error)}). Copy the chunks/ folder next to trialkit.js.`),
    )
    .finally(() => {
      glossaryLoaded = true;
    }));

/** Every language a config text may be shown in for this reader (whose built-in terms it may use). */
function glossaryLanguages(config: TrialConfig, language: string): string[] {
  return [...new Set([language, config.defaultLocale ?? 'en', 'en', ...configTextLanguages(config)])];
}

/**
 * What trialkit/render loads before rendering, so that the server's markup explains the terms as
 * the browser's first render over it will.
 */
export async function prepareServerGlossary(config: TrialConfig, language: string): Promise<void> {
  await loadGlossaryText();
  await glossaryModule?.preloadTerms(glossaryLanguages(config, language));
}

// A config text in the other direction that fills its block (an English summary in an Arabic
// card) gives the block its direction, so it starts at its own side, not the widget's. (A JS
// comment: comments inside css`` ship in the bundle.)
const baseStyles = css`
  .language-notice {
    margin-block-end: var(--_space);
  }
  :is(p, li, dd, h2, h3, h4, h5, h6, legend):has(> [lang][dir='ltr']:only-child) {
    direction: ltr;
  }
  :is(p, li, dd, h2, h3, h4, h5, h6, legend):has(> [lang][dir='rtl']:only-child) {
    direction: rtl;
  }
`;

/**
 * The thin base of every trialkit element: its config sources as properties, a config controller
 * (where the config comes from, and its state) and a locale controller (the reader's language and
 * strings), the theme and direction of its root, and the friendly fallback. Renders wait for the
 * reader's strings rather than flash English first.
 *
 * @csspart base - The wrapper.
 * @csspart language-notice - "Information about this study is only available in English.", shown once when the config has no text in the reader's language.
 * @csspart fallback - The message shown when the config cannot be used.
 */
export abstract class TrialBase extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles, glossaryStyles, baseStyles];

  /** URL of a trial config JSON file, for use without `<trial-study>`. */
  @property({ reflect: true }) src?: string;

  /**
   * URL of a ClinicalTrials.gov API v2 study record (JSON), imported in the browser instead of a
   * config (eligibility questions are left out). Used when there is no `config`, inline JSON or `src`.
   */
  @property({ attribute: 'ctgov-src', reflect: true }) ctgovSrc?: string;

  /** The trial config as an object, for use without `<trial-study>`. Validated when set (not again when it came from a trialkit element). */
  @property({ attribute: false }) config?: unknown;

  /** Attribution code of the embedding site (added to shared links and referrals). */
  @property({ reflect: true }) ref?: string;

  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: string;

  /** Where the config comes from, and how far it got. */
  protected abstract readonly source: ConfigController;

  /** The reader's language and strings. */
  protected abstract readonly locale: LocaleController;

  /** Waits for the reader's strings to load (a few ms, once) rather than flash English first. */
  protected override shouldUpdate(_changed: PropertyValues): boolean {
    if (this.locale.ready) return true;
    void this.locale.load().then(() => this.requestUpdate());
    return false;
  }

  /**
   * True during the first render over markup from trialkit/render (Lit's hydration): that render
   * must produce exactly what the server did, so what only the browser knows (the page address,
   * the native share sheet, loaded chunks) waits for the next render, which follows at once.
   * @internal
   */
  get hydrating(): boolean {
    return this.serverRendered && !this.hasUpdated;
  }

  /** The element upgraded with a declarative shadow root already in it (markup from trialkit/render). */
  protected readonly serverRendered = !isServer && this.shadowRoot !== null;

  protected override async getUpdateComplete(): Promise<boolean> {
    // A config set as a property or inline is validated by an on-demand chunk: wait for it, so that
    // `await el.updateComplete` after `el.config = …` sees the rendered trial, as it always did.
    let result = await super.getUpdateComplete();
    while (this.source.pending) {
      await this.source.pending;
      result = await super.getUpdateComplete();
    }
    if (this.locale.ready) return result;
    await this.locale.load();
    return super.getUpdateComplete();
  }

  // Runs on every update (not only when src/config changed), before subclasses read the config:
  // an update may have been held back while the strings loaded, and the source key check is cheap.
  protected override willUpdate(_changed: PropertyValues): void {
    this.source.sync();
    this.hydratingUpdate = this.hydrating;
  }

  /** Set for the update that hydrates; `updated` then asks for the browser's own render. */
  private hydratingUpdate = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.hydratingUpdate) return;
    this.hydratingUpdate = false;
    this.requestUpdate();
  }

  /** The ready config, if there is one. */
  get trialConfig(): TrialConfig | undefined {
    return this.source.config;
  }

  /** The reader's language: this element's `lang`, else the nearest ancestor's (across shadow roots), else English. */
  get language(): string {
    return this.locale.language;
  }

  protected get effectiveRef(): string | undefined {
    return this.ref || this.source.study?.ref || undefined;
  }

  protected get effectiveTheme(): Theme {
    const own = this.theme ?? this.source.study?.theme;
    return this.checkedAttribute('theme', own, THEMES, 'light');
  }

  /** Translator for built-in strings, in the reader's language. */
  protected get t(): Translate {
    return this.locale.t;
  }

  /**
   * Config text in the reader's language, marked with `lang` when it falls back to another language.
   * With `{ glossary: section }`, clinical terms in it are explained in place (first use per section).
   */
  protected text(value: LocalizedText | undefined, options?: TextOptions): TemplateResult | string {
    return this.locale.text(value, options);
  }

  /** Config text as a plain string (for attributes such as `alt`). */
  protected plain(value: LocalizedText | undefined): string {
    return this.locale.plain(value);
  }

  /**
   * Reads an enumerated attribute; an unknown value falls back to the default with one console
   * warning, so a typo in a CMS never breaks the widget.
   */
  protected checkedAttribute<T extends string>(name: string, value: string | undefined | null, allowed: readonly T[], fallback: T): T {
    if (value == null || value === '') return fallback;
    const normalized = value.trim().toLowerCase() as T;
    if (allowed.includes(normalized)) return normalized;
    const seen = warned.get(this) ?? new Set<string>();
    if (!seen.has(`${name}=${value}`)) {
      seen.add(`${name}=${value}`);
      warned.set(this, seen);
      console.warn(`trialkit: <${this.localName} ${name}="${value}"> is not a known value; using "${fallback}". Use one of: ${allowed.join(', ')}.`);
    }
    return fallback;
  }

  override render() {
    const locale = this.locale;
    const lang = locale.ui;
    const requested = this.language.toLowerCase().split('-')[0];
    locale.fallbackLanguage = undefined;
    const body = this.renderState(this.source.state);
    // Said once, above everything, when the study's own texts are not in the reader's language.
    const fallback = locale.fallbackLanguage;
    // The direction of the built-in text, whatever the host page's: an Arabic widget is right to
    // left on an English page, an English one left to right on an Arabic page.
    return html`<div
      class="root theme-${this.effectiveTheme}"
      part="base"
      lang=${lang !== requested ? lang : nothing}
      dir=${isRightToLeft(lang) ? 'rtl' : 'ltr'}
    >
      ${fallback ? html`<p class="language-notice muted" part="language-notice">${locale.fallbackNotice(fallback)}</p>` : nothing}${body}
    </div>`;
  }

  protected renderState(state: ConfigState): unknown {
    switch (state.status) {
      case 'loading':
        return state.quiet ? nothing : html`<p class="loading muted" role="status">${this.t('common.loading')}</p>`;
      case 'error':
        return this.renderFallback(state);
      default:
        return nothing;
    }
  }

  /** The short, friendly message shown when the config cannot be used, with any contact still readable. */
  protected renderFallback(state: Extract<ConfigState, { status: 'error' }>): TemplateResult {
    const t = this.t;
    const title = typeof state.title === 'string' || (state.title && typeof state.title === 'object') ? this.plain(state.title as LocalizedText) : '';
    return html`<section class="fallback panel" part="fallback">
      ${title ? html`<p><strong>${title}</strong></p>` : nothing}
      <p>${t('common.fallback.title')}</p>
      ${
        state.contact
          ? html`<p>${t('common.fallback.body')}</p>
            ${renderContactActions(state.contact, t, (value) => this.text(value), { host: this, trialId: state.trialId ?? '' })}`
          : html`<p>${t('common.fallback.later')}</p>`
      }
    </section>`;
  }
}

/**
 * What every element that shows a trial shares: it takes its config from `<trial-study>` through
 * context, or from its own `config` property, inline JSON child or `src`, and hands its lazily
 * loaded chunks one `kit`. Subclasses only implement `renderTrial()`.
 */
export abstract class TrialElement extends TrialBase {
  /** `off` turns off the in-place explanations of clinical terms (also read from the enclosing `<trial-study>`). */
  @property() glossary?: string;

  protected readonly source = new ConfigController(this, { readsStudy: true, reportsDrafts: true });

  protected readonly locale: LocaleController = new LocaleController(this, {
    config: () => this.trialConfig,
    glossary: (text, lang, section) => this.glossaryText(text, lang, section),
  });

  /** Set by a render that had terms to explain before the glossary chunk was in. */
  private wantsGlossary = false;
  /** The glossary chunk this element waits for (updateComplete waits too). */
  private glossaryPending?: Promise<void>;

  private glossaryText(text: string, lang: string, section: string): TemplateResult | string {
    if (glossaryModule) return glossaryModule.glossaryText(this, text, lang, section);
    if (isServer) return text;
    if ((this.glossary ?? this.closest('trial-study')?.getAttribute('glossary'))?.toLowerCase() !== 'off') this.wantsGlossary = true;
    return text;
  }

  /** The config this element has had its turn to render (render-turns.ts): a new one waits for a task of its own. */
  private turnFor?: TrialConfig;
  /** Set while the element waits for its turn (updateComplete waits too). */
  private turnPending?: Promise<void>;

  /**
   * The first render of a trial takes a turn: when another element rendered its trial in this task
   * (a study's config reaches all of its elements at once), this one renders in a task of its own.
   * Over trialkit/render's markup, that render also explains the same clinical terms as the server
   * did (its markup has them): it waits for the glossary chunk and the built-in terms, a few ms once.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!super.shouldUpdate(changed)) return false;
    const config = this.trialConfig;
    if (!config) return true;
    if (this.hydrating) {
      const langs = glossaryLanguages(config, this.language);
      if (!glossaryModule?.termsLoaded(langs)) {
        void loadGlossaryText()
          .then(() => glossaryModule?.preloadTerms(langs))
          .then(() => this.requestUpdate());
        // (If the chunk could not load, the texts render plain.)
        if (!(glossaryLoaded && !glossaryModule)) return false;
      }
    }
    if (this.turnFor === config) return true;
    if (this.turnPending) return false;
    if (takeTurn()) {
      this.turnFor = config;
      return true;
    }
    const pending = waitForTurn((now) => {
      this.turnFor = this.trialConfig;
      this.renderAgain(now);
    });
    this.turnPending = pending;
    void pending.then(() => {
      if (this.turnPending === pending) this.turnPending = undefined;
    });
    return false;
  }

  /**
   * Renders again in a turn of its own (render-turns.ts): for what arrives for every element of a
   * page at once, such as the glossary's terms, so their re-renders are not one long task.
   */
  renderInTurn(): Promise<void> {
    return waitForTurn((now) => this.renderAgain(now));
  }

  /** Renders again: in a microtask, or `now` when the page is about to print (before it is laid out for paper). */
  protected renderAgain(now: boolean): void {
    this.requestUpdate();
    if (now) this.performUpdate();
  }

  /** The element's helpers for its on-demand chunks (the same object for every chunk). */
  protected readonly kit: TrialKit = this.makeKit();

  private focusAfterUpdate?: string;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterUpdate) this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
    if (this.wantsGlossary && !this.glossaryPending) {
      this.wantsGlossary = false;
      const pending = loadGlossaryText()
        .then(() => (glossaryModule ? this.renderInTurn() : undefined))
        .then(() => {
          this.glossaryPending = undefined;
        });
      this.glossaryPending = pending;
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // `await el.updateComplete` sees the config's own terms explained, as before the matcher was a
    // chunk, and the trial rendered after a turn of waiting.
    let result = await super.getUpdateComplete();
    while (this.glossaryPending || this.turnPending) {
      await (this.glossaryPending ?? this.turnPending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override renderState(state: ConfigState): unknown {
    if (state.status === 'ready') return this.renderTrial(state.config);
    // Inside a <trial-study>, the provider shows loading and error states once for all of its elements.
    return this.source.fromStudy ? nothing : super.renderState(state);
  }

  protected abstract renderTrial(config: TrialConfig): unknown;

  private makeKit(): TrialKit {
    // Getters, so a chunk always reads the current language, strings, config and ref.
    const element = this;
    return {
      get t() {
        return element.t;
      },
      get language() {
        return element.language;
      },
      text: (value, options) => this.text(value, options),
      plain: (value) => this.plain(value),
      get trialConfig() {
        return element.trialConfig;
      },
      get ref() {
        return element.effectiveRef;
      },
      get root() {
        return element.renderRoot as ShadowRoot;
      },
      emit: (name, detail) => emit(this, name, detail),
      changed: (focus) => {
        this.focusAfterUpdate = focus;
        this.requestUpdate();
      },
      get updateComplete() {
        return element.updateComplete;
      },
      with(extras) {
        return Object.defineProperties(Object.create(this), Object.getOwnPropertyDescriptors(extras));
      },
    };
  }
}
