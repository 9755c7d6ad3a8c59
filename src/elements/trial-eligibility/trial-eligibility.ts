import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { evaluateEligibility, isAnswer, mayAskFewer, type Answer } from '../../core/eligibility.js';
import { carriesRewriteMarker } from '../../core/rewrite-marker.js';
import type { Contact, TrialConfig } from '../../core/schema.js';
import { enrolmentMode, prescreenerMayStart } from '../../core/study-status.js';
import { renderContactActions } from '../../internal/contact-actions.js';
import { heading, headingLevels } from '../../internal/heading.js';
import { placeListStyles } from '../../internal/place-list.js';
import { adoptMoreStyles } from '../../internal/adopt-styles.js';
import { TrialElement } from '../../internal/trial-element.js';
import type { EligibilityFlow, FlowHost } from './flow.js';
import { renderOtherStudies } from './other-studies.js';
import { eligibilityStyles } from './trial-eligibility.styles.js';

export const ELIGIBILITY_LAYOUTS = ['steps', 'form'] as const;

/** Where the flow chunk comes from: one place, so a test can hold it back or make it fail. */
export const flowChunk = { load: () => import('./flow.js') };

/** About 15 seconds a question, read at a calm pace. */
const QUESTIONS_PER_MINUTE = 4;

/**
 * Whether a question still carries the importer's rewrite marker anywhere a patient would read it:
 * a registry draft must never be asked as it is.
 */
function hasDraftText(config: TrialConfig): boolean {
  return (config.eligibility?.questions ?? []).some((q) =>
    [q.text, q.help, q.reason, q.unit, ...(q.options ?? []).map((o) => o.label)].some((text) => carriesRewriteMarker(text)),
  );
}

/** What the pre-screener may do for this config: ask its questions, or say why it cannot. */
function prescreenerScreen(config: TrialConfig): 'questions' | 'closed' | 'draft' | 'none' {
  if (!prescreenerMayStart(config.status)) return 'closed';
  if (!config.eligibility?.questions.length) return 'none';
  return hasDraftText(config) ? 'draft' : 'questions';
}

