import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  evaluateEligibility,
  mayAskFewer,
  parseNumberAnswer,
  questionAfter,
  questionBefore,
  UNSURE,
  type Answer,
  type EligibilityState,
  type NumberProblem,
} from '../../core/eligibility.js';
import { resolveText } from '../../core/localize.js';
import { recruitingFirst, sortByDistance, type LocationWithDistance } from '../../core/locations.js';
import type { ReferralForm, ReferralHost } from './referral.js';
import type { Question, TrialConfig } from '../../core/schema.js';
import { renderContactActions } from '../../internal/contact-actions.js';
import { emit } from '../../internal/events.js';
import { TrialElement } from '../../internal/trial-element.js';
import { eligibilityStyles } from './trial-eligibility.styles.js';

export const ELIGIBILITY_LAYOUTS = ['steps', 'form'] as const;

/** The form value of "I'm not sure" (option values are ids, which cannot contain "?"). */
const UNSURE_VALUE = '?';
/** About 15 seconds a question, read aloud at a calm pace. */
const QUESTIONS_PER_MINUTE = 4;
const SITES_SHOWN = 3;

type Screen = 'start' | 'question' | 'result';
type Errors = Record<string, string>;

/**
 * The plain-language pre-screener: one question at a time (or all on one page), every question
 * answerable with "I'm not sure", branching, an early stop, and a result that is never a diagnosis,
 * with contact details and, when the config has a `referral`, a consented referral form.
 * Answers stay in the browser unless the person ticks the consent box and presses Send.
 *
 * @tagname trial-eligibility
 * @summary "Can I take part?": plain questions, a kind result, and next steps.
 *
 * @event trial-eligibility-start - The person started. `detail: { trialId }`.
 * @event trial-eligibility-step - A question is shown. `detail: { trialId, questionId, index, total }` (never the answer).
 * @event trial-eligibility-complete - The result is shown. `detail: { trialId, outcome, reasons }` (`reasons`: question ids).
 * @event trial-referral - A referral was sent or failed. `detail: { trialId, status: 'sent' | 'failed' }`.
 * @event trial-ready - Only when the element loads its own config. `detail: { trialId }`.
 * @event trial-error - Only when the element loads its own config and it cannot be used. `detail: { problems }`.
 *
 * @csspart base - The wrapper.
 * @csspart eligibility - The pre-screener panel.
 * @csspart heading - The heading of each step.
 * @csspart progress - "Question 2 of 6".
 * @csspart question - One question (its fieldset and error).
 * @csspart option - Each answer choice.
 * @csspart input - Each text or number box.
 * @csspart help - The "Why we ask" disclosure.
 * @csspart error - An error message.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart button - Each button (Start, Continue, Send, …).
 * @csspart result - The result, announced to screen readers.
 * @csspart reasons - Why the study may not be right for the person.
 * @csspart locations - Places taking part.
 * @csspart contact-actions - The list of call, email and website actions.
 * @csspart action - Each contact action.
 * @csspart referral - The consented referral form.
 * @csspart consent - The consent checkbox.
 * @csspart fallback - The message shown when the config cannot be used.
 *
 * @cssproperty --trial-eligibility-max-width - Widest the text column grows (default 40rem).
 * @cssproperty --trial-color-error - Colour of error messages and borders.
 */
export class TrialEligibility extends TrialElement {
  static override styles = [TrialElement.styles, eligibilityStyles];

  /** How long a referral may take before the person is told it failed (milliseconds). */
  static referralTimeout = 15_000;

  /** `steps` (default): one question per step. `form`: every question on one page, for wide screens. */
  @property({ reflect: true }) layout?: string;

  /** Heading level of each step (2–6, default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  @state() private screen: Screen = 'start';
  @state() private answers: Record<string, Answer> = {};
  /** The question shown in the steps layout. */
  @state() private current?: string;
  @state() private errors: Errors = {};
  @state() private sites?: LocationWithDistance[];
  /** The referral form's module, loaded on demand for trials that have a `referral`. */
  @state() private referralModule?: typeof import('./referral.js');
  private referralForm?: ReferralForm;

  private started = false;
  private seenConfig?: TrialConfig;
  /** What to focus after the next render: a selector in the shadow root. */
  private focusAfterRender?: string;

