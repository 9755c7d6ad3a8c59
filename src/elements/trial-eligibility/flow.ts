/**
 * The pre-screener after its start screen: the questions (one per step, or all on one page), their
 * errors, the result and the next steps. The rules are the core engine's; this only renders them
 * and keeps the answers.
 *
 * Its own chunk: <trial-eligibility> fetches it (from the same place as trialkit.js) as soon as a
 * trial with questions is shown, so pages without a pre-screener never download it, and the flow
 * itself never waits on, or makes, a network request.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { evaluateEligibility, questionAfter, questionBefore, UNSURE, type Answer, type EligibilityState, type NumberProblem } from '../../core/eligibility.js';
import type { OrderedPlaces } from '../../core/locations.js';
import { parseNumberAnswer } from '../../core/number-answer.js';
import type { Contact, Question, TrialConfig } from '../../core/schema.js';
import { enrolmentMode } from '../../core/study-status.js';
import type { TrialKit } from '../../internal/trial-kit.js';
import type { ReferralForm } from './referral.js';
import { canSortPlaces, locateAndOrder, placesOf, renderPlaceItems, renderSortControl, type LocatingState } from '../../internal/place-list.js';
import { renderOtherStudies } from './other-studies.js';
import { eligibilityFlow } from '../../i18n/en/eligibility-flow.js';
import { addEnglish } from '../../i18n/translate.js';
export { flowStyles } from './flow.styles.js';

// The questions' and result's English travel with them (other languages' chunks hold the whole area).
addEnglish('eligibility', eligibilityFlow);

/** The form value of "I'm not sure" (option values are ids, which cannot contain "?"). */
const UNSURE_VALUE = '?';
const SITES_SHOWN = 3;

type Errors = Record<string, string>;
export type Screen = 'start' | 'question' | 'result';

/** What the flow needs from its element: the element's kit, and how the pre-screener is laid out. */
export type FlowHost = TrialKit & {
  readonly formLayout: boolean;
  readonly referralTimeout: number;
  heading(content: unknown, sub?: boolean): unknown;
  /** Call / email / website actions that emit `trial-contact` from the element when pressed. */
  contactActions(contact: Contact): unknown;
};

export class EligibilityFlow {
  screen: Screen = 'start';
  answers: Record<string, Answer> = {};
  /** The question shown in the steps layout. */
  private current?: string;
  private errors: Errors = {};
  /** The result's places, once sorted from the reader's position. */
  private sortedPlaces?: OrderedPlaces;
  private locating: LocatingState = 'idle';
  private started = false;
  private referralForm?: ReferralForm;

  constructor(
    private readonly host: FlowHost,
    private readonly config: TrialConfig,
  ) {
    // Fetched now, before anyone starts, so the flow itself makes no request at all.
    if (config.referral) {
      import('./referral.js').then(
        ({ ReferralForm }) => {
          this.referralForm = new ReferralForm(
            host.with({
              heading: (content: unknown) => host.heading(content, true),
              errorSummary: (errors: Errors) => this.renderErrorSummary(errors),
              errorMessage: (id: string, message: string | undefined) => this.errorMessage(id, message),
              done: (sent: boolean) => host.emit('trial-referral', { trialId: config.id, status: sent ? 'sent' : 'failed' }),
              // In `answers`, null means "I'm not sure".
              payload: () => {
                const { outcome, answers } = this.state;
                return { trialId: config.id, outcome, answers, ref: host.ref ?? null, language: host.language };
              },
              get timeout() {
                return host.referralTimeout;
              },
            }),
            config.referral!,
          );
          host.changed();
        },
        (error: unknown) => console.warn(`trialkit: the referral form could not be loaded (${String(error)}). Contact details are shown instead.`),
      );
    }
  }

  get state(): EligibilityState {
    return evaluateEligibility(this.config.eligibility, this.answers);
  }

  // --- Rendering --------------------------------------------------------------------------------

