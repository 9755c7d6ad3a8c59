import { ContextProvider } from '@lit/context';
import { css, html, isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigController } from '../../internal/config-controller.js';
import { TRIAL_EVENT_NAMES } from '../../internal/events.js';
import type { ConfigState } from '../../internal/config-source.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { studyContext } from '../../internal/study-context.js';
import { TrialBase } from '../../internal/trial-element.js';
import { nextTask } from '../../internal/render-turns.js';

/**
 * Loads and validates one trial config and provides it to every trialkit element inside it.
 *
 * @tagname trial-study
 * @summary The container for one trial: config loading, language, attribution and theme.
 *
 * @slot - trialkit elements (and any other content) for this trial.
 *
 * @event trial-ready - The config loaded and is valid. `detail: { trialId }`.
 * @event trial-error - The config could not be loaded or is not valid. `detail: { problems: [{ path, message }] }`.
 *
 * Every trial-* event of the elements inside (they bubble) can be forwarded to the page's own
 * analytics tool with the `analytics` attribute.
 *
 * @csspart base - The wrapper around the loading message, fallback and slot.
 * @csspart fallback - The friendly message shown when the config cannot be used.
 *
 * @cssproperty --trial-color-background - Background of trialkit panels.
 * @cssproperty --trial-color-text - Text colour.
 * @cssproperty --trial-color-accent - Links and buttons.
 * @cssproperty --trial-radius - Corner radius.
 * @cssproperty --trial-font-family - Font (inherits the page's font by default).
 */
export class TrialStudy extends TrialBase {
  static override styles = [
    TrialBase.styles,
    css`
      .fallback {
        margin-block-end: var(--_space);
      }
    `,
  ];

  private provider = new ContextProvider(this, { context: studyContext, initialValue: undefined });

  /** A study always loads its own config (it never reads an outer study's), and passes each state on at once. */
  protected readonly source = new ConfigController(this, { readsStudy: false, onChange: () => this.provide() });

  protected readonly locale = new LocaleController(this, { config: () => this.trialConfig });

  /**
   * Forward trialkit's events (no personal data, no answers) to analytics already on the page:
   * space-separated `gtm` (window.dataLayer), `plausible`, `matomo` (window._paq), or
   * `fn:name` (a global function called with the event name and payload). Nothing is loaded.
   */
  @property() analytics?: string;

  private stopForwarding?: () => void;
  private forwarding?: string;
  /** The analytics adapters' chunk, while it loads (updateComplete waits for it). */
  private analyticsLoading?: Promise<void>;

  override connectedCallback(): void {
    this.syncAnalytics(); // before loading starts, so trial-ready is forwarded too
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopForwarding?.();
    this.stopForwarding = undefined;
    this.forwarding = undefined;
  }

  private syncAnalytics() {
    const tokens = this.analytics ?? '';
    if (tokens === this.forwarding || !this.isConnected) return;
    this.stopForwarding?.();
    this.forwarding = tokens;
    this.stopForwarding = tokens.trim() ? this.forwardEvents(tokens) : undefined;
  }

  /**
   * Listens at once, so no event is missed (trial-ready included), and forwards once the adapters
   * (a chunk: most pages set no `analytics`) are in; events heard before that are sent then, in order.
   */
  private forwardEvents(tokens: string): () => void {
    let forward: ((event: Event) => void) | undefined;
    let stopped = false;
    const waiting: Event[] = [];
    const listener = (event: Event) => (forward ? forward(event) : waiting.push(event));
    for (const name of TRIAL_EVENT_NAMES) this.addEventListener(name, listener);
    const loading = import('../../internal/analytics.js').then(
      ({ ANALYTICS_TARGETS, forwarder }) => {
        if (stopped) return;
        const warn = (token: string) => this.checkedAttribute('analytics', token, [...ANALYTICS_TARGETS, 'fn:<globalFunctionName>'], 'none' as string);
        forward = forwarder(tokens, warn) ?? (() => {});
        waiting.splice(0).forEach(forward);
      },
      (error: unknown) =>
        console.warn(`trialkit: the analytics adapters could not be loaded (${String(error)}); nothing is forwarded. Copy the chunks/ folder next to trialkit.js.`),
    );
    this.analyticsLoading = loading;
    void loading.finally(() => {
      if (this.analyticsLoading === loading) this.analyticsLoading = undefined;
    });
    return () => {
      stopped = true;
      for (const name of TRIAL_EVENT_NAMES) this.removeEventListener(name, listener);
    };
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // `await study.updateComplete` sees the adapters in place (and unknown tokens warned about).
    let result = await super.getUpdateComplete();
    while (this.analyticsLoading) {
      await this.analyticsLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private firstUpdateWaited = false;

  /**
   * The first render runs in a task of its own, not in the one that evaluated the script and upgraded
   * the page's elements (the config's download has already started, on connect): two shorter tasks
   * instead of one long one.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && !this.firstUpdateWaited) {
      this.firstUpdateWaited = true;
      await nextTask();
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.provide();
    this.syncAnalytics();
  }

  /** Passes state, ref and theme to the elements inside, only when one of them changed. */
  private provide() {
    const current = this.provider.value;
    const theme = this.theme ? this.effectiveTheme : undefined;
    const ref = this.ref || undefined;
    const state = this.source.ownState;
    if (current && current.state === state && current.ref === ref && current.theme === theme) return;
    this.provider.setValue({ state, ...(ref ? { ref } : {}), ...(theme ? { theme } : {}) });
    if (state.status === 'ready') this.releaseServerRendered();
  }

  /**
   * Elements from trialkit/render wait (`defer-hydration`) until the study has validated its
   * config, so that their first render in the browser matches the server's; they take over now.
   */
  private releaseServerRendered() {
    if (isServer || !this.hasAttribute('server-rendered')) return;
    for (const element of this.querySelectorAll('[defer-hydration]')) {
      if (element.localName.startsWith('trial-') && element.closest('trial-study') === this) element.removeAttribute('defer-hydration');
    }
  }

  /** Loading and the fallback are shown once here, above the elements inside (which then show nothing). */
  protected override renderState(state: ConfigState) {
    return html`${super.renderState(state)}<slot></slot>`;
  }
}
