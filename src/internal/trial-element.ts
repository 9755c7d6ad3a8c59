import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { hasRightToLeftLetters, isRightToLeft, resolveTextWithLang, sameLanguage, type LocalizedText } from '../core/localize.js';
import type { TrialConfig } from '../core/schema.js';
import { createTranslator, isLanguageReady, loadLanguage, uiLanguage, type Translate } from '../i18n/translate.js';
import { inlineConfigText, loadConfigFromUrl, loadCtgovFromUrl, logProblems, stateFromValue, type ConfigState } from './config-source.js';
import { renderContactActions } from './contact-actions.js';
import { emit } from './events.js';
import { glossaryText } from './glossary-text.js';
import { glossaryStyles } from './glossary-text.styles.js';
import { sharedStyles } from './shared.styles.js';
import { studyContext, type StudyContext } from './study-context.js';
import { watchLanguage } from './watch-language.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const warned = new WeakMap<Element, Set<string>>();

/**
 * What every trialkit element shares: it takes its config from `<trial-study>` through context,
 * or from its own `config` property, inline JSON child or `src`; resolves its language from the
 * nearest `lang`; applies the theme; and shows a friendly fallback instead of breaking the page.
 * Subclasses only implement `renderTrial()`.
 */
export abstract class TrialElement extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles, glossaryStyles];

  /** URL of a trial config JSON file, for use without `<trial-study>`. */
  @property({ reflect: true }) src?: string;

  /**
   * URL of a ClinicalTrials.gov API v2 study record (JSON), imported in the browser instead of a
   * config (eligibility questions are left out). Used when there is no `config`, inline JSON or `src`.
   */
  @property({ attribute: 'ctgov-src', reflect: true }) ctgovSrc?: string;

  /** The trial config as an object, for use without `<trial-study>`. Validated when set. */
  @property({ attribute: false }) config?: unknown;

  /** Attribution code of the embedding site (added to shared links and referrals). */
  @property({ reflect: true }) ref?: string;

  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: string;

  /** `off` turns off the in-place explanations of clinical terms (also read from the enclosing `<trial-study>`). */
  @property() glossary?: string;

  /** The config state when this element loads its own config. */
  @state() protected ownState: ConfigState = { status: 'idle' };

  /** What the enclosing <trial-study> provides, if any. */
  @state() protected study?: StudyContext;

  /** Whether elements of this kind read their config from an enclosing <trial-study>. */
  protected static readsStudy = true;

  private loadedKey: unknown = undefined;
  private loadAbort?: AbortController;
  private childObserver?: MutationObserver;
  private stopWatchingLanguage?: () => void;
  private studyConsumer?: ContextConsumer<typeof studyContext, this>;
  /** The config being loaded or validated, if any (updateComplete waits for it). */
  private pendingLoad?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Ask for the study's config only when there is no source of our own. An unanswered request
    // is kept by the document's ContextRoot until a provider appears, so asking needlessly (a
    // standalone element created many times) would slowly leak memory.
    if (!this.studyConsumer && (this.constructor as typeof TrialElement).readsStudy && !this.hasOwnSource) {
      this.studyConsumer = new ContextConsumer(this, {
        context: studyContext,
        subscribe: true,
        callback: (value) => {
          this.study = value;
        },
      });
    }
    this.cachedLanguage = undefined;
    this.stopWatchingLanguage = watchLanguage(() => {
      this.cachedLanguage = undefined;
      this.requestUpdate();
    });
    // Inline JSON may be parsed after the element upgrades, and a playground may edit it live.
    this.childObserver = new MutationObserver(() => this.syncOwnSource());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.syncOwnSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
    this.childObserver?.disconnect();
  }

  /** Waits for the reader's language to load (a few ms, once) rather than flash English first. */
  protected override shouldUpdate(_changed: PropertyValues): boolean {
    const lang = uiLanguage(this.language);
    if (isLanguageReady(lang)) return true;
    void loadLanguage(lang).then(() => this.requestUpdate());
    return false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // A config set as a property or inline is validated by an on-demand chunk: wait for it, so that
    // `await el.updateComplete` after `el.config = …` sees the rendered trial, as it always did.
    let result = await super.getUpdateComplete();
    while (this.pendingLoad) {
      await this.pendingLoad;
      result = await super.getUpdateComplete();
    }
    const lang = uiLanguage(this.language);
    if (isLanguageReady(lang)) return result;
    await loadLanguage(lang);
    return super.getUpdateComplete();
  }

  // Runs on every update (not only when src/config changed): an update may have been held back
  // while the language loaded, and the source key check makes this cheap.
  protected override willUpdate(_changed: PropertyValues): void {
    this.syncOwnSource();
  }

  /** True when this element has a config source of its own (and so loads and reports it itself). */
  protected get hasOwnSource(): boolean {
    return this.config !== undefined || inlineConfigText(this) !== undefined || !!this.src || !!this.ctgovSrc;
  }

  /** The config this element shows: its own, or the one its <trial-study> provides. */
  protected get configState(): ConfigState {
    if (this.hasOwnSource) return this.ownState;
    return this.study?.state ?? { status: 'idle' };
  }

  /** The ready config, if there is one. */
  get trialConfig(): TrialConfig | undefined {
    const state = this.configState;
    return state.status === 'ready' ? state.config : undefined;
  }

  /** The reader's language: this element's `lang`, else the nearest ancestor's (across shadow roots), else English. */
  get language(): string {
    // Remembered between lang changes (a render asks dozens of times); forgotten when any lang
    // attribute in the document changes and when the element is attached somewhere else.
    if (this.cachedLanguage) return this.cachedLanguage;
    let node: Node | null = this;
    while (node) {
      if (node instanceof Element) {
        const lang = node.getAttribute('lang');
        if (lang) return this.isConnected ? (this.cachedLanguage = lang) : lang;
      }
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return this.isConnected ? (this.cachedLanguage = 'en') : 'en';
  }

  private cachedLanguage?: string;

  protected get effectiveRef(): string | undefined {
    return this.ref || this.study?.ref || undefined;
  }

  protected get effectiveTheme(): Theme {
    const own = this.theme ?? this.study?.theme;
    return this.checkedAttribute('theme', own, THEMES, 'light');
  }

  /** Translator for built-in strings, in the reader's language. */
  protected get t(): Translate {
    return createTranslator(this.language);
  }

  /**
   * Config text in the reader's language, marked with `lang` when it falls back to another language.
   * With `{ glossary: section }`, clinical terms in it are explained in place (first use per section).
   */
  protected text(value: LocalizedText | undefined, options?: { glossary?: string }): TemplateResult | string {
    const resolved = resolveTextWithLang(value, this.language, this.trialConfig?.defaultLocale);
    const content = options?.glossary ? glossaryText(this, resolved.text, resolved.lang ?? this.language, options.glossary) : resolved.text;
    // Compared with the language the built-in text is in (the inner root's lang), which is English
    // when the reader's language has no catalog: a French text in that case is marked French.
    const ui = uiLanguage(this.language);
    const rtl = isRightToLeft(ui);
    if (resolved.lang && !sameLanguage(resolved.lang, ui)) {
      const ownRtl = isRightToLeft(resolved.lang);
      return html`<span lang=${resolved.lang} dir=${ownRtl === rtl ? nothing : ownRtl ? 'rtl' : 'ltr'}>${content}</span>`;
    }
    // A plain string's language is unknown: let its first letter set its direction.
    if (!resolved.lang && resolved.text && (rtl || hasRightToLeftLetters(resolved.text))) return html`<span dir="auto">${content}</span>`;
    return content;
  }

  /** Config text as a plain string (for attributes such as `alt`). */
  protected plain(value: LocalizedText | undefined): string {
    return resolveTextWithLang(value, this.language, this.trialConfig?.defaultLocale).text;
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
    const state = this.configState;
    const lang = uiLanguage(this.language);
    const requested = this.language.toLowerCase().split('-')[0];
    const body = this.renderState(state);
    // The direction of the built-in text, whatever the host page's: an Arabic widget is right to
    // left on an English page, an English one left to right on an Arabic page.
    return html`<div
      class=${classMap({ root: true, [`theme-${this.effectiveTheme}`]: true })}
      part="base"
      lang=${lang !== requested ? lang : nothing}
      dir=${isRightToLeft(lang) ? 'rtl' : 'ltr'}
    >
      ${body}
    </div>`;
  }

  protected renderState(state: ConfigState): unknown {
    // Inside a <trial-study>, the provider shows loading and error states once for all of its elements.
    const fromStudy = !this.hasOwnSource && !!this.study;
    switch (state.status) {
      case 'ready':
        return this.renderTrial(state.config);
      case 'loading':
        return fromStudy || state.quiet ? nothing : html`<p class="loading muted" role="status">${this.t('common.loading')}</p>`;
      case 'error':
        return fromStudy ? nothing : this.renderFallback(state);
      default:
        return nothing;
    }
  }

  protected abstract renderTrial(config: TrialConfig): unknown;

  /** The short, friendly message shown when the config cannot be used, with any contact still readable. */
  protected renderFallback(state: Extract<ConfigState, { status: 'error' }>): TemplateResult {
    const t = this.t;
    const title = typeof state.title === 'string' || (state.title && typeof state.title === 'object') ? this.plain(state.title as LocalizedText) : '';
    return html`<section class="fallback panel" part="fallback">
      ${title ? html`<p><strong>${title}</strong></p>` : nothing}
      <p>${t('common.fallback.title')}</p>
      ${state.contact
        ? html`<p>${t('common.fallback.body')}</p>
            ${renderContactActions(state.contact, t, (value) => this.text(value))}`
        : html`<p>${t('common.fallback.later')}</p>`}
    </section>`;
  }

  private syncOwnSource() {
    let key: unknown;
    let load: (signal: AbortSignal) => Promise<ConfigState> | ConfigState;
    const inline = this.config === undefined ? inlineConfigText(this) : undefined;
    if (this.config !== undefined) {
      key = this.config;
      load = () => stateFromValue(this.config, 'config property');
    } else if (inline !== undefined) {
      key = `inline:${inline}`;
      load = () => stateFromValue(inline, 'inline <script type="application/json">');
    } else if (this.src) {
      key = `src:${this.src}`;
      const src = this.src;
      load = (signal) => loadConfigFromUrl(src, signal);
    } else if (this.ctgovSrc) {
      key = `ctgov:${this.ctgovSrc}`;
      const ctgovSrc = this.ctgovSrc;
      load = (signal) => loadCtgovFromUrl(ctgovSrc, signal);
    } else {
      key = undefined;
      load = () => ({ status: 'idle' });
    }
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const result = load(abort.signal);
    if (result instanceof Promise) {
      // A config already on the page only waits for the validator chunk: show no "Loading" for that.
      const quiet = (this.config !== undefined && key === this.config) || (typeof key === 'string' && key.startsWith('inline:'));
      this.ownState = { status: 'loading', quiet };
      this.onStateChange();
      const settled = result.then((state) => {
        if (!abort.signal.aborted) this.settle(state);
      });
      // updateComplete waits for an in-page config (milliseconds), never for the network.
      if (quiet) {
        this.pendingLoad = settled;
        void settled.finally(() => {
          if (this.pendingLoad === settled) this.pendingLoad = undefined;
        });
      }
    } else {
      this.settle(result);
    }
  }

  private settle(state: ConfigState) {
    this.ownState = state;
    this.onStateChange();
    if (state.status === 'error') logProblems(this.localName, state.problems);
    // Announced in a microtask, never from inside connectedCallback: a framework that inserts
    // the element while committing (React 19) must not get a state update before its component
    // has mounted, and code that appends the element and then listens still hears the event.
    queueMicrotask(() => {
      if (this.ownState !== state) return; // a newer config took its place
      if (state.status === 'ready') emit(this, 'trial-ready', { trialId: state.config.id });
      else if (state.status === 'error') emit(this, 'trial-error', { problems: state.problems });
    });
  }

  /** Hook for the provider, which passes its own state on to the elements inside it. */
  protected onStateChange(): void {}
}
