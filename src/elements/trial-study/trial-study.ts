import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ANALYTICS_TARGETS, forwardEvents } from '../../internal/analytics.js';
import type { TrialConfig } from '../../core/schema.js';
import { studyContext } from '../../internal/study-context.js';
import { TrialElement } from '../../internal/trial-element.js';

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
export class TrialStudy extends TrialElement {
  static override styles = [
    TrialElement.styles,
    css`
      .fallback {
        margin-block-end: var(--_space);
      }
    `,
  ];

  /** A study never reads an outer study's config. */
  protected static override readsStudy = false;

  private provider = new ContextProvider(this, { context: studyContext, initialValue: undefined });

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

  /** A study always loads its own config (it never reads one from an outer study). */
  protected override get hasOwnSource(): boolean {
    return true;
  }

  protected override onStateChange(): void {
    this.provide();
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
    if (current && current.state === this.ownState && current.ref === ref && current.theme === theme) return;
    this.provider.setValue({ state: this.ownState, ...(ref ? { ref } : {}), ...(theme ? { theme } : {}) });
  }

  protected override renderTrial(_config: TrialConfig) {
    return html`<slot></slot>`;
  }

  protected override renderState(state: Parameters<TrialElement['renderState']>[0]) {
    if (state.status === 'ready') return html`<slot></slot>`;
    return html`${super.renderState(state)}<slot></slot>`;
  }
}