  private get formLayout(): boolean {
    return this.checkedAttribute('layout', this.layout, ELIGIBILITY_LAYOUTS, 'steps') === 'form';
  }

  private evaluate(config: TrialConfig): EligibilityState {
    return evaluateEligibility(config.eligibility, this.answers);
  }

  /** Starts again from the first screen, keeping nothing. */
  restart(): void {
    this.screen = 'start';
    this.answers = {};
    this.errors = {};
    this.sites = this.referralForm = undefined;
    this.started = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const config = this.trialConfig;
    if (config !== this.seenConfig) {
      // A new config (another trial, or an edited one) starts afresh.
      if (this.seenConfig) this.restart();
      this.seenConfig = config;
      // Fetched now, before anyone starts, so the flow itself makes no request at all.
      if (config?.referral && !this.referralModule) {
        import('./referral.js').then(
          (module) => (this.referralModule = module),
          (error: unknown) => console.warn(`trialkit: the referral form could not be loaded (${String(error)}). Contact details are shown instead.`),
        );
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = undefined;
  }

  // --- Rendering --------------------------------------------------------------------------------

  private heading(content: unknown, sub = false): TemplateResult {
    const level = Math.round(Number(this.headingLevel ?? 2));
    const tag = unsafeStatic(`h${Math.min(6, (level >= 2 && level <= 6 ? level : 2) + (sub ? 1 : 0))}`);
    return staticHtml`<${tag} class=${sub ? 'sub' : 'step'} part="heading" tabindex="-1">${content}</${tag}>`;
  }

  protected override renderTrial(config: TrialConfig) {
    const t = this.t;
    const state = this.evaluate(config);
    const result = this.screen === 'result';
    const step = !this.formLayout && this.screen === 'question' ? (state.visible.find((q) => q.id === this.current) ?? state.next) : undefined;
    const questions = step ? [step] : this.formLayout ? state.visible : [];
    const count = evaluateEligibility(config.eligibility, {}).total;
    const button = (label: string, click?: () => void, kind = 'button') =>
      html`<button type=${click ? 'button' : 'submit'} class=${kind} part="button" @click=${click}>${label}</button>`;
    const restart = button(t('eligibility.restart'), this.startOver, 'link-button');
    let body: unknown;
    if (!count) {
      body = html`<p>${t('eligibility.none')}</p>
        ${this.renderContact(config)}`;
    } else if (result) {
      body = this.renderNextSteps(config, state, restart);
    } else {
      // The start screen; in the form layout, the same words above the questions.
      const intro = step
        ? nothing
        : html`${this.heading(t('eligibility.start.heading'))}
            <p>
              ${t(mayAskFewer(config.eligibility) ? 'eligibility.start.countUpTo' : 'eligibility.start.count', { count })}
              ${t('eligibility.start.time', { count: Math.ceil(count / QUESTIONS_PER_MINUTE) })}
            </p>
            <p><strong>${t('eligibility.start.private')}</strong></p>
            ${config.eligibility!.questions.some((q) => q.allowUnsure !== false) ? html`<p>${t('eligibility.start.unsure')}</p>` : nothing}
            <p class="muted">${t('eligibility.notAdvice')}</p>`;
      body = html`${intro}
        ${questions.length
          ? html`<form
              novalidate
              @submit=${(event: Event) => this.submit(event, config)}
              @change=${(event: Event) => this.changed(event, config)}
              @input=${this.exclusive}
            >
              ${this.renderErrorSummary(this.errors)}
              ${questions.map((q) => keyed(q.id, this.renderQuestion(q, state.visible.indexOf(q) + 1, state.total, !!step)))}
              <div class="buttons">
                ${button(t(step ? 'eligibility.continue' : 'eligibility.seeResult'))}
                ${step ? button(t('eligibility.back'), () => this.back(config), 'button secondary') : nothing} ${restart}
              </div>
            </form>`
          : html`<div class="buttons">${button(t('eligibility.start.button'), () => this.start(config))}</div>`}`;
    }
    // The status region is always there, so screen readers announce the result when it appears.
    return html`<div class="panel" part="eligibility">
      <div class="screen">
        <div role="status" part="result" class="result-status">${result ? this.renderOutcome(config, state) : nothing}</div>
        ${body}
      </div>
    </div>`;
  }

  private renderQuestion(q: Question, index: number, total: number, step: boolean) {
    const t = this.t;
    const id = q.id;
    const answer = this.answers[id];
    const error = this.errors[id];
    const multi = q.type === 'multi';
    const legend = html`<span class="caption" part="progress">${t('eligibility.progress', { index, total })}</span>
      <span id="text-${id}">${this.text(q.text)}</span>`;
    const option = (value: string, label: unknown, checked: boolean, type = multi ? 'checkbox' : 'radio') =>
      html`<label class="option" part="option"
        ><input type=${type} name=${id} value=${value} .checked=${checked} aria-invalid=${error ? 'true' : nothing} /><span>${label}</span></label
      >`;
    const choices: [string, unknown][] =
      q.type === 'yesno' ? [['yes', t('eligibility.yes')], ['no', t('eligibility.no')]] : (q.options ?? []).map((o) => [o.value, this.text(o.label)]);
    return html`<div class="question ${error ? 'error' : ''}" part="question">
      <fieldset aria-describedby=${[multi ? `hint-${id}` : '', error ? `error-${id}` : ''].join(' ').trim() || nothing}>
        <legend>${step ? this.heading(legend) : legend}</legend>
        ${multi ? html`<p class="hint" id="hint-${id}">${t('eligibility.multiHint')}</p>` : nothing}
        ${q.help ? html`<details part="help"><summary>${t('eligibility.help')}</summary><p>${this.text(q.help)}</p></details>` : nothing}
        ${this.errorMessage(`error-${id}`, error)}
        ${q.type === 'number'
          ? html`<div class="option">
              <input
                class="text number"
                part="input"
                name=${id}
                inputmode=${/\.\d/.test(JSON.stringify([q.min, q.max, q.eligibleIf])) ? 'decimal' : 'numeric'}
                autocomplete="off"
                spellcheck="false"
                aria-labelledby="text-${id} unit-${id}"
                aria-describedby=${error ? `error-${id}` : nothing}
                aria-invalid=${error ? 'true' : nothing}
                .value=${typeof answer === 'number' ? String(answer) : ''}
              /><span class="unit" id="unit-${id}">${this.text(q.unit)}</span>
            </div>`
          : choices.map(([value, label]) => option(value, label, Array.isArray(answer) ? answer.includes(value) : answer === value))}
        ${q.allowUnsure === false
          ? nothing
          : html`<p class="or">${t('eligibility.or')}</p>
              ${option(UNSURE_VALUE, t('eligibility.unsure'), answer === UNSURE, q.type === 'yesno' || q.type === 'choice' ? 'radio' : 'checkbox')}`}
      </fieldset>
    </div>`;
  }

  /** GOV.UK error message: red, bold, with a hidden "Error:" for screen readers. */
  private errorMessage(id: string, message: string | undefined) {
    return message
      ? html`<p class="error-message" id=${id} part="error"><span class="visually-hidden">${this.t('eligibility.error.prefix')}</span> ${message}</p>`
      : nothing;
  }

  /** GOV.UK error summary: it takes focus, and each link moves to its field. */
  private renderErrorSummary(errors: Errors) {
    const entries = Object.entries(errors);
    return entries.length
      ? html`<div class="error-summary" part="error-summary" tabindex="-1">
          <div role="alert">
            <p><strong>${this.t('eligibility.error.title')}</strong></p>
            <ul>
              ${entries.map(([name, message]) => html`<li><a href="#${name}" @click=${(event: Event) => this.focusField(event, name)}>${message}</a></li>`)}
            </ul>
          </div>
        </div>`
      : nothing;
  }

  private renderOutcome(config: TrialConfig, state: EligibilityState) {
    const t = this.t;
    const { outcome } = state;
    return html`${this.heading(t(`eligibility.${outcome}.heading`))}
      <p>${t(`eligibility.${outcome}.body`)}</p>
      ${outcome === 'likely'
        ? nothing
        : html`<ul part="reasons">
            ${state.reasons.map((id) => {
              const q = config.eligibility!.questions.find((question) => question.id === id)!;
              // Unsure: what to ask the team about. Unlikely: the config's reason, or the question itself.
              return html`<li>${outcome === 'unlikely' && q.reason ? this.text(q.reason) : this.text(q.text)}</li>`;
            })}
          </ul>`}`;
  }

  private renderNextSteps(config: TrialConfig, state: EligibilityState, restart: unknown) {
    const t = this.t;
    const unlikely = state.outcome === 'unlikely';
    const condition = config.conditions?.[0];
    // ClinicalTrials.gov searches in English, so the condition is given in English when the config has it.
    const search = condition && resolveText(condition, 'en', config.defaultLocale);
    const all = config.locations ?? [];
    const sites = this.sites ?? recruitingFirst(all).map((location) => ({ location }));
    return html`<div class="result">
      ${unlikely ? html`<p>${t('eligibility.unlikely.next')}</p>` : nothing}
      ${unlikely && search
        ? html`<p>
            <a href="https://clinicaltrials.gov/search?cond=${encodeURIComponent(search)}" target="_blank" rel="noopener noreferrer"
              >${t('eligibility.unlikely.search', { condition: this.plain(condition) })}<span class="visually-hidden"> ${t('common.newTab')}</span></a
            >
          </p>`
        : nothing}
      <p class="muted">${t('eligibility.notAdvice')}</p>
      ${unlikely ? nothing : this.referral(config)?.render()}
      <section>${this.heading(t('common.contact.heading'), true)} ${this.renderContact(config)}</section>
      ${all.length
        ? html`<section part="locations">
            ${this.heading(t('eligibility.places.heading'), true)}
            ${this.sites ? html`<p>${t('card.locations.sorted')}</p>` : nothing}
            <ul class="sites">
              ${sites
                .slice(0, SITES_SHOWN)
                .map(({ location }) => html`<li><strong>${this.text(location.name)}</strong><br />${[location.city, location.region, location.country].filter(Boolean).join(', ')}</li>`)}
            </ul>
            ${this.sites || !all.some((l) => l.geo) || !('geolocation' in navigator)
              ? nothing
              : html`<p>
                  <button type="button" class="button secondary" part="button" @click=${() => this.sortSites(all)}>${t('card.locations.sort')}</button>
                  <span class="muted">${t('card.locations.sortNote')}</span>
                </p>`}
          </section>`
        : nothing}
      <div class="buttons">
        <button type="button" class="button secondary" part="button" @click=${() => this.back(config)}>${t('eligibility.change')}</button> ${restart}
      </div>
    </div>`;
  }

  private renderContact(config: TrialConfig) {
    return renderContactActions(config.contact, this.t, (value) => this.text(value));
  }

  // --- Actions ----------------------------------------------------------------------------------

  private start(config: TrialConfig) {
    this.markStarted(config);
    this.showQuestion(config, this.evaluate(config).next);
  }

  private markStarted(config: TrialConfig) {
    if (!this.started) emit(this, 'trial-eligibility-start', { trialId: config.id });
    this.started = true;
  }

  private showQuestion(config: TrialConfig, question: Question | undefined) {
    this.errors = {};
    this.focusAfterRender = '.step';
    const state = this.evaluate(config);
    if (!question) {
      this.screen = 'result';
      emit(this, 'trial-eligibility-complete', { trialId: config.id, outcome: state.outcome, reasons: state.reasons });
      return;
    }
    this.screen = 'question';
    this.current = question.id;
    emit(this, 'trial-eligibility-step', { trialId: config.id, questionId: question.id, index: state.visible.indexOf(question) + 1, total: state.total });
  }

  /**
   * Reads the answers of every question in the form into `answers` (dropping answers to questions
   * that become hidden) and returns a plain-language error for each one that is missing or wrong.
   */
  private readForm(form: HTMLFormElement, config: TrialConfig): Errors {
    const t = this.t;
    const data = new FormData(form);
    const answers = { ...this.answers };
    const errors: Errors = {};
    for (const q of config.eligibility!.questions) {
      if (!form.elements.namedItem(q.id)) continue;
      const values = data.getAll(q.id).map(String);
      const parsed: { value: Answer } | { problem: NumberProblem } = values.includes(UNSURE_VALUE)
        ? { value: UNSURE }
        : q.type === 'number'
          ? parseNumberAnswer(q, values[0] ?? '')
          : values.length
            ? { value: q.type === 'multi' ? values : values[0]! }
            : { problem: 'empty' };
      delete answers[q.id];
      if ('value' in parsed) answers[q.id] = parsed.value;
      else {
        errors[q.id] = t(`eligibility.error.${parsed.problem}`, { min: q.min ?? 0, max: q.max ?? 0 });
        if (parsed.problem === 'empty' && q.allowUnsure !== false) errors[q.id] += ` ${t('eligibility.error.orUnsure')}`;
      }
    }
    this.answers = evaluateEligibility(config.eligibility, answers).retained;
    return errors;
  }

  /** Continue (steps) or See my result (form). */
  private submit(event: Event, config: TrialConfig) {
    event.preventDefault();
    const errors = this.readForm(event.currentTarget as HTMLFormElement, config);
    const state = this.evaluate(config);
    this.markStarted(config);
    if (this.formLayout) {
      // Every shown question must be answered, unless an answer already ended the flow.
      if (state.complete) return this.showQuestion(config, undefined);
      for (const q of state.visible) if (!(q.id in state.answers)) errors[q.id] ??= this.t('eligibility.error.empty');
    } else if (!Object.keys(errors).length) {
      return this.showQuestion(config, questionAfter(state, this.current!));
    }
    this.errors = Object.fromEntries(state.visible.filter((q) => errors[q.id]).map((q) => [q.id, errors[q.id]!]));
    this.focusAfterRender = '.error-summary';
  }

  /** In the form layout, answers follow the form as it changes, so branching questions appear at once. */
  private changed(event: Event, config: TrialConfig) {
    this.exclusive(event);
    if (!this.formLayout) return;
    this.markStarted(config);
    const errors = this.readForm(event.currentTarget as HTMLFormElement, config);
    // Errors go away as they are fixed; new ones wait until the person asks for the result.
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([id]) => errors[id]));
  }

