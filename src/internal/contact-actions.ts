import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../core/localize.js';
import { mailtoHref, safeHref, telHref, isEmail, isPhone } from '../core/safe-url.js';
import type { Contact } from '../core/schema.js';
import type { Translate } from '../i18n/translate.js';
import { emit, type ContactDetail } from './events.js';

/**
 * An email address that wraps only after its `@` and its dots ("study@<wbr>bannerhealth.<wbr>com"),
 * never mid-word ("bannerhealth.co / m"): `<wbr>` marks the allowed breaks and `.email` (in
 * shared.styles.ts, so every element has it) turns off the break-anywhere wrapping the rest of
 * the widget uses.
 */
export function emailWithBreaks(email: string): TemplateResult {
  const parts = email.split(/(?<=[@.])/);
  return html`<span class="email" dir="ltr">${parts.map((part, i) => (i ? html`<wbr />${part}` : part))}</span>`;
}

/** "Email {email}" with the address broken only where `emailWithBreaks` allows. */
function emailLabel(t: Translate, email: string): TemplateResult {
  const [before = '', after = ''] = t('common.contact.email', { email: '\u0000' }).split('\u0000');
  // One span: the button is a flex box, and the sentence must wrap as one run of text.
  return html`<span>${before}${emailWithBreaks(email)}${after}</span>`;
}

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
      ${
        isPhone(contact.phone)
          ? html`<li><a class="button" part="action action-call" href=${telHref(contact.phone)} @click=${track('phone')}>${t('common.contact.call', { phone: contact.phone })}</a></li>`
          : nothing
      }
      ${
        isEmail(contact.email)
          ? html`<li><a class="button secondary" part="action action-email" href=${mailtoHref(contact.email)} @click=${track('email')}>${emailLabel(t, contact.email!)}</a></li>`
          : nothing
      }
      ${
        website
          ? html`<li>
            <a class="button secondary" part="action action-website" href=${website} target=${external ? '_blank' : nothing} rel="noopener noreferrer" @click=${track('website')}
              >${t('common.contact.website')}${external ? html`<span class="visually-hidden"> ${t('common.newTab')}</span>` : nothing}</a
            >
          </li>`
          : nothing
      }
    </ul>`;
}
