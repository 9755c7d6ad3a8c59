/**
 * What <trial-share> shows and does: the share links, native share sheet, copy link, and the
 * doors to the QR code and Mastodon panels. It is its own chunk, fetched (from the same place as
 * the bundle) as soon as a <trial-share> is on the page, usually while the trial config loads, so
 * pages without share buttons do not download it.
 */
import { html, isServer, nothing } from 'lit';
import { safeHref } from '../../core/safe-url.js';
import type { TrialConfig } from '../../core/schema.js';
import { buildCustomShareUrl, buildShareUrl, pageShareUrl, SHARE_NETWORKS, withAttribution, type ShareContent, type ShareNetwork } from '../../core/share-links.js';
import { adoptMoreStyles } from '../../internal/adopt-styles.js';
import { emit } from '../../internal/events.js';
import { icons } from './icons.js';
import type { PanelHost, PanelModule } from './panel-host.js';
import type { ShareBridge, TrialShare } from './trial-share.js';
import { shareStyles } from './trial-share.styles.js';

/** Shown when neither the `networks` attribute nor the config's `share.networks` says otherwise. */
export const DEFAULT_NETWORKS = 'native copy whatsapp facebook email sms x custom more';

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

/** How each panel's chunk is fetched (one place, so a test can hold a chunk back and race it). */
export const panelChunks: Record<Panel, () => Promise<PanelModule>> = {
  qr: () => import('./qr-panel.js'),
  mastodon: () => import('./mastodon-form.js'),
};

export class ShareView {
  private moreOpen = false;
  /** The open panel; undefined until the person opens or closes one (until then `show-qr` decides). */
  private panel?: Panel | '';
  private copyFallback = false;
  private status = '';
  private modules: Partial<Record<Panel, PanelModule>> = {};
  /** Each panel's chunk while it loads, so a render or a second click does not load it twice. */
  private loading: Partial<Record<Panel, Promise<PanelModule | undefined>>> = {};
  /** Counts the person's actions, so a slow one (copying) does not speak after a newer one started. */
  private actions = 0;
  /** `label="icons"`: Escape put away the name tag shown over a button, until focus or the pointer moves on (WCAG 1.4.13). */
  private tagsOff = false;
  /** The element's helpers as of the last render (language and theme may change). */
  private bridge!: ShareBridge;

  constructor(private readonly host: TrialShare) {
    // trialkit/render writes these styles into the server's markup.
    if (!isServer) this.adoptStyles();
  }

  private get root() {
    return this.host.renderRoot as ShadowRoot;
  }

  private adoptStyles() {
    adoptMoreStyles(this.root, [shareStyles, ...Object.values(this.modules).flatMap((module) => module.styles)]);
  }

  private set(change: object) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  private get config(): TrialConfig {
    return this.host.trialConfig!;
  }

  /** The link to share: the config's `share.url`, else this page without its fragment; with attribution unless it is off. */
  link(source: string, medium = 'social'): string {
    const config = this.config;
    const url = safeHref(config.share?.url) ?? pageShareUrl(location.href);
    if (this.host.attribution?.trim().toLowerCase() === 'off') return url;
    return withAttribution(url, { source, medium, campaign: config.id, ref: this.bridge.ref });
  }

  private content = (source: string): ShareContent => {
    const { title, share } = this.config;
    const plain = this.bridge.plain;
    return { url: this.link(source), title: plain(title), text: share?.text && plain(share.text), hashtags: share?.hashtags };
  };

  private shared = (network: string) => emit(this.host, 'trial-share', { trialId: this.config.id, network });

  /**
   * Any button or link pressed in the element starts a new action: what the last one said ("Link
   * copied") goes, so it never lingers beside the next thing the person does.
   */
  private actionStarted = {
    capture: true,
    handleEvent: (event: Event) => {
      if (!(event.target as Element).closest?.('button, a')) return;
      this.actions++;
      if (this.status) this.set({ status: '' });
    },
  };