/**
 * The plain-language pre-screener: one question at a time (or all on one page), every question
 * answerable with "I'm not sure", branching, an early stop, and a result that is never a diagnosis,
 * with contact details and, when the config has a `referral`, a consented referral form.
 * Answers stay in the browser unless the person ticks the consent box and presses Send.
 *
 * The study's status decides what it may say: a study that is not taking volunteers (active, not
 * recruiting; suspended; terminated; completed; withdrawn) asks no questions and points to other
 * studies; one not recruiting yet, or enrolling by invitation, says so on every result. Questions
 * that still carry the importer's `[REWRITE]` marker are never asked.
 *
 * @tagname trial-eligibility
 * @summary "Can I take part?": plain questions, a kind result, and next steps.
 *
 * @event trial-eligibility-start - The person started. `detail: { trialId }`.
 * @event trial-eligibility-step - A question is shown. `detail: { trialId, questionId, index, total }` (never the answer).
 * @event trial-eligibility-complete - The result is shown. `detail: { trialId, outcome, reasons }` (`reasons`: question ids).
 * @event trial-referral - A referral was sent or failed. `detail: { trialId, status: 'sent' | 'failed' }`.
 * @event trial-contact - The person pressed call, email or website. `detail: { trialId, channel }`.
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
  static override styles = [TrialElement.styles, placeListStyles, eligibilityStyles];

  /** How long a referral may take before the person is told it failed (milliseconds). */
  static referralTimeout = 15_000;

  /** `steps` (default): one question per step. `form`: every question on one page, for wide screens. */
  @property({ reflect: true }) layout?: string;

  /** Heading level of each step (1–5, default 2); the result's sections are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /**
   * Answers given elsewhere (a `<trial-finder>`'s shared questions), by question id: they pre-fill
   * the questions with the same id, and stay changeable. Answers that do not fit a question are ignored.
   */
  @property({ attribute: false }) answers?: Readonly<Record<string, Answer>>;

  /** The questions and result (the flow's own chunk), once loaded for the current config. */
  @state() private flow?: EligibilityFlow;
  @state() private flowFailed = false;
  private flowConfig?: TrialConfig;
  private flowLoading?: Promise<unknown>;
  /** What to focus after the next render: a selector in the shadow root. */
  private focusAfterRender?: string;

  private get formLayout(): boolean {
    return this.checkedAttribute('layout', this.layout, ELIGIBILITY_LAYOUTS, 'steps') === 'form';
  }

  /** Starts again from the first screen, keeping nothing. */
  restart(): void {
    this.flowConfig = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const config = this.trialConfig;
    if (config === this.flowConfig) return;
    // A new config (another trial, or an edited one) starts afresh.
    this.flowConfig = config;
    this.flow = undefined;
    // trialkit/render shows the start screen only (Lit's server renderer waits for nothing).
    if (!config || prescreenerScreen(config) !== 'questions' || isServer) return;
    // Fetched as soon as a pre-screener is shown, before anyone starts, so the flow never waits on the network.
    this.flowLoading = flowChunk.load().then(
      ({ EligibilityFlow, flowStyles }) => {
        if (this.flowConfig !== config) return;
        // Before the first question renders: the start screen needs none of them.
        adoptMoreStyles(this.renderRoot, flowStyles);
        const flow = new EligibilityFlow(this.flowHost(), config);
        const given = this.answers ?? {};
        for (const q of config.eligibility!.questions) if (q.id in given && isAnswer(q, given[q.id])) flow.answers[q.id] = given[q.id]!;
        this.flow = flow;
      },
      (error: unknown) => {
        console.warn(`trialkit: the pre-screener could not be loaded (${String(error)}). Contact details are shown instead.`);
        this.flowFailed = true;
      },
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = undefined;
  }

  private heading(content: unknown, sub = false): TemplateResult {
    const levels = headingLevels(this.headingLevel, 2);
    return heading(sub ? levels.section : levels.title, content, undefined, 'heading', { class: sub ? 'sub' : 'step', tabindex: '-1' });
  }

  /** Call / email / website, each press announced as `trial-contact` (the channel only). */
  private contactActions(config: TrialConfig) {
    return renderContactActions(config.contact, this.t, (value) => this.text(value), { host: this, trialId: config.id });
  }

  /** A study that is not taking volunteers: no questions, no result, other studies instead. */
  private renderClosed(config: TrialConfig) {
    const t = this.t;
    const status = config.status as Exclude<TrialConfig['status'], 'recruiting' | 'enrolling_by_invitation' | 'not_yet_recruiting'>;
    return html`${this.heading(t('eligibility.closed.heading'))}
      <p>${t(`eligibility.closed.${status}`)}</p>
      <p>${t('eligibility.closed.other')}</p>
      ${renderOtherStudies(config, t, this.language)}
      <p class="muted">${t('eligibility.closed.contact')}</p>
      ${this.contactActions(config)}`;
  }

  protected override renderTrial(config: TrialConfig) {
    const t = this.t;
    const kind = prescreenerScreen(config);
    if (kind === 'closed') return html`<div class="panel" part="eligibility"><div class="screen">${this.renderClosed(config)}</div></div>`;
    const flow = this.flow;
    const screen = flow?.screen ?? 'start';
    const count = evaluateEligibility(config.eligibility, {}).total;
    const restart = html`<button type="button" class="link-button" @click=${this.startOver}>${t('eligibility.restart')}</button>`;
    let body: unknown;
    if (kind !== 'questions' || this.flowFailed) {
      body = html`<p>${t(kind === 'none' ? 'eligibility.none' : kind === 'draft' ? 'eligibility.draft' : 'common.fallback.body')}</p>
        ${this.contactActions(config)}`;
    } else if (screen !== 'start') {
      body = flow!.render(restart);
    } else {
      // The start screen; in the form layout, the same words above the questions.
      body = html`${this.heading(t('eligibility.start.heading'))}
        ${enrolmentMode(config.status) === 'not_yet' ? html`<p class="notice"><strong>${t('eligibility.notYet.start')}</strong></p>` : nothing}
        <p>
          ${t(mayAskFewer(config.eligibility) ? 'eligibility.start.countUpTo' : 'eligibility.start.count', { count })}
          ${t('eligibility.start.time', { count: Math.ceil(count / QUESTIONS_PER_MINUTE) })}
        </p>
        <p><strong>${t('eligibility.start.private')}</strong></p>
        ${config.eligibility!.questions.some((q) => q.allowUnsure !== false) ? html`<p>${t('eligibility.start.unsure')}</p>` : nothing}
        <p class="muted">${t('eligibility.notAdvice')}</p>
        ${
          this.formLayout
            ? flow?.render(restart)
            : html`<div class="buttons"><button type="button" class="button" part="button" @click=${this.start}>${t('eligibility.start.button')}</button></div>`
        }`;
    }
    // The status region is always there, so screen readers announce the result when it appears.
    return html`<div class="panel" part="eligibility">
      <div class="screen">
        <div role="status" part="result">${screen === 'result' ? flow!.renderOutcome() : nothing}</div>
        ${body}
      </div>
    </div>`;
  }

  private start = async () => {
    await this.flowLoading;
    this.flow?.start();
  };

  private startOver = () => {
    this.restart();
    this.focusAfterRender = '.step';
  };

  private flowHost(): FlowHost {
    const element = this;
    return this.kit.with({
      get formLayout() {
        return element.formLayout;
      },
      get referralTimeout() {
        return TrialEligibility.referralTimeout;
      },
      heading: (content: unknown, sub?: boolean) => this.heading(content, sub),
      contactActions: (contact: Contact) => renderContactActions(contact, this.t, (value) => this.text(value), { host: this, trialId: this.trialConfig?.id ?? '' }),
      // The flow's focus goes through the element's own focusAfterRender, as "Start again" does.
      changed: (focus?: string) => {
        this.focusAfterRender = focus;
        this.requestUpdate();
      },
    });
  }
}
