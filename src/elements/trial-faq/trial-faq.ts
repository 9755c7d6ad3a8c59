import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chooseFaqItems, faqItemMatches, faqOutline, type FaqBlock, type FaqEntry, type FaqItem, type FaqText } from '../../core/faq-outline.js';
import type { TrialConfig } from '../../core/schema.js';
import { adoptMoreStyles } from '../../internal/adopt-styles.js';
import { renderContactActions } from '../../internal/contact-actions.js';
import { emit } from '../../internal/events.js';
import { heading, headingLevels } from '../../internal/heading.js';
import { TrialElement } from '../../internal/trial-element.js';
import { faqStyles } from './trial-faq.styles.js';

/** With more questions than this, a search box filters them. */
const SEARCH_FROM = 9;

/** Deep links are `#faq-<topic>`. */
const HASH_PREFIX = '#faq-';

/** Page-address changes (and the address at load) some FAQ already scrolled to: only the first FAQ scrolls. */
const scrolledFor = new Set<HashChangeEvent | string>();

/** A question, with its answer once the answers chunk is in. */
type Item = FaqEntry & { answer?: FaqBlock[] };

/** Where the answers chunk comes from: one place, so a test can hold it back or make it fail. */
export const answersChunk = { load: () => import('./answers.js') };

/**
 * The answers (answers.ts) are a chunk: a collapsed FAQ shows none, so its first render does not
 * wait for them; they load right after it. Shared by every FAQ on the page; after a failure, the
 * next question opened tries again.
 */
let answers: Awaited<ReturnType<typeof answersChunk.load>> | undefined;
let answersLoading: Promise<void> | undefined;
let answersFailed = false;
/**
 * Loads the answers chunk (once). A server renderer awaits it before rendering a FAQ, so the
 * server's HTML holds the answers, as the client's first render (which waits for them) does.
 */
export const loadFaqAnswers = (): Promise<void> =>
  (answersLoading ??= answersChunk.load().then(
    (module) => {
      answers = module;
      answersFailed = false;
    },
    (error: unknown) => {
      console.warn(`trialkit: the FAQ's answers could not be loaded (${String(error)}). Copy the chunks/ folder next to trialkit.js.`);
      answersFailed = true;
      answersLoading = undefined;
    },
  ));

/**
 * The transparency FAQ: who runs and pays for the study, who approved it, what taking part asks of
 * you, placebo, payment, costs, risks, stopping, your data, results and the official listing,
 * answered from the config in plain words, plus the config's own questions.
 *
 * An accordion following the WAI-ARIA pattern: each question is a heading holding a button
 * (Enter or Space opens it; Up, Down, Home and End move between questions) over a region with the
 * answer. `#faq-placebo` in the page address opens and scrolls to that question. Clinical terms in
 * the answers are explained in place.
 *
 * @tagname trial-faq
 * @summary Questions patients ask about a study, answered honestly from its config.
 *
 * @event trial-faq-open - A person opened a question (by pressing it or following a link to it). `detail: { trialId, topic }`.
 * @event trial-faq-feedback - A person said whether an answer helped. `detail: { trialId, topic, helpful }`.
 * @event trial-contact - A person pressed call, email or the study website in an answer. `detail: { trialId, channel }`.
 * @event trial-ready - Only when the FAQ loads its own config. `detail: { trialId }`.
 * @event trial-error - Only when the FAQ loads its own config and it cannot be used. `detail: { problems }`.
 *
 * @csspart base - The wrapper.
 * @csspart faq - The FAQ panel.
 * @csspart title - The "Questions and answers" heading.
 * @csspart toolbar - The search box and the show/hide-all button.
 * @csspart search - The search field.
 * @csspart toggle-all - The "Show all answers" / "Hide all answers" button.
 * @csspart count - How many questions match a search.
 * @csspart item - One question and its answer.
 * @csspart question - The heading of a question.
 * @csspart trigger - The button that opens and closes an answer.
 * @csspart answer - The answer panel.
 * @csspart feedback - "Was this helpful?" and its buttons (only under answers opened one at a time), or the thank-you.
 * @csspart feedback-button - The small "Yes" and "No" buttons.
 * @csspart contact-actions - The call, email and website actions.
 * @csspart action - Each contact action.
 * @csspart term - A clinical term that can be explained.
 * @csspart term-definition - The plain explanation shown after a term.
 * @csspart fallback - The message shown when the config cannot be used.
 */
export class TrialFaq extends TrialElement {
  static override styles = [TrialElement.styles, faqStyles];

  /** Space-separated topic or question ids to show, in this order, e.g. `topics="placebo risks stopping"`. Default: all. */
  @property() topics?: string;

  /** Id of a question to open at the start, e.g. `open="placebo"`. */
  @property() open?: string;