  private back(config: TrialConfig) {
    const previous = this.formLayout ? undefined : questionBefore(this.evaluate(config), this.screen === 'result' ? undefined : this.current);
    if (previous) return this.showQuestion(config, previous);
    this.screen = 'start';
    this.errors = {};
    this.focusAfterRender = '.step';
  }

  private startOver = () => {
    this.restart();
    this.focusAfterRender = '.step';
  };

  /** "I'm not sure" excludes the other answers, and the other answers exclude it (GOV.UK's "or" pattern). */
  private exclusive = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'checkbox' && !input.checked) return;
    const unsure = input.value === UNSURE_VALUE;
    for (const other of input.form?.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(input.name)}"]`) ?? []) {
      if (other === input) continue;
      if (other.value === UNSURE_VALUE && !unsure) other.checked = false;
      else if (unsure) [other.checked, other.value] = [false, other.type === 'text' ? '' : other.value];
    }
  };

  private focusField(event: Event, name: string) {
    event.preventDefault();
    const field = (event.currentTarget as HTMLElement).closest('form')?.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  }

  /** Asked only after the person presses the button; the position never leaves the device. */
  private sortSites(all: TrialConfig['locations'] & {}) {
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => (this.sites = sortByDistance(recruitingFirst(all), { lat: coords.latitude, lon: coords.longitude })),
      () => {},
      { maximumAge: 600_000, timeout: 20_000 },
    );
  }

  // --- Referral (its own chunk) -----------------------------------------------------------------

  private referral(config: TrialConfig): ReferralForm | undefined {
    if (!this.referralModule || !config.referral) return undefined;
    const element = this;
    const host: ReferralHost = {
      get t() {
        return element.t;
      },
      text: (value) => this.text(value),
      heading: (content) => this.heading(content, true),
      errorSummary: (errors) => this.renderErrorSummary(errors),
      errorMessage: (id, message) => this.errorMessage(id, message),
      changed: (focus) => {
        this.focusAfterRender = focus;
        this.requestUpdate();
      },
      done: (sent) => emit(this, 'trial-referral', { trialId: config.id, status: sent ? 'sent' : 'failed' }),
      // In `answers`, null means "I'm not sure".
      payload: () => {
        const { outcome, answers } = this.evaluate(config);
        return { trialId: config.id, outcome, answers, ref: this.effectiveRef ?? null, language: this.language };
      },
      get timeout() {
        return TrialEligibility.referralTimeout;
      },
    };
    return (this.referralForm ??= new this.referralModule.ReferralForm(host, config.referral));
  }
}
