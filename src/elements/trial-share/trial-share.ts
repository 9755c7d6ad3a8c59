import { adoptStyles, html, nothing, type LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeHref } from '../../core/safe-url.js';
import type { TrialConfig } from '../../core/schema.js';
import { buildCustomShareUrl, buildShareUrl, pageShareUrl, SHARE_NETWORKS, withAttribution, type ShareContent, type ShareNetwork } from '../../core/share-links.js';
import { emit } from '../../internal/events.js';
import { TrialElement } from '../../internal/trial-element.js';
import type { PanelHost, PanelModule } from './panel-host.js';
import { shareStyles } from './trial-share.styles.js';

/** Shown when neither the `networks` attribute nor the config's `share.networks` says otherwise. */
export const DEFAULT_NETWORKS = 'native copy whatsapp facebook email sms x custom more';
export const LABELS = ['both', 'icons', 'text'] as const;
type Panel = 'qr' | 'mastodon';

const BRANDS: Record<string, string> = {
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  threads: 'Threads',
  mastodon: 'Mastodon',
  pinterest: 'Pinterest',
};


const warned = new Set<string>();
let icons: Record<string, string> | undefined;
let iconsLoading: Promise<unknown> | undefined;

/**
 * Share buttons for every network patients use, as plain links: nothing is requested from any
 * network before or after a click. Every shared link says where it was shared (`utm_source`),
 * for which study (`utm_campaign`) and from which site (`ref`).
 *
 * @tagname trial-share
 * @summary Native share sheet, copy link, email, SMS, WhatsApp, Facebook, X, LinkedIn, Reddit, Telegram, Bluesky, Threads, Mastodon, Pinterest, patient-community targets and a printable QR code.
 *
 * @event trial-share - On every share action. `detail: { trialId, network }` (`native`, `copy`, `qr`, a network, or a custom target id).
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
  static override styles = [TrialElement.styles, shareStyles];

  /** Space-separated, in order: `native copy qr email sms whatsapp facebook x linkedin reddit telegram bluesky threads mastodon pinterest`, custom target ids, `custom` (every custom target) and `more` (all the rest, behind "More ways to share"). */
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

  @state() private moreOpen = false;
  /** The open panel; undefined until the person opens or closes one (then `show-qr` decides). */
  @state() private panel?: Panel | '';
  @state() private copyFallback = false;
  @state() private status = '';
  @state() private modules: Partial<Record<Panel, PanelModule>> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    // The icons are decorative (every button has its name), so they may arrive a moment later.
    if (!icons) void (iconsLoading ??= import('./icons.js').then((module) => (icons = module.icons), () => undefined)).then(() => this.requestUpdate());
  }

  /** The link to share: the config's `share.url`, else this page without its fragment; with attribution unless it is off. */
  shareLink(source: string, medium = 'social'): string {
    const config = this.trialConfig;
    const url = safeHref(config?.share?.url) ?? pageShareUrl(location.href);
    if (!config || this.attribution?.trim().toLowerCase() === 'off') return url;
    return withAttribution(url, { source, medium, campaign: config.id, ref: this.effectiveRef });
  }

  private content = (source: string): ShareContent => {
    const { title, share } = this.trialConfig!;
    return { url: this.shareLink(source), title: this.plain(title), text: share?.text && this.plain(share.text), hashtags: share?.hashtags };
  };

  private shared = (network: string) => emit(this, 'trial-share', { trialId: this.trialConfig?.id ?? '', network });

  private async announce(message: string) {
    // Cleared first, so the same message is announced again.
    this.status = '';
    await this.updateComplete;
    this.status = message;
  }

  /** The items to show in order, and those behind "More ways to share". */
  private items(config: TrialConfig): [string[], string[]] {
    const custom = (config.share?.custom ?? []).map((target) => target.id);
    const known = ['native', 'copy', 'qr', ...SHARE_NETWORKS, ...custom];
    const main = new Set<string>();
    let more = false;
    for (const name of (this.networks ?? config.share?.networks?.join(' ') ?? DEFAULT_NETWORKS).toLowerCase().split(/[\s,]+/)) {
      if (name === 'more') more = true;
      else if (name === 'custom') custom.forEach((id) => main.add(id));
      else if (known.includes(name)) main.add(name);
      else if (name && !warned.has(name)) {
        warned.add(name);
        console.warn(`trialkit: <trial-share networks> names "${name}", which is not a network, so it is skipped. Use: ${known.join(' ')} custom more.`);
      }
    }
    return [[...main], more ? [...SHARE_NETWORKS, ...custom, 'copy', 'qr'].filter((name) => !main.has(name)) : []];
  }

  protected override renderTrial(config: TrialConfig) {
    const t = this.t;
    const [main, rest] = this.items(config);
    const open = this.panel ?? (this.showQr ? 'qr' : '');
    const module = open && this.modules[open];
    if (open && !module) void this.load(open);
    return html`<div class="share panel ${this.checkedAttribute('label', this.label, LABELS, 'both')}" part="share" role="group" aria-labelledby="heading">
      <p id="heading" class="heading" part="heading">${t('share.heading')}</p>
      <ul class="list" part="list">
        ${main.map((name) => this.renderItem(name, config))}
        ${rest.length
          ? html`<li>${this.button('more', t('share.more'), () => (this.moreOpen = !this.moreOpen), this.moreOpen, 'more')}</li>`
          : nothing}
      </ul>
      ${rest.length ? html`<ul id="more" class="list" part="list" ?hidden=${!this.moreOpen}>${rest.map((name) => this.renderItem(name, config))}</ul>` : nothing}
      <p class="status" part="status" role="status">${this.status}</p>
      ${this.copyFallback
        ? html`<p class="field" part="copy-field"><label for="link">${t('share.link')}</label><input id="link" readonly .value=${this.shareLink('copy')} /></p>`
        : nothing}
      ${module ? module.render(this.panelHost(config)) : nothing}
    </div>`;
  }

  private icon(name: string) {
    return html`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${icons?.[name] ?? icons?.custom ?? nothing}></path></svg>`;
  }

  private button(name: string, label: string, click: () => void, expanded?: boolean, controls?: string) {
    return html`<button
      type="button"
      class="button secondary"
      part=${name === 'more' ? 'more' : `network network-${name}`}
      aria-expanded=${expanded ?? nothing}
      aria-controls=${controls ?? nothing}
      @click=${click}
    >
      ${this.icon(name)}<span class="label">${label}</span>
    </button>`;
  }

  private renderItem(name: string, config: TrialConfig) {
    const t = this.t;
    const brand = BRANDS[name];
    if (name === 'native') return this.nativeData() ? html`<li>${this.button(name, t('share.native'), () => this.nativeShare())}</li>` : nothing;
    if (name === 'copy') return html`<li>${this.button(name, t('share.copy'), () => this.copy())}</li>`;
    if (name === 'qr' || name === 'mastodon') {
      return html`<li>${this.button(name, brand ?? t('share.qr'), () => this.toggle(name), (this.panel ?? (this.showQr ? 'qr' : '')) === name, name)}</li>`;
    }
    const custom = config.share?.custom?.find((target) => target.id === name);
    const href = custom ? buildCustomShareUrl(custom.template, this.content(name)) : buildShareUrl(name as ShareNetwork, this.content(name));
    if (!href) return nothing;
    // Email and SMS open an app on the device, not a web page.
    const local = name === 'email' || name === 'sms';
    const visible = custom ? this.text(custom.label) : brand ?? t(`share.${name as 'email'}`);
    const accessible = local ? t(`share.${name as 'email'}.name`) : `${t('share.on', { network: custom ? this.plain(custom.label) : brand! })} ${t('common.newTab')}`;
    return html`<li>
      <a class="button secondary" part="network network-${name}" href=${href} target=${local ? nothing : '_blank'} rel="noopener noreferrer" aria-label=${accessible} @click=${() => this.shared(name)}>
        ${this.icon(custom ? 'custom' : name)}<span class="label">${visible}</span>
      </a>
    </li>`;
  }

  // --- Native share sheet and copy ---------------------------------------------------------------

  private nativeData(): ShareData | undefined {
    const data = { title: this.plain(this.trialConfig?.title), text: this.content('native').text, url: this.shareLink('native') };
    try {
      return navigator.canShare?.(data) ? data : undefined;
    } catch {
      return undefined;
    }
  }

  private async nativeShare() {
    try {
      await navigator.share(this.nativeData()!);
      this.shared('native');
    } catch (error) {
      // A closed share sheet (AbortError) is not an error; anything else falls back to copying.
      if ((error as Error)?.name !== 'AbortError') await this.copy();
    }
  }

  private async copy() {
    let copied = false;
    try {
      await navigator.clipboard.writeText(this.shareLink('copy'));
      copied = true;
    } catch {
      // No Clipboard API, or no permission: select the link in a read-only field and copy that.
      this.copyFallback = true;
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('#link')!;
      input.focus();
      input.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        // Then the person copies it by hand.
      }
    }
    this.shared('copy');
    await this.announce(this.t(copied ? 'share.copied' : 'share.copy.manual'));
  }

  // --- On-demand panels: QR code and Mastodon ------------------------------------------------------

  private async toggle(name: Panel) {
    const opening = (this.panel ?? (this.showQr ? 'qr' : '')) !== name;
    this.panel = opening ? name : '';
    if (!opening) return;
    if (name === 'qr') this.shared('qr');
    const module = await this.load(name);
    await this.updateComplete;
    module?.opened(this.panelHost(this.trialConfig!));
  }

  /** Loads a panel's chunk once (same origin as the bundle) and adds its styles. */
  private async load(name: Panel): Promise<PanelModule | undefined> {
    if (this.modules[name]) return this.modules[name];
    try {
      const module: PanelModule = await (name === 'qr' ? import('./qr-panel.js') : import('./mastodon-form.js'));
      this.modules = { ...this.modules, [name]: module };
      const own = (this.constructor as typeof LitElement).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...own, ...Object.values(this.modules).flatMap((loaded) => loaded.styles)]);
      return module;
    } catch {
      this.panel = '';
      void this.announce(this.t('share.failed'));
      return undefined;
    }
  }

  private panelHost(config: TrialConfig): PanelHost {
    const name = this.panel || 'qr';
    return {
      t: this.t,
      lang: this.language,
      id: config.id,
      title: this.plain(config.title),
      titleText: this.text(config.title),
      link: (source, medium) => this.shareLink(source, medium),
      content: this.content,
      shared: this.shared,
      close: () => {
        this.panel = '';
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[aria-controls="${name}"]`)?.focus());
      },
      update: () => this.requestUpdate(),
      root: this.renderRoot as ShadowRoot,
      servers: this.mastodonServers?.split(/\s+/).filter(Boolean),
      remember: this.rememberInstance,
    };
  }
}
