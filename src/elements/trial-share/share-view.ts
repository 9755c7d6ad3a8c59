/**
 * What <trial-share> shows: the share links (plain `<a href>`s that work without any more script),
 * the buttons for the native share sheet, copying and the QR code and Mastodon panels, and what
 * those buttons say. It is part of the element's chunk. What the buttons do (share-actions.ts) is a
 * chunk of its own, fetched right after the first render; a button pressed before it arrives does
 * its job once it does, and if it cannot load, the person is told and given the link to copy.
 */
import { html, isServer, nothing } from 'lit';
import { safeHref } from '../../core/safe-url.js';
import type { TrialConfig } from '../../core/schema.js';
import { buildCustomShareUrl, buildShareUrl, pageShareUrl, SHARE_NETWORKS, withAttribution, type ShareContent, type ShareNetwork } from '../../core/share-links.js';
import { adoptMoreStyles } from '../../internal/adopt-styles.js';
import { emit } from '../../internal/events.js';
import { icons } from './icons.js';
import type { PanelModule } from './panel-host.js';
import type { ShareBridge, TrialShare } from './trial-share.js';

/** Shown when neither the `networks` attribute nor the config's `share.networks` says otherwise. */
export const DEFAULT_NETWORKS = 'native copy whatsapp facebook email sms x custom more';

export type Panel = 'qr' | 'mastodon';

type Actions = typeof import('./share-actions.js');

/** Where the buttons' actions come from: one place, so a test can hold the chunk back or make it fail. */
export const actionsChunk = { load: (): Promise<Actions> => import('./share-actions.js') };

/** The actions chunk, shared by every <trial-share> on the page; after a failure, the next press tries again. */
let actions: Actions | undefined;
let actionsLoading: Promise<Actions | undefined> | undefined;
let prefetched = false;

/** Fetches the actions once, right after a first render (a failure is left to the next press to retry). */
export function prefetchShareActions(): void {
  if (prefetched) return;
  prefetched = true;
  void loadShareActions();
}

export function loadShareActions(): Promise<Actions | undefined> {
  if (actions) return Promise.resolve(actions);
  return (actionsLoading ??= actionsChunk.load().then(
    (module) => (actions = module),
    (error: unknown) => {
      console.warn(`trialkit: the share buttons' actions could not be loaded (${String(error)}). Copy the chunks/ folder next to trialkit.js.`);
      actionsLoading = undefined;
      return undefined;
    },
  ));
}

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

/**
 * The view's state is read and changed by share-actions.ts too (its members are not private for
 * that reason); nothing outside the share element's own modules uses it.
 */
export class ShareView {
  moreOpen = false;
  /** The open panel; undefined until the person opens or closes one (until then `show-qr` decides). */
  panel?: Panel | '';
  copyFallback = false;
  status = '';
  modules: Partial<Record<Panel, PanelModule>> = {};
  /** Each panel's chunk while it loads, so a render or a second click does not load it twice. */
  loading: Partial<Record<Panel, Promise<PanelModule | undefined>>> = {};
  /** Counts the person's actions, so a slow one (copying) does not speak after a newer one started. */
  actions = 0;
  /** `label="icons"`: Escape put away the name tag shown over a button, until focus or the pointer moves on (WCAG 1.4.13). */
  private tagsOff = false;
  /** The element's helpers as of the last render (language and theme may change). */
  bridge!: ShareBridge;

  constructor(readonly host: TrialShare) {}

  get root() {
    return this.host.renderRoot as ShadowRoot;
  }

  /** The open panels' styles, after the element's own. */
  adoptStyles() {
    adoptMoreStyles(
      this.root,
      Object.values(this.modules).flatMap((module) => module.styles),
    );
  }

  set(change: object) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  get config(): TrialConfig {
    return this.host.trialConfig!;
  }

  /** The link to share: the config's `share.url`, else this page without its fragment; with attribution unless it is off. */
  link(source: string, medium = 'social'): string {
    const config = this.config;
    const url = safeHref(config.share?.url) ?? pageShareUrl(location.href);
    if (this.host.attribution?.trim().toLowerCase() === 'off') return url;
    return withAttribution(url, { source, medium, campaign: config.id, ref: this.bridge.ref });
  }

  content = (source: string): ShareContent => {
    const { title, share } = this.config;
    const plain = this.bridge.plain;
    return { url: this.link(source), title: plain(title), text: share?.text && plain(share.text), hashtags: share?.hashtags };
  };

  shared = (network: string) => emit(this.host, 'trial-share', { trialId: this.config.id, network });

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

  async announce(message: string) {
    // Cleared first, so the same message is announced again.
    this.set({ status: '' });
    await this.host.updateComplete;
    this.set({ status: message });
  }

  /**
   * Runs a button's action from the actions chunk, waiting for it if it is still on its way (the
   * press keeps its user activation meanwhile). If it cannot load, `failed` says so.
   */
  private act(run: (module: Actions, action: number) => unknown, failed: () => unknown) {
    const action = this.actions;
    void loadShareActions().then((module) => (module ? run(module, action) : action === this.actions && failed()));
  }

  /** The link in a read-only field, selected, for the person to copy (where the clipboard cannot be used). */
  async showLink(): Promise<void> {
    this.set({ copyFallback: true });
    await this.host.updateComplete;
    const input = this.root.querySelector<HTMLInputElement>('#link');
    input?.focus();
    input?.select();
  }

  /** Copying or sharing when the actions could not load: the link to copy by hand. */
  private linkByHand = async () => {
    await this.showLink();
    await this.announce(this.bridge.t('share.copy.manual'));
  };

  /** A panel when the actions could not load. */
  private panelFailed = () => this.announce(this.bridge.t('share.failed'));

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

  get openPanel(): Panel | '' {
    return this.panel ?? (this.host.showQr ? 'qr' : '');
  }

  render(bridge: ShareBridge) {
    this.bridge = bridge;
    const t = bridge.t;
    const [main, rest] = this.items();
    const open = this.openPanel;
    const module = open && this.modules[open];
    // `show-qr`: the panel's chunk (after the actions') is asked for by the first render.
    if (open && !module) this.act((actions) => actions.load(this, open), this.panelFailed);
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
      ${module && actions ? module.render(actions.panelHost(this)) : nothing}
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
    if (name === 'native') {
      const data = this.nativeData();
      return data
        ? html`<li>${this.button(name, t('share.native'), () => this.act((actions, action) => actions.nativeShare(this, data, action), this.linkByHand))}</li>`
        : nothing;
    }
    if (name === 'copy')
      return html`<li>${this.button(name, t('share.copy'), () => this.act((actions, action) => actions.copy(this, action), this.linkByHand))}</li>`;
    if (name === 'qr' || name === 'mastodon') {
      return html`<li>${this.button(name, brand ?? t('share.qr'), () => this.act((actions) => actions.toggle(this, name), this.panelFailed), this.openPanel === name)}</li>`;
    }
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

  /** What the native share sheet gets, where the browser says it can share it. */
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
}
