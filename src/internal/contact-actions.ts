import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../core/localize.js';
import { mailtoHref, safeHref, telHref, isEmail, isPhone } from '../core/safe-url.js';
import type { Contact } from '../core/schema.js';
import type { Translate } from '../i18n/translate.js';
import { emit, type ContactDetail } from './events.js';

/**
 * Call / email / website actions for a contact. Every href is checked again here, right before
 * it is rendered, so nothing unsafe reaches the page even if a config was changed after validation.
 */
export function renderContactActions(
  contact: Contact,
  t: Translate,
  text: (value: LocalizedText | undefined) => TemplateResult | string,
  /** When given, a click emits `trial-contact` (the channel only) from this element. */
  source?: { host: EventTarget; trialId: string },
): TemplateResult {
  const website = safeHref(contact.url, 'contact');
  const external = website?.startsWith('http');
  const track = (channel: ContactDetail['channel']) => () => {
    if (source) emit(source.host, 'trial-contact', { trialId: source.trialId, channel });
  };
  return html`${contact.name ? html`<p class="contact-name">${text(contact.name)}</p>` : nothing}
    <ul class="actions" part="contact-actions">
      ${isPhone(contact.phone)
        ? html`<li><a class="button" part="action action-call" href=${telHref(contact.phone)} @click=${track('phone')}>${t('common.contact.call', { phone: contact.phone })}</a></li>`
        : nothing}
      ${isEmail(contact.email)
        ? html`<li><a class="button secondary" part="action action-email" href=${mailtoHref(contact.email)} @click=${track('email')}>${t('common.contact.email', { email: contact.email })}</a></li>`
        : nothing}
      ${website
        ? html`<li>
            <a class="button secondary" part="action action-website" href=${website} target=${external ? '_blank' : nothing} rel="noopener noreferrer" @click=${track('website')}
              >${t('common.contact.website')}${external ? html`<span class="visually-hidden"> ${t('common.newTab')}</span>` : nothing}</a
            >
          </li>`
        : nothing}
    </ul>`;
}