  /** Leave out the standard questions the config has no answer for (instead of saying so). */
  @property({ type: Boolean, attribute: 'hide-missing' }) hideMissing = false;

  /** Write `#faq-<topic>` into the page address when a question is opened, so it can be shared. */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;

  /** Heading level of each question (2–6, default 3); the FAQ's title is one level above. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  @state() private opened = new Set<string>();
  @state() private query = '';
  /** Questions a person gave feedback on (only the topic id, nothing about the person). */
  @state() private answered = new Set<string>();
  /**
   * Questions opened one at a time (pressed, linked to, or named by `open`): only these ask "Was
   * this helpful?". "Show all answers" opens many at once, and asking under each would be noise.
   */
  private askFor = new Set<string>();

  private items: Item[] = [];
  private warned = new Set<string>();
  /** The config whose `open` and page-address topics were applied. */
  private appliedTo?: TrialConfig;
  /** The answers chunk this FAQ waits for (updateComplete waits too). */
  private answersPending?: Promise<void>;
  /** Whether the first render already waited for the answers (once: after a failure it goes ahead). */
  private heldForAnswers = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  /** The one heading rule (internal/heading.ts): `heading-level` names the questions' level, the title is one above. */
  private get levels() {
    return headingLevels(this.headingLevel === undefined ? undefined : Number(this.headingLevel) - 1, 2);
  }

