/**
 * What the share buttons do: the native share sheet, copying the link, and opening the QR code and
 * Mastodon panels (each its own chunk). A chunk of its own, fetched right after <trial-share>'s
 * first render: the first screen is the links and buttons (share-view.ts), which need none of it.
 */
import type { PanelHost, PanelModule } from './panel-host.js';
import type { Panel, ShareView } from './share-view.js';

/** How each panel's chunk is fetched (one place, so a test can hold a chunk back and race it). */
export const panelChunks: Record<Panel, () => Promise<PanelModule>> = {
  qr: () => import('./qr-panel.js'),
  mastodon: () => import('./mastodon-form.js'),
};

/** The native share sheet; `action` is the press that asked for it. */
export async function nativeShare(view: ShareView, data: ShareData, action: number): Promise<void> {
  try {
    await navigator.share(data);
    view.shared('native');
  } catch (error) {
    // A closed share sheet (AbortError) is not an error; anything else falls back to copying.
    if ((error as Error)?.name !== 'AbortError') await copy(view, action);
  }
}

/** Copies the link; `action` is the press that asked for it (a newer press silences what this one would say). */
export async function copy(view: ShareView, action: number): Promise<void> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(view.link('copy'));
    copied = true;
  } catch {
    // No Clipboard API, or no permission: select the link in a read-only field and copy that.
    await view.showLink();
    try {
      copied = document.execCommand('copy');
    } catch {
      // Then the person copies it by hand.
    }
  }
  view.shared('copy');
  // The person already moved on (pressed something else while the clipboard answered): say nothing.
  if (action === view.actions) await view.announce(view.bridge.t(copied ? 'share.copied' : 'share.copy.manual'));
}

/** Opens or closes a panel, and moves focus into it once its chunk is in. */
export async function toggle(view: ShareView, name: Panel): Promise<void> {
  const opening = view.openPanel !== name;
  view.set({ panel: opening ? name : '' });
  if (!opening) return;
  if (name === 'qr') view.shared('qr');
  const module = await load(view, name);
  await view.host.updateComplete;
  // While the chunk loaded, the person may have closed this panel, opened the other one, or the
  // element may have left the page: then there is nothing to move focus into.
  if (module && view.openPanel === name && view.host.isConnected) module.opened(panelHost(view));
}

/** Loads a panel's chunk once; undefined (and the panel closed, if it is still the open one) when it cannot load. */
export function load(view: ShareView, name: Panel): Promise<PanelModule | undefined> {
  if (view.modules[name]) return Promise.resolve(view.modules[name]);
  return (view.loading[name] ??= panelChunks[name]().then(
    (module) => {
      view.modules[name] = module;
      view.adoptStyles();
      view.host.requestUpdate();
      return module;
    },
    () => {
      // Let a later click try again (the network may be back).
      delete view.loading[name];
      if (view.openPanel === name) {
        view.set({ panel: '' });
        void view.announce(view.bridge.t('share.failed'));
      }
      return undefined;
    },
  ));
}

/** What the open panel's chunk gets. */
export function panelHost(view: ShareView): PanelHost {
  const { plain, text } = view.bridge;
  const config = view.config;
  const name = view.openPanel;
  return view.bridge.with({
    id: config.id,
    title: plain(config.title),
    titleText: text(config.title),
    link: (source: string, medium?: string) => view.link(source, medium),
    content: view.content,
    shared: view.shared,
    close: () => {
      view.set({ panel: '' });
      void view.host.updateComplete.then(() => view.root.querySelector<HTMLElement>(`[aria-controls="${name}"]`)?.focus());
    },
    servers: view.host.mastodonServers?.split(/\s+/).filter(Boolean),
    remember: view.host.rememberInstance,
  });
}
