import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { TrialElement } from '../../internal/trial-element.js';
import type { TrialKit } from '../../internal/trial-kit.js';
import { prefetchShareActions, ShareView } from './share-view.js';
import { shareStyles } from './trial-share.styles.js';

export const LABELS = ['both', 'icons', 'text'] as const;

/** What the on-demand view gets at each render: the element's kit, and how buttons are labelled. */
export type ShareBridge = TrialKit & {
  /** `both`, `icons` or `text`. */
  readonly label: string;
};

/**
 * Share buttons for every network patients use, as plain links: nothing is requested from any
 * network before or after a click. Every shared link says where it was shared (`utm_source`),
 * for which study (`utm_campaign`) and from which site (`ref`).
 *
 * The element and its first screen (the links and buttons) are one chunk, fetched from the same
 * place as the bundle when the element is first on the page; what the buttons do is a chunk fetched
 * right after its first render, and the QR code and Mastodon form are chunks fetched only when opened.
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

  static override styles = [TrialElement.styles, shareStyles];

  private readonly view = new ShareView(this);

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Right after the first render with a config, so a button pressed later acts at once.
    if (this.trialConfig) prefetchShareActions();
  }

  protected override renderTrial() {
    return this.view.render(this.kit.with({ label: this.checkedAttribute('label', this.label, LABELS, 'both') }));
  }
}