  /** The questions (steps: the current one; form: all shown) or, after them, the next steps. */
  render(restart: unknown) {
    const t = this.host.t;
    const state = this.state;
    if (this.screen === 'result') return this.renderNextSteps(state, restart);
    const step = this.host.formLayout ? undefined : (state.visible.find((q) => q.id === this.current) ?? state.next);
    const questions = step ? [step] : this.host.formLayout ? state.visible : [];
    if (!questions.length) return nothing;
    return html`<form novalidate @submit=${this.submit} @change=${this.changed} @input=${this.exclusive}>
      ${this.renderErrorSummary(this.errors)}
      ${questions.map((q) => keyed(q.id, this.renderQuestion(q, state.visible.indexOf(q) + 1, state.total, !!step)))}
      <div class="buttons">
        <button class="button" part="button">${t(step && !this.isLast(step) ? 'eligibility.continue' : 'eligibility.seeResult')}</button>
        ${step ? html`<button type="button" class="button secondary" part="button" @click=${this.back}>${t('eligibility.back')}</button>` : nothing}
        ${restart}
      </div>
    </form>`;
  }

  /**
   * Whether the result comes after `step` whatever its answer: no later question can be shown.
   * Judged without its own answer, so a question that only its answer hides still counts.
   */
  private isLast(step: Question): boolean {
    const { [step.id]: _own, ...others } = this.answers;
    return !questionAfter(evaluateEligibility(this.config.eligibility, others), step.id);
  }

  private renderQuestion(q: Question, index: number, total: number, step: boolean) {
    const { t } = this.host;
    const id = q.id;
    const answer = this.answers[id];
    const error = this.errors[id];
    const multi = q.type === 'multi';
    const legend = html`<span class="caption" part="progress">${t('eligibility.progress', { index, total })}</span>
      <span id="text-${id}">${this.host.text(q.text)}</span>`;
    // GOV.UK's layout: the control in a 44 × 44 px box beside the first line of its label.
    const option = (value: string, label: unknown, checked: boolean, type = multi ? 'checkbox' : 'radio') =>
      html`<label class="option" part="option"
        ><span class="box"><input type=${type} name=${id} value=${value} .checked=${checked} aria-invalid=${error ? 'true' : nothing} /></span
        ><span class="label">${label}</span></label
      >`;
    const choices: [string, unknown][] =
      q.type === 'yesno'
        ? [
            ['yes', t('eligibility.yes')],
            ['no', t('eligibility.no')],
          ]
        : (q.options ?? []).map((o) => [o.value, this.host.text(o.label)]);
    return html`<div class="question ${error ? 'error' : ''}" part="question">
      <fieldset aria-describedby=${[multi ? `hint-${id}` : '', error ? `error-${id}` : ''].join(' ').trim() || nothing}>
        <legend>${step ? this.host.heading(legend) : legend}</legend>
        ${multi ? html`<p class="hint" id="hint-${id}">${t('eligibility.multiHint')}</p>` : nothing}
        ${q.help ? html`<details part="help"><summary>${t('eligibility.help')}</summary><p>${this.host.text(q.help)}</p></details>` : nothing}
        ${this.errorMessage(`error-${id}`, error)}
        ${
          q.type === 'number'
            ? html`<div class="number-row">
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
              /><span class="unit" id="unit-${id}">${q.unit ? this.host.text(q.unit) : nothing}</span>
            </div>`
            : choices.map(([value, label]) => option(value, label, Array.isArray(answer) ? answer.includes(value) : answer === value))
        }
        ${
          q.allowUnsure === false
            ? nothing
            : // The same control on every question type: "or", then an "I'm not sure" box that clears the other answers.
              html`<p class="or">${t('eligibility.or')}</p>
              ${option(UNSURE_VALUE, t('eligibility.unsure'), answer === UNSURE, 'checkbox')}`
        }
      </fieldset>
    </div>`;
  }

  /** GOV.UK error message: red, bold, with a hidden "Error:" for screen readers. */
  private errorMessage(id: string, message: string | undefined) {
    return message
      ? html`<p class="error-message" id=${id} part="error"><span class="visually-hidden">${this.host.t('eligibility.error.prefix')}</span> ${message}</p>`
      : nothing;
  }

