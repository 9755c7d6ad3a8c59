/**
 * The consented referral form: contact fields, a consent box that is never pre-ticked, and one
 * POST to the config's endpoint, only after the person ticks the box and presses Send.
 *
 * Loaded on demand (its own chunk) by <trial-eligibility>, and only for trials whose config has a
 * `referral`: most trials have none, so most pages never download it. It never imports the element.
 */
import { html, nothing } from 'lit';
import { isEmail, isPhone } from '../../core/safe-url.js';
import { postJson } from '../../internal/post-json.js';
import type { ReferralField, TrialConfig } from '../../core/schema.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { TrialKit } from '../../internal/trial-kit.js';
import { eligibilityReferral } from '../../i18n/en/eligibility-referral.js';
import { addEnglish } from '../../i18n/translate.js';

addEnglish('eligibility', eligibilityReferral);

type Referral = NonNullable<TrialConfig['referral']>;
type Errors = Record<string, string>;
export type SendStatus = 'idle' | 'sending' | 'sent' | 'failed';

/** What the form needs: the element's kit, and the flow's headings, error messages, payload and timeout. */
export type ReferralHost = TrialKit & {
  heading(content: unknown): unknown;
  errorSummary(errors: Errors): unknown;
  errorMessage(id: string, message: string | undefined): unknown;
  /** Sent or failed: the element emits `trial-referral`. */
  done(sent: boolean): void;
  /** The answers and context to send: trial id, outcome, answers, ref, language. */
  payload(): Record<string, unknown>;
  /** How long to wait for the endpoint (milliseconds). */
  readonly timeout: number;
};

const AUTOCOMPLETE: Record<ReferralField, string> = {
  name: 'name',
  email: 'email',
  phone: 'tel',
  postalCode: 'postal-code',
  bestTime: 'off',
  language: 'language',
};

export class ReferralForm {
  /** What the person typed; kept through failures so they can simply press Send again. */
  values: Record<string, string> = {};
  errors: Errors = {};
  status: SendStatus = 'idle';

  constructor(
    private readonly host: ReferralHost,
    private readonly referral: Referral,
  ) {}

  render() {
    const { t, status, errors } = { t: this.host.t, status: this.status, errors: this.errors };
    const message = status === 'idle' ? '' : t(`eligibility.referral.${status}`);
    return html`<section part="referral">
      ${this.host.heading(t('eligibility.referral.heading'))}
      <p role="status" class=${status === 'failed' ? 'error-message' : ''}>${message}</p>
      ${
        status === 'sent'
          ? nothing
          : html`<p>${t('eligibility.referral.intro')}</p>
            <form novalidate @submit=${this.submit} @input=${this.keep}>
              ${this.host.errorSummary(errors)} ${this.referral.fields.map((name) => this.field(name))}
              <div class="field ${errors.consent ? 'question error' : ''}">
                ${this.host.errorMessage('error-consent', errors.consent)}
                <label class="option" part="consent"
                  ><span class="box"><input type="checkbox" name="consent" aria-describedby=${errors.consent ? 'error-consent' : nothing} /></span
                  ><span class="label">${this.host.text(this.referral.consent)}</span></label
                >
              </div>
              <button class="button" part="button" ?disabled=${status === 'sending'}>${t('eligibility.referral.send')}</button>
            </form>`
      }
    </section>`;
  }

  private field(name: ReferralField) {
    const t = this.host.t;
    const error = this.errors[name];
    const hint = name === 'bestTime' ? t('eligibility.referral.bestTimeHint') : '';
    const describedBy = [hint ? `hint-${name}` : '', error ? `error-${name}` : ''].join(' ').trim();
    return html`<div class="field ${error ? 'question error' : ''}">
      <label for="field-${name}"
        >${t(`eligibility.referral.${name}` as MessageKey)}
        ${name === 'name' || name === 'email' || name === 'phone' ? nothing : t('eligibility.referral.optional')}</label
      >
      ${hint ? html`<span class="hint" id="hint-${name}">${hint}</span>` : nothing} ${this.host.errorMessage(`error-${name}`, error)}
      <input
        class="text"
        part="input"
        id="field-${name}"
        name=${name}
        type=${name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
        autocomplete=${AUTOCOMPLETE[name]}
        dir=${name === 'email' || name === 'phone' ? 'ltr' : nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : nothing}
        .value=${this.values[name] ?? ''}
      />
    </div>`;
  }

  private keep = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'consent') this.values[input.name] = input.value;
  };

  private value(name: string): string {
    return (this.values[name] ?? '').trim();
  }

  /** Plain-language problems, by field name. */
  private validate(consented: boolean): Errors {
    const t = this.host.t;
    const fields = this.referral.fields;
    const errors: Errors = {};
    if (fields.includes('name') && !this.value('name')) errors.name = t('eligibility.referral.error.name');
    const reach = (['email', 'phone'] as const).filter((name) => fields.includes(name));
    for (const name of reach) {
      const given = this.value(name);
      if (given && !(name === 'email' ? isEmail(given) : isPhone(given))) errors[name] = t(`eligibility.referral.error.${name}`);
    }
    if (reach[0] && !reach.some((name) => this.value(name))) {
      errors[reach[0]] = t(reach.length > 1 ? 'eligibility.referral.error.reach' : `eligibility.referral.error.${reach[0]}`);
    }
    if (!consented) errors.consent = t('eligibility.referral.error.consent');
    return errors;
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    if (this.status === 'sending') return;
    const form = event.currentTarget as HTMLFormElement;
    this.errors = this.validate((form.elements.namedItem('consent') as HTMLInputElement).checked);
    if (Object.keys(this.errors).length) return this.host.changed('[part~="referral"] .error-summary');
    const contact: Record<string, string> = {};
    for (const name of this.referral.fields) if (this.value(name)) contact[name] = this.value(name);
    const body = { ...this.host.payload(), contact, timestamp: new Date().toISOString() };
    this.status = 'sending';
    this.host.changed();
    const sent = await postJson(this.referral.endpoint, body, this.host.timeout);
    this.status = sent ? 'sent' : 'failed';
    this.host.changed(sent ? '[part~="referral"] .sub' : undefined);
    this.host.done(sent);
  };
}