  /**
   * A question open from the start (`open`, `#faq-…` in the address) shows its answer in the first
   * render, so nothing grows after it: that render waits for the answers chunk. Otherwise the
   * questions show at once.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!super.shouldUpdate(changed)) return false;
    if (answers || this.hasUpdated) return true;
    // Held until the answers have arrived or failed, whatever else asks for an update meanwhile (the config).
    if (this.answersPending) return false;
    if (this.heldForAnswers) return true;
    // Server-rendered markup holds the answers, and hydration must render what the server did.
    if (!(this.serverRendered || this.open?.trim() || location.hash.startsWith(HASH_PREFIX))) return true;
    // (After an earlier failure, this tries again.)
    this.heldForAnswers = true;
    this.waitForAnswers();
    return false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Right after the first render with a config, so an answer opened later shows at once.
    if (this.trialConfig && !answers && !answersFailed) this.waitForAnswers();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // `await el.updateComplete` sees the answers, as before they were a chunk.
    let result = await super.getUpdateComplete();
    // (An update requested as the answers arrived, while the line above waited, is waited for too.)
    while (this.answersPending || this.isUpdatePending) {
      await this.answersPending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private waitForAnswers() {
    this.answersPending ??= loadFaqAnswers().then(() => {
      this.answersPending = undefined;
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const config = this.trialConfig;
    this.items = config ? this.chosenItems(config) : [];
    if (!config) return;
    // Before the first answer renders: the collapsed questions need none of these styles.
    if (answers) adoptMoreStyles(this.renderRoot, [answers.answerStyles]);
    if (this.appliedTo !== config || changed.has('open')) this.show(this.open?.trim());
    // The page address is the browser's, read after the first render over trialkit/render's markup
    // (which must match the server's render exactly).
    if (isServer) return;
    if (this.hydrating) return; // the next render (at once) opens what the address names
    if (this.appliedTo !== config) this.openFromHash(location.hash);
    this.appliedTo = config;
  }

  private chosenItems(config: TrialConfig): Item[] {
    const options = { lang: this.language, t: this.t, hideMissing: this.hideMissing };
    const outline = faqOutline(config, options);
    const all: Item[] = answers ? answers.withAnswers(config, outline, options) : outline;
    const ids = (this.topics ?? '').split(/[\s,]+/).filter(Boolean);
    if (!ids.length) return all;
    const { items, unknown } = chooseFaqItems(all, ids);
    for (const id of unknown) {
      if (!this.warned.has(id)) console.warn(`trialkit: <trial-faq topics>: no question has the id "${id}". Use one of: ${all.map((item) => item.id).join(', ')}.`);
      this.warned.add(id);
    }
    return items;
  }

  private onHashChange = (event: HashChangeEvent) => this.openFromHash(event);

  /**
   * Opens the question the page address names, if it is one of ours, and scrolls to it: the first
   * FAQ on the page to handle an address does, so several FAQs do not fight over the scroll.
   */
  private openFromHash(trigger: HashChangeEvent | string) {
    let name: string;
    try {
      name = decodeURIComponent(location.hash).slice(HASH_PREFIX.length);
    } catch {
      return; // A malformed address is not ours to fix.
    }
    const item = location.hash.startsWith(HASH_PREFIX) && this.show(name);
    if (!item || scrolledFor.has(trigger)) return;
    scrolledFor.add(trigger);
    emit(this, 'trial-faq-open', { trialId: this.trialConfig!.id, topic: item.id });
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(`#q-${item.id}`);
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    });
  }

  /** Opens a question by id (clearing a search that hides it); returns it, or undefined if there is none. */
  private show(id?: string): Item | undefined {
    const item = this.items.find((candidate) => candidate.id === id);
    if (item) {
      this.opened = new Set(this.opened).add(item.id);
      this.askFor.add(item.id);
      if (!faqItemMatches(item, this.query)) this.query = '';
    }
    return item;
  }

  private toggle(item: Item) {
    const opened = new Set(this.opened);
    if (!opened.delete(item.id)) {
      if (answersFailed) this.waitForAnswers(); // try again
      opened.add(item.id);
      this.askFor.add(item.id);
      emit(this, 'trial-faq-open', { trialId: this.trialConfig!.id, topic: item.id });
      // replaceState: no jump, no hashchange, no extra history entry.
      if (this.linkHash) history.replaceState(history.state, '', HASH_PREFIX + item.id);
    }
    this.opened = opened;
  }

  /** Up, Down, Home and End move between the visible questions (APG accordion). */
  private onTriggerKeyDown(event: KeyboardEvent) {
    const triggers = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .trigger')];
    const last = triggers.length - 1;
    const index = triggers.indexOf(event.currentTarget as HTMLElement);
    const next = { ArrowDown: index < last ? index + 1 : 0, ArrowUp: index ? index - 1 : last, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    triggers[next]?.focus();
  }

  private giveFeedback(item: Item, helpful: boolean) {
    emit(this, 'trial-faq-feedback', { trialId: this.trialConfig!.id, topic: item.id, helpful });
    this.answered = new Set(this.answered).add(item.id);
    // The buttons are gone: focus the thank-you so keyboard and screen-reader users hear it.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#thanks-${item.id}`)?.focus());
  }

  protected override renderTrial(_config: TrialConfig) {
    const t = this.t;
    const visible = this.items.filter((item) => faqItemMatches(item, this.query));
    const allOpen = visible.every((item) => this.opened.has(item.id));
    const searchable = this.items.length >= SEARCH_FROM;
    return html`<section class="faq panel" part="faq" aria-labelledby="faq-title">
      ${heading(this.levels.title, t('faq.title'), 'faq-title', 'title')}
      <div class="toolbar" part="toolbar">
        ${
          searchable
            ? html`<label>${t('faq.search')}<input type="search" part="search" .value=${this.query} @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} /></label>`
            : nothing
        }
        ${
          visible.length
            ? html`<button type="button" class="button secondary" part="toggle-all" @click=${() => (this.opened = new Set(allOpen ? [] : [...this.opened, ...visible.map((item) => item.id)]))}>
              ${t(allOpen ? 'faq.collapseAll' : 'faq.expandAll')}
            </button>`
            : nothing
        }
      </div>
      ${
        searchable
          ? html`<p class="count" part="count" role="status">${this.query.trim() ? (visible.length ? t('faq.matches', { count: visible.length }) : t('faq.noMatches')) : ''}</p>`
          : nothing
      }
      ${this.items.map((item) => this.renderItem(item, visible.includes(item)))}
    </section>`;
  }

  private renderItem(item: Item, visible: boolean) {
    const t = this.t;
    const { id } = item;
    const isOpen = this.opened.has(id);
    /** Config text is marked with its language when it fell back; answers get glossary explanations. */
    const text = (value: FaqText, glossary?: string) => this.text(value.lang ? { [value.lang]: value.text } : value.text, { glossary });
    const contactActions = () => renderContactActions(this.trialConfig!.contact, t, (value) => this.text(value), { host: this, trialId: this.trialConfig!.id });
    return html`<div class="item" part="item" ?hidden=${!visible}>
      ${heading(
        this.levels.section,
        html`<button type="button" class="trigger" part="trigger" id="q-${id}" aria-expanded=${isOpen} aria-controls="a-${id}" @click=${() => this.toggle(item)} @keydown=${this.onTriggerKeyDown}>
          ${text(item.question)}
        </button>`,
        undefined,
        'question',
      )}
      <div class="answer" part="answer" id="a-${id}" role="region" aria-labelledby="q-${id}" ?hidden=${!isOpen}>
        ${
          answers && item.answer
            ? html`${answers.renderAnswer({ t, text, contactActions }, item as FaqItem)}
              ${isOpen ? answers.renderFeedback(t, id, { answered: this.answered.has(id), ask: this.askFor.has(id) }, (helpful) => this.giveFeedback(item, helpful)) : nothing}`
            : isOpen
              ? // Opened before the answers arrived (a moment), or they could not load: say so, and offer the contact.
                answersFailed
                ? html`<p>${t('common.fallback.body')}</p>
                    ${contactActions()}`
                : html`<p class="muted">${t('common.loading')}</p>`
              : nothing
        }
      </div>
    </div>`;
  }
}