  private tagKeys = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.tagsOff && (event.target as Element).matches?.('.list .button')) this.set({ tagsOff: true });
  };

  private tagsBack = (event: Event) => {
    if (!this.tagsOff) return;
    const related = (event as FocusEvent | MouseEvent).relatedTarget as Element | null;
    if ((event.target as Element).closest?.('.button') !== related?.closest?.('.button')) this.set({ tagsOff: false });
  };

  private async announce(message: string) {
    // Cleared first, so the same message is announced again.
    this.set({ status: '' });
    await this.host.updateComplete;
    this.set({ status: message });
  }

  /** The items to show in order, and those behind "More ways to share". */
  private items(): [string[], string[]] {
    const config = this.config;
    const custom = (config.share?.custom ?? []).map((target) => target.id);
    const known = ['native', 'copy', 'qr', ...SHARE_NETWORKS, ...custom];
    const main = new Set<string>();
    let more = false;
    for (const name of (this.host.networks ?? config.share?.networks?.join(' ') ?? DEFAULT_NETWORKS).toLowerCase().split(/[\s,]+/)) {
      if (name === 'more') more = true;
      else if (name === 'custom') custom.forEach((id) => main.add(id));
      else if (known.includes(name)) main.add(name);
      else if (name && !warned.has(name)) {
        warned.add(name);
        console.warn(`trialkit: <trial-share networks="… ${name} …">: "${name}" is not a network, so it is left out. Use any of: ${known.join(' ')} custom more.`);
      }
    }
    return [[...main], more ? [...SHARE_NETWORKS, ...custom, 'copy', 'qr'].filter((name) => !main.has(name)) : []];
  }

  private get openPanel(): Panel | '' {
    return this.panel ?? (this.host.showQr ? 'qr' : '');
  }

  render(bridge: ShareBridge) {
    this.bridge = bridge;
    const t = bridge.t;
    const [main, rest] = this.items();
    const open = this.openPanel;
    const module = open && this.modules[open];
    if (open && !module) void this.load(open);
    // @focusin (focus bubbling up from any button) is the keyboard twin of @mouseover here; @focus would not bubble.
    // eslint-disable-next-line lit-a11y/mouse-events-have-key-events
    return html`<div
      class="share panel ${bridge.label} ${this.tagsOff ? 'tags-off' : ''}"
      part="share"
      role="group"
      aria-labelledby="heading"
      @click=${this.actionStarted}
      @keydown=${this.tagKeys}
      @focusin=${this.tagsBack}
      @mouseover=${this.tagsBack}
    >
      <p id="heading" class="heading" part="heading">${t('share.heading')}</p>
      <ul class="list" part="list">
        ${main.map((name) => this.item(name))}
        ${rest.length ? html`<li>${this.button('more', t('share.more'), () => this.set({ moreOpen: !this.moreOpen }), this.moreOpen)}</li>` : nothing}
      </ul>
      ${rest.length ? html`<ul id="more" class="list" part="list" ?hidden=${!this.moreOpen}>${rest.map((name) => this.item(name))}</ul>` : nothing}
      <p class="status" part="status" role="status">${this.status}</p>
      ${
        this.copyFallback
          ? html`<p class="field" part="copy-field"><label for="link">${t('share.link')}</label><input id="link" dir="ltr" readonly .value=${this.link('copy')} /></p>`
          : nothing
      }
      ${module ? module.render(this.panelHost()) : nothing}
    </div>`;
  }

  private icon(name: string) {
    return html`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${icons[name] ?? icons.custom!}></path></svg>`;
  }

  /** A button; `expanded` makes it a disclosure that controls the element with id `name`. */
  private button(name: string, label: string, click: () => void, expanded?: boolean) {
    return html`<button
      type="button"
      class="button secondary"
      part=${name === 'more' ? 'more' : `network network-${name}`}
      aria-expanded=${expanded ?? nothing}
      aria-controls=${expanded === undefined ? nothing : name}
      @click=${click}
    >
      ${this.icon(name)}<span class="label">${label}</span>
    </button>`;
  }

  private item(name: string) {
    const { t, plain, text } = this.bridge;
    const brand = BRANDS[name];
    if (name === 'native') return this.nativeData() ? html`<li>${this.button(name, t('share.native'), () => this.nativeShare())}</li>` : nothing;
    if (name === 'copy') return html`<li>${this.button(name, t('share.copy'), () => this.copy())}</li>`;
    if (name === 'qr' || name === 'mastodon') return html`<li>${this.button(name, brand ?? t('share.qr'), () => this.toggle(name), this.openPanel === name)}</li>`;
    const custom = this.config.share?.custom?.find((target) => target.id === name);
    const href = custom ? buildCustomShareUrl(custom.template, this.content(name)) : buildShareUrl(name as ShareNetwork, this.content(name));
    if (!href) return nothing;
    // Email and SMS open an app on the device, not a web page.
    const local = name === 'email' || name === 'sms';
    const visible = custom ? text(custom.label) : (brand ?? t(`share.${name as 'email'}`));
    const accessible = local ? t(`share.${name as 'email'}.name`) : `${t('share.on', { network: custom ? plain(custom.label) : brand! })} ${t('common.newTab')}`;
    return html`<li>
      <a class="button secondary" part="network network-${name}" href=${href} target=${local ? nothing : '_blank'} rel="noopener noreferrer" aria-label=${accessible} @click=${() => this.shared(name)}>
        ${this.icon(custom ? 'custom' : name)}<span class="label">${visible}</span>
      </a>
    </li>`;
  }

  // --- Native share sheet and copy ---------------------------------------------------------------

  private nativeData(): ShareData | undefined {
    // Only the browser knows (trialkit/render's markup, and so hydration, has no native button).
    if (isServer || this.host.hydrating) return undefined;
    const { title, text } = this.content('native');
    const data = { title, text, url: this.link('native') };
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
    const action = this.actions;
    let copied = false;
    try {
      await navigator.clipboard.writeText(this.link('copy'));
      copied = true;
    } catch {
      // No Clipboard API, or no permission: select the link in a read-only field and copy that.
      this.set({ copyFallback: true });
      await this.host.updateComplete;
      const input = this.root.querySelector<HTMLInputElement>('#link');
      input?.focus();
      input?.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        // Then the person copies it by hand.
      }
    }
    this.shared('copy');
    // The person already moved on (pressed something else while the clipboard answered): say nothing.
    if (action === this.actions) await this.announce(this.bridge.t(copied ? 'share.copied' : 'share.copy.manual'));
  }

  // --- Panels, each its own chunk: QR code and Mastodon ---------------------------------------------

  private async toggle(name: Panel) {
    const opening = this.openPanel !== name;
    this.set({ panel: opening ? name : '' });
    if (!opening) return;
    if (name === 'qr') this.shared('qr');
    const module = await this.load(name);
    await this.host.updateComplete;
    // While the chunk loaded, the person may have closed this panel, opened the other one, or the
    // element may have left the page: then there is nothing to move focus into.
    if (module && this.openPanel === name && this.host.isConnected) module.opened(this.panelHost());
  }

  /** Loads a panel's chunk once; undefined (and the panel closed, if it is still the open one) when it cannot load. */
  private load(name: Panel): Promise<PanelModule | undefined> {
    if (this.modules[name]) return Promise.resolve(this.modules[name]);
    return (this.loading[name] ??= panelChunks[name]().then(
      (module) => {
        this.modules[name] = module;
        this.adoptStyles();
        this.host.requestUpdate();
        return module;
      },
      () => {
        // Let a later click try again (the network may be back).
        delete this.loading[name];
        if (this.openPanel === name) {
          this.set({ panel: '' });
          void this.announce(this.bridge.t('share.failed'));
        }
        return undefined;
      },
    ));
  }

  private panelHost(): PanelHost {
    const { plain, text } = this.bridge;
    const config = this.config;
    const name = this.openPanel;
    return this.bridge.with({
      id: config.id,
      title: plain(config.title),
      titleText: text(config.title),
      link: (source: string, medium?: string) => this.link(source, medium),
      content: this.content,
      shared: this.shared,
      close: () => {
        this.set({ panel: '' });
        void this.host.updateComplete.then(() => this.root.querySelector<HTMLElement>(`[aria-controls="${name}"]`)?.focus());
      },
      servers: this.host.mastodonServers?.split(/\s+/).filter(Boolean),
      remember: this.host.rememberInstance,
    });
  }
}
