import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeHref } from '../../core/safe-url.js';
import type { TrialConfig } from '../../core/schema.js';
import { TrialElement } from '../../internal/trial-element.js';
import type { TrialKit } from '../../internal/trial-kit.js';
import { serverRender } from '../../internal/server-render.js';
import type { ShareView } from './share-view.js';

export const LABELS = ['both', 'icons', 'text'] as const;

/** What the on-demand view gets at each render: the element's kit, and how buttons are labelled. */
export type ShareBridge = TrialKit & {
  /** `both`, `icons` or `text`. */
  readonly label: string;
};

let viewModule: Promise<typeof import('./share-view.js')> | undefined;

const serverView = (host: TrialShare) => {
  const View = serverRender()?.ShareView;
  return View && new View(host);
};

/**
 * Share buttons for every network patients use, as plain links: nothing is requested from any
 * network before or after a click. Every shared link says where it was shared (`utm_source`),
 * for which study (`utm_campaign`) and from which site (`ref`).
 *
 * The element itself is small; what it shows and does is a chunk fetched from the same place as
 * the bundle as soon as the element is on the page (while its config loads), and the QR code and
 * Mastodon form are chunks fetched only when opened.
 *
 * @tagname trial-share
 * @summary Native share sheet, copy link, email, SMS, WhatsApp, Facebook, X, LinkedIn, Reddit, Telegram, Bluesky, Threads, Mastodon, Pinterest, patient-community targets and a printable QR code.
 *
 * @event trial-share - On every share action. `detail: { trialId, network }` (`native`, `copy`, `qr`, `mastodon`, a network, or a custom target id).
 * @event trial-ready - Only when the element loads its own config. `detail: { trialId }`.
 * @event trial-error - Only when the element loads its own config and it cannot be used. `detail: { problems }`.
 *
 * @csspart base - The wrapper.
 * @csspart share - The share panel.
 * @csspart heading - "Share this study".
 * @csspart list - Each list of buttons.
 * @csspart network - Every share link and button; each also has `network-<name>` (`network-whatsapp`, `network-copy`…).
 * @csspart icon - The icons.
 * @csspart more - The "More ways to share" button.
 * @csspart status - The "Link copied" message.
 * @csspart copy-field - The link to copy by hand, when the clipboard cannot be used.
 * @csspart mastodon - The form that asks for the person's Mastodon server.
 * @csspart qr-panel - The QR code panel.
 * @csspart qr-title - The study title in the QR panel.
 * @csspart qr-code - The QR code image.
 * @csspart qr-action - The Download and Print buttons.
 * @csspart fallback - The message shown when the config cannot be used.
 */
export class TrialShare extends TrialElement {
  /** Space-separated, in order: `native copy qr email sms whatsapp facebook x linkedin reddit telegram bluesky threads mastodon pinterest`, custom target ids, `custom` (every custom target) and `more` (all the rest, behind "More ways to share"). Default: `native copy whatsapp facebook email sms x custom more`, or the config's `share.networks`. */
  @property() networks?: string;

  /** `both` (default): icon and name; `icons`: icon only (the name is still read out); `text`: name only. */
  @property({ reflect: true }) label?: string;

  /** `off` leaves shared links exactly as they are (no `utm_*`, no `ref`). */
  @property() attribution?: string;

  /** Space-separated Mastodon servers suggested to the person (default: mastodon.social mastodon.online mstdn.social). */
  @property({ attribute: 'mastodon-servers' }) mastodonServers?: string;

  /** Remember the person's Mastodon server in this site's localStorage. Off by default: nothing is stored. */
  @property({ attribute: 'remember-instance', type: Boolean }) rememberInstance = false;

  /** Show the QR code from the start (for posters). */
  @property({ attribute: 'show-qr', type: Boolean }) showQr = false;

  // trialkit/render loads the view before rendering (Lit's server renderer waits for nothing).
  @state() private view?: ShareView | 'failed' = isServer ? serverView(this) : undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view) return;
    void (viewModule ??= import('./share-view.js')).then(
      (module) => (this.view = new module.ShareView(this)),
      () => (this.view = 'failed'),
    );
  }

  /** Over trialkit/render's markup, the first render waits for the view, so that it matches the server's. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return super.shouldUpdate(changed) && !(this.hydrating && !this.view);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await viewModule?.catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override renderTrial(config: TrialConfig) {
    const view = this.view;
    if (view !== 'failed') {
      return view?.render(this.kit.with({ label: this.checkedAttribute('label', this.label, LABELS, 'both') })) ?? nothing;
    }
    // The chunk could not load (for example, dist/chunks was not uploaded): still offer the link.
    const link = safeHref(config.share?.url) ?? location.href.split('#')[0]!;
    return html`<p class="panel" part="share">${this.t('share.failed')} <a href=${link}>${link}</a></p>`;
  }
}
