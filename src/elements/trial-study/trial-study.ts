import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ANALYTICS_TARGETS, forwardEvents } from '../../internal/analytics.js';
import { ConfigController } from '../../internal/config-controller.js';
import type { ConfigState } from '../../internal/config-source.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { studyContext } from '../../internal/study-context.js';
import { TrialBase } from '../../internal/trial-element.js';

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
    this.stopForwarding = forwardEvents(this, tokens, (token) =>
      this.checkedAttribute('analytics', token, [...ANALYTICS_TARGETS, 'fn:<globalFunctionName>'], 'none' as string),
    );
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
  }

  /** Loading and the fallback are shown once here, above the elements inside (which then show nothing). */
  protected override renderState(state: ConfigState) {
    return html`${super.renderState(state)}<slot></slot>`;
  }
}