  /** GOV.UK error summary: it takes focus, and each link moves to its field. */
  private renderErrorSummary(errors: Errors) {
    const entries = Object.entries(errors);
    return entries.length
      ? html`<div class="error-summary" part="error-summary" tabindex="-1">
          <div role="alert">
            <p><strong>${this.host.t('eligibility.error.title')}</strong></p>
            <ul>
              ${entries.map(([name, message]) => html`<li><a href="#${name}" @click=${(event: Event) => this.focusField(event, name)}>${message}</a></li>`)}
            </ul>
          </div>
        </div>`
      : nothing;
  }

  /** The result: rendered into the element's status region, so screen readers announce it. */
  renderOutcome() {
    const { t } = this.host;
    const { outcome, reasons } = this.state;
    const mode = enrolmentMode(this.config.status);
    // Only an open study may hear "you may be able to take part"; otherwise the answers merely match.
    const match = outcome === 'likely' && mode !== 'open';
    return html`${this.host.heading(t(match ? 'eligibility.likely.match.heading' : `eligibility.${outcome}.heading`))}
      ${
        mode === 'not_yet' || mode === 'invitation'
          ? html`<p class="notice"><strong>${t(mode === 'not_yet' ? 'eligibility.notYet.note' : 'eligibility.invitation.note')}</strong></p>`
          : nothing
      }
      <p>${t(match ? 'eligibility.likely.match.body' : `eligibility.${outcome}.body`)}</p>
      ${
        outcome === 'likely'
          ? nothing
          : html`<ul part="reasons">
            ${reasons.map((id) => {
              const q = this.config.eligibility!.questions.find((question) => question.id === id)!;
              // Unsure: what to ask the team about. Unlikely: the config's reason, or the question itself.
              return html`<li>${this.host.text(outcome === 'unlikely' && q.reason ? q.reason : q.text)}</li>`;
            })}
          </ul>`
      }`;
  }

  private renderNextSteps(state: EligibilityState, restart: unknown) {
    const { t } = this.host;
    const config = this.config;
    const unlikely = state.outcome === 'unlikely';
    return html`<div class="result">
      ${unlikely ? html`<p>${t('eligibility.unlikely.next')}</p>` : nothing}
      ${unlikely ? renderOtherStudies(config, t, this.host.language) : nothing}
      <p class="muted">${t('eligibility.notAdvice')}</p>
      ${unlikely ? nothing : this.referralForm?.render()}
      <section>${this.host.heading(t('common.contact.heading'), true)} ${this.host.contactActions(config.contact)}</section>
      ${this.renderPlaces()}
      <div class="buttons">
        <button type="button" class="button secondary" part="button" @click=${this.back}>${t('eligibility.change')}</button> ${restart}
      </div>
    </div>`;
  }

  /** "Places taking part": the shared list (internal/place-list.ts), those taking volunteers first. */
  /** Next steps offer places to join only (the status rule, per place); the card lists the others. */
  private renderPlaces() {
    const config = this.config;
    const taking = (this.sortedPlaces ?? placesOf(config)).taking;
    if (!taking.length) return nothing;
    const { t } = this.host;
    return html`<section part="locations">
      ${this.host.heading(t('eligibility.places.heading'), true)} ${renderSortControl(this.locating, this.sortPlaces, t, canSortPlaces(config))}
      ${renderPlaceItems(taking.slice(0, SITES_SHOWN), this.host)}
    </section>`;
  }

  // --- Actions ----------------------------------------------------------------------------------

  /** The person pressed Start (steps) or first changed an answer (form). */
  start = () => {
    if (!this.started) this.host.emit('trial-eligibility-start', { trialId: this.config.id });
    this.started = true;
    // From the first question, even when some were pre-filled (a finder's answers): the person sees and may change them.
    if (!this.host.formLayout && this.screen === 'start') this.show(this.state.visible[0] ?? this.state.next);
  };

