/**
 * "Tell me when results are out": one email field, the config's consent text in a box that is
 * never pre-ticked, and a Send button. Nothing leaves the browser until the person ticks the box
 * and presses Send; then one JSON POST (`{ trialId, email, language, ref, consentText, sentAt }`)
 * goes to `findings.notify.endpoint`, with the referral's checks, timeout and "nothing was lost".
 *
 * Loaded on demand (its own chunk) by <trial-card>, only for trials whose config has a
 * `findings.notify`. It brings its own strings (the `notify` area) and never imports the element.
 */
import { css, html, nothing, type CSSResult } from 'lit';
import { isEmail } from '../../core/safe-url.js';
import type { TrialConfig } from '../../core/schema.js';
import { notify as english } from '../../i18n/en/notify.js';
import { addEnglish } from '../../i18n/translate.js';
import { formStyles } from '../../internal/form.styles.js';
import { heading } from '../../internal/heading.js';
import { postJson } from '../../internal/post-json.js';
import type { TrialKit } from '../../internal/trial-kit.js';

addEnglish('notify', english);

/** The form's styles travel with it (the shared GOV.UK form patterns), so cards without a sign-up never carry them. */
export const notifyStyles: CSSResult = css`
  .notify {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .notify .field > label:not(.option) {
    font-weight: 600;
  }
`;

/** Focus moves only within the form, never to a same-named element elsewhere in the card. */
const FORM = '[part~="findings-notify"]';

type Notify = NonNullable<NonNullable<TrialConfig['findings']>['notify']>;
type Errors = Partial<Record<'email' | 'consent', string>>;
export type NotifyStatus = 'idle' | 'sending' | 'sent' | 'failed';

/** What the form needs: the card's kit, and its own heading level, payload, timeout and styles. */
export type NotifyHost = TrialKit & {
  /** The form's heading level (one below the card's section headings). */
  headingLevel(): number;
  /** Sent or failed: the card emits `trial-findings-notify` (never the email). */
  done(sent: boolean): void;
  /** The trial id, the reader's language and the embedding site's ref. */
  payload(): { trialId: string; language: string; ref: string | null };
  /** How long to wait for the endpoint (milliseconds). */
  readonly timeout: number;
  /** Adds the form's styles to the card's shadow root (once). */
  adoptStyles(styles: CSSResult): void;
};

export class NotifyForm {
  /** What the person typed; kept through failures so they can simply press Send again. */
  email = '';
  consented = false;
  errors: Errors = {};
  status: NotifyStatus = 'idle';

  constructor(
    private readonly host: NotifyHost,
    private readonly notify: Notify,
  ) {
    host.adoptStyles(formStyles);
    host.adoptStyles(notifyStyles);
  }

  render() {
    const { t } = this.host;
    const { status, errors } = this;
    const message = status === 'idle' ? '' : t(`notify.${status}`);
    const entries = Object.entries(errors) as [keyof Errors, string][];
    return html`<div class="notify" part="findings-notify">
      ${heading(this.host.headingLevel(), t('notify.heading'), undefined, undefined, { class: 'notify-heading', tabindex: '-1' })}
      <p role="status" class=${status === 'failed' ? 'error-message' : ''}>${message}</p>
      ${
        status === 'sent'
          ? nothing
          : html`<p>${t('notify.intro')}</p>
            <form novalidate @submit=${this.submit} @input=${this.keep} @change=${this.keep}>
              ${
                entries.length
                  ? html`<div class="error-summary" tabindex="-1">
                    <div role="alert">
                      <p><strong>${t('notify.error.title')}</strong></p>
                      <ul>
                        ${entries.map(([name, text]) => html`<li><a href="#notify-${name}" @click=${(event: Event) => this.focusField(event, name)}>${text}</a></li>`)}
                      </ul>
                    </div>
                  </div>`
                  : nothing
              }
              <div class="field ${errors.email ? 'error' : ''}">
                <label for="notify-email">${t('notify.email')}</label>
                ${this.errorMessage('email')}
                <input
                  class="text"
                  part="input"
                  id="notify-email"
                  name="email"
                  type="email"
                  autocomplete="email"
                  spellcheck="false"
                  dir="ltr"
                  aria-describedby=${errors.email ? 'notify-error-email' : nothing}
                  aria-invalid=${errors.email ? 'true' : nothing}
                  .value=${this.email}
                />
              </div>
              <div class="field ${errors.consent ? 'error' : ''}">
                ${this.errorMessage('consent')}
                <label class="option" part="consent"
                  ><span class="box"
                    ><input
                      type="checkbox"
                      id="notify-consent"
                      name="consent"
                      aria-describedby=${errors.consent ? 'notify-error-consent' : nothing}
                      .checked=${this.consented} /></span
                  ><span class="label">${this.host.text(this.notify.consent)}</span></label
                >
              </div>
              <button class="button" part="button" ?disabled=${status === 'sending'}>${t('notify.send')}</button>
            </form>`
      }
    </div>`;
  }

  private errorMessage(name: keyof Errors) {
    const message = this.errors[name];
    return message
      ? html`<p class="error-message" id="notify-error-${name}"><span class="visually-hidden">${this.host.t('notify.error.prefix')}</span> ${message}</p>`
      : nothing;
  }

  private focusField(event: Event, name: keyof Errors) {
    event.preventDefault();
    this.host.changed(`${FORM} #notify-${name}`);
  }

  private keep = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'email') this.email = input.value;
    if (input.name === 'consent') this.consented = input.checked;
  };

  private submit = async (event: Event) => {
    event.preventDefault();
    if (this.status === 'sending') return;
    const t = this.host.t;
    const email = this.email.trim();
    this.errors = {};
    if (!isEmail(email)) this.errors.email = t('notify.error.email');
    if (!this.consented) this.errors.consent = t('notify.error.consent');
    if (Object.keys(this.errors).length) return this.host.changed(`${FORM} .error-summary`);
    const { trialId, language, ref } = this.host.payload();
    // The consent text exactly as the person read it, so the study team can show what was agreed to.
    const consentText = this.host.plain(this.notify.consent);
    const body = { trialId, email, language, ref, consentText, sentAt: new Date().toISOString() };
    this.status = 'sending';
    this.host.changed();
    const sent = await postJson(this.notify.endpoint, body, this.host.timeout);
    this.status = sent ? 'sent' : 'failed';
    this.host.changed(sent ? `${FORM} .notify-heading` : undefined);
    this.host.done(sent);
  };
}
