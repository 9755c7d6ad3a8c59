/**
 * The Mastodon part of <trial-share>: asks which server the person is on, then opens that
 * server's share page. Nothing is remembered unless the site owner sets `remember-instance`, and
 * then only this site's localStorage holds the server name. Loaded on demand as its own chunk.
 */
import { html, nothing } from 'lit';
import { defaultMastodonServers, normalizeInstance } from '../../core/mastodon.js';
import { buildShareUrl } from '../../core/share-links.js';
import type { PanelHost } from './panel-host.js';
import { panelStyles } from './panel.styles.js';

/** localStorage key, used only with `remember-instance`. */
export const INSTANCE_KEY = 'trialkit.mastodon-instance';

const invalid = new WeakSet<ShadowRoot>();

/** The server field; null when the form is not (or no longer) on screen. */
const input = (host: PanelHost) => host.root.querySelector<HTMLInputElement>('#instance');

function submit(event: Event, host: PanelHost) {
  event.preventDefault();
  const instance = normalizeInstance(input(host)?.value ?? '');
  if (instance) invalid.delete(host.root);
  else invalid.add(host.root);
  host.changed();
  if (!instance) return input(host)?.focus();
  if (host.remember) {
    try {
      localStorage.setItem(INSTANCE_KEY, instance);
    } catch {
      // Storage blocked: nothing is remembered.
    }
  }
  window.open(buildShareUrl('mastodon', host.content('mastodon'), { instance }), '_blank', 'noopener,noreferrer');
  host.shared('mastodon');
}

export function render(host: PanelHost) {
  const { t } = host;
  const error = invalid.has(host.root);
  return html`<form id="mastodon" class="sub panel row" part="mastodon" novalidate @submit=${(event: Event) => submit(event, host)} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && host.close()}>
    <div class="field">
      <label for="instance">${t('share.mastodon.label')}</label>
      <span id="instance-hint" class="muted">${t('share.mastodon.hint')}</span>
      ${error ? html`<span id="instance-error" class="error">${t('share.mastodon.error')}</span>` : nothing}
      <input id="instance" dir="ltr" list="servers" inputmode="url" autocomplete="off" autocapitalize="none" spellcheck="false" aria-invalid=${String(error)} aria-describedby="instance-hint ${error ? 'instance-error' : ''}" />
      <datalist id="servers">${(host.servers ?? defaultMastodonServers).map((server) => html`<option value=${server}></option>`)}</datalist>
    </div>
    <button class="button">${t('share.on', { network: 'Mastodon' })}</button>
  </form>`;
}

export function opened(host: PanelHost) {
  invalid.delete(host.root);
  const field = input(host);
  if (!field) return; // closed again before it was shown
  if (host.remember) {
    try {
      field.value = localStorage.getItem(INSTANCE_KEY) ?? '';
    } catch {
      // Storage blocked: the person types their server.
    }
  }
  field.focus();
}

export const styles = [panelStyles];