  /** Shows a question, or the result when there is none. */
  private show(question: Question | undefined) {
    const state = this.state;
    const trialId = this.config.id;
    this.errors = {};
    if (question) {
      this.screen = 'question';
      this.current = question.id;
      this.host.emit('trial-eligibility-step', { trialId, questionId: question.id, index: state.visible.indexOf(question) + 1, total: state.total });
    } else {
      this.screen = 'result';
      this.host.emit('trial-eligibility-complete', { trialId, outcome: state.outcome, reasons: state.reasons });
    }
    this.host.changed('.step');
  }

  /**
   * Reads the answers of every question in the form into `answers` (dropping answers to questions
   * that become hidden) and returns a plain-language error for each one that is missing or wrong.
   */
  private readForm(form: HTMLFormElement): Errors {
    const data = new FormData(form);
    const answers = { ...this.answers };
    const errors: Errors = {};
    for (const q of this.config.eligibility!.questions) {
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
      else errors[q.id] = this.problemMessage(q, parsed.problem);
    }
    this.answers = evaluateEligibility(this.config.eligibility, answers).retained;
    return errors;
  }

  /**
   * What is wrong with an answer, in plain words. In the form layout every message names its
   * question, so the error summary never lists the same sentence twice.
   */
  private problemMessage(q: Question, problem: NumberProblem): string {
    const t = this.host.t;
    if (this.host.formLayout) {
      const question = this.host.plain(q.text).trim();
      return problem === 'empty'
        ? t('eligibility.error.emptyNamed', { question })
        : t('eligibility.error.named', { question, message: t(`eligibility.error.${problem}`, { min: q.min ?? 0, max: q.max ?? 0 }) });
    }
    const message = t(`eligibility.error.${problem}`, { min: q.min ?? 0, max: q.max ?? 0 });
    if (problem !== 'empty' || q.allowUnsure === false) return message;
    // Chinese (and Japanese) sentences follow each other without a space.
    return `${message}${/[。！？]$/.test(message) ? '' : ' '}${t('eligibility.error.orUnsure')}`;
  }

  /** Continue (steps) or See my result (form). */
  private submit = (event: Event) => {
    event.preventDefault();
    const errors = this.readForm(event.currentTarget as HTMLFormElement);
    const state = this.state;
    if (this.host.formLayout) {
      this.start();
      // Every shown question must be answered, unless an answer already ended the flow.
      if (state.complete) return this.show(undefined);
      for (const q of state.visible) if (!(q.id in state.answers)) errors[q.id] ??= this.problemMessage(q, 'empty');
    } else if (!Object.keys(errors).length) {
      return this.show(questionAfter(state, this.current!));
    }
    this.errors = Object.fromEntries(state.visible.filter((q) => errors[q.id]).map((q) => [q.id, errors[q.id]!]));
    this.host.changed('.error-summary');
  };

  /** In the form layout, answers follow the form as it changes, so branching questions appear at once. */
  private changed = (event: Event) => {
    this.exclusive(event);
    if (!this.host.formLayout) return;
    this.start();
    const errors = this.readForm(event.currentTarget as HTMLFormElement);
    // Errors go away as they are fixed; new ones wait until the person asks for the result.
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([id]) => errors[id]));
    this.host.changed();
  };

  /** Back a question; from the first question (or, in the form layout, from the result) to the start. */
  back = () => {
    const previous = this.host.formLayout ? undefined : questionBefore(this.state, this.screen === 'result' ? undefined : this.current);
    if (previous) return this.show(previous);
    this.screen = 'start';
    this.errors = {};
    this.host.changed('.step');
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
  private sortPlaces = () => {
    this.locating = 'locating';
    this.host.changed();
    locateAndOrder(this.config, this.host.language).then(
      (ordered) => {
        this.sortedPlaces = ordered;
        this.locating = 'sorted';
        this.host.changed();
      },
      (error: Error) => {
        // Refused or unavailable: said in the status line; the list keeps its usual order.
        this.locating = error.message === 'unsupported' ? 'unsupported' : 'denied';
        this.host.changed();
      },
    );
  };
}
