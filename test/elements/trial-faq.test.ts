import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { TrialFaq } from '../../src/elements/trial-faq/trial-faq.js';
import type { FaqFeedbackDetail, FaqOpenDetail } from '../../src/internal/events.js';
import { captureConsole, demoConfig, DEMO_TRIALS, minimalConfig, mount, nextEvent, shadowText, until } from '../helpers.js';

async function faq(config: unknown, attrs: Record<string, string> = {}): Promise<TrialFaq> {
  const element = await mount<TrialFaq>('trial-faq', config, attrs);
  return element;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as (T & HTMLElement) | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const trigger = (el: TrialFaq, id: string) => $<HTMLButtonElement>(el, `#q-${id}`)!;
const panel = (el: TrialFaq, id: string) => $(el, `#a-${id}`)!;
const isOpen = (el: TrialFaq, id: string) => trigger(el, id).getAttribute('aria-expanded') === 'true' && !panel(el, id).hidden;
const visibleIds = (el: TrialFaq) => $$(el, '.item:not([hidden]) .trigger').map((button) => button.id.slice(2));
const focused = (el: Element) => el.shadowRoot!.activeElement;
/** The nearest text before or after a node, past lit's comment markers and empty text. */
function textBeside(node: Node, side: 'previousSibling' | 'nextSibling'): Text | null {
  for (let next = node[side]; next; next = next[side]) if (next instanceof Text && next.data) return next;
  return null;
}

async function tabTo(el: Element, target: Element, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if (focused(el) === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<trial-faq>', () => {
  afterEach(() => {
    fixtureCleanup();
    clearHash();
  });

  for (const name of DEMO_TRIALS) {
    it(`renders the ${name} demo trial as an accessible accordion, closed, one open and all open`, async () => {
      const el = await faq(await demoConfig(name), { 'heading-level': '3' });
      const triggers = $$(el, '.trigger');
      expect(triggers.length).to.be.at.least(11);
      for (const button of triggers) {
        // WAI-ARIA accordion: a heading holding a button that controls a labelled region.
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const region = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(region.hidden).to.equal(true);
      }
      expect($(el, '[part="title"]')!.localName).to.equal('h2');
      await expect(el).to.be.accessible();

      triggers[0]!.click();
      await el.updateComplete;
      expect(isOpen(el, triggers[0]!.id.slice(2))).to.equal(true);
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '[part="toggle-all"]')!.click();
      await el.updateComplete;
      expect(triggers.every((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect($(el, '[part="toggle-all"]')!.textContent!.trim()).to.equal('Hide all answers');
      // Let the built-in glossary arrive too, so its buttons are checked.
      await until(() => $(el, '.term'), 'glossary terms');
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '[part="toggle-all"]')!.click();
      await el.updateComplete;
      expect(triggers.some((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(false);
    });
  }

  it('says honestly what a sparse config does not tell, and offers the contact', async () => {
    const el = await faq(minimalConfig());
    expect(visibleIds(el)).to.deep.equal([
      'sponsor',
      'approval',
      'participation',
      'placebo',
      'payment',
      'costs',
      'risks',
      'stopping',
      'data',
      'results',
      'registry',
    ]);
    trigger(el, 'payment').click();
    await el.updateComplete;
    const answer = panel(el, 'payment');
    expect(answer.querySelector('.missing')!.textContent).to.equal('The study team has not published this yet.');
    const links = [...answer.querySelectorAll<HTMLAnchorElement>('[part~="contact-actions"] a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:+15550100199', 'mailto:study@example.org']);
    trigger(el, 'stopping').click();
    await el.updateComplete;
    expect(panel(el, 'stopping').textContent).to.contain('Yes. Taking part is your choice.');
    await expect(el).to.be.accessible();
  });

  it('leaves out missing topics with hide-missing, and shows no search box for a few questions', async () => {
    const el = await faq(await demoConfig('breast-cancer-neratinib'), { 'hide-missing': '' });
    expect(visibleIds(el)).to.deep.equal(['sponsor', 'approval', 'participation', 'schedule', 'placebo', 'risks', 'stopping', 'registry']);
    expect($(el, 'input[type="search"]')).to.equal(null);
  });

  it('chooses and orders topics with topics="…", and warns once about an unknown id', async () => {
    const { result: el, warnings } = await captureConsole(() => faq(minimalConfig(), { topics: 'stopping placebo bogus' }));
    expect(visibleIds(el)).to.deep.equal(['stopping', 'placebo']);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.filter((w) => w.includes('"bogus"'))).to.have.length(1);
  });

  it('opens one question at the start with open="…", and renders answers as text, never markup', async () => {
    const payload = '<img src=x onerror="window.__faqXss=1">';
    const el = await faq(minimalConfig({ faq: [{ id: 'odd', question: payload, answer: payload }] }), { open: 'odd' });
    expect(isOpen(el, 'odd')).to.equal(true);
    expect(trigger(el, 'odd').textContent!.trim()).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __faqXss?: number }).__faqXss).to.equal(undefined);
  });

  it('works by keyboard alone: Enter and Space toggle, Up/Down/Home/End move between questions', async () => {
    const el = await faq(minimalConfig());
    const first = trigger(el, 'sponsor');
    await tabTo(el, first);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el, 'sponsor')).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isOpen(el, 'sponsor')).to.equal(false);

    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(trigger(el, 'approval'));
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(trigger(el, 'registry'));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(first, 'Down on the last question wraps to the first');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(trigger(el, 'registry'), 'Up on the first wraps to the last');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(first);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isOpen(el, 'sponsor')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('emits trial-faq-open when a question opens (not when it closes)', async () => {
    const el = await faq(await demoConfig('cll-apg-2575'));
    const opened: FaqOpenDetail[] = [];
    el.addEventListener('trial-faq-open', (event) => opened.push(event.detail));
    trigger(el, 'placebo').click();
    await el.updateComplete;
    trigger(el, 'placebo').click();
    await el.updateComplete;
    trigger(el, 'how-taken').click();
    expect(opened).to.deep.equal([
      { trialId: 'apg-2575-cll', topic: 'placebo' },
      { trialId: 'apg-2575-cll', topic: 'how-taken' },
    ]);
  });

  it('asks "Was this helpful?", emits trial-faq-feedback and thanks the person, by keyboard', async () => {
    const el = await faq(await demoConfig('cll-apg-2575'), { open: 'risks' });
    const group = panel(el, 'risks').querySelector('[part="feedback"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Was this helpful?');
    const [yes, no] = [...group.querySelectorAll('button')];
    expect(yes!.textContent).to.equal('Yes');
    await tabTo(el, no!);
    const event = nextEvent<FaqFeedbackDetail>(el, 'trial-faq-feedback');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ trialId: 'apg-2575-cll', topic: 'risks', helpful: false });
    await until(() => focused(el)?.id === 'thanks-risks', 'focus on the thank-you');
    expect(focused(el)!.textContent).to.equal('Thank you for telling us.');
    await expect(el).to.be.accessible();
  });

  it('asks "Was this helpful?" quietly, once, only under answers opened one at a time (not after "Show all")', async () => {
    const el = await faq(await demoConfig('lung-cancer-chemo-io'));
    const prompts = () => $$(el, '.answer:not([hidden]) [part="feedback"][role="group"]');
    $<HTMLButtonElement>(el, '[part="toggle-all"]')!.click();
    await el.updateComplete;
    expect($$(el, '.answer:not([hidden])').length).to.be.at.least(11);
    expect(prompts(), 'no prompt under answers opened all at once').to.have.length(0);
    $<HTMLButtonElement>(el, '[part="toggle-all"]')!.click();
    await el.updateComplete;

    const feedback: FaqFeedbackDetail[] = [];
    el.addEventListener('trial-faq-feedback', (event) => feedback.push(event.detail));
    trigger(el, 'placebo').click();
    trigger(el, 'risks').click();
    await el.updateComplete;
    expect(prompts().map((group) => group.closest('.answer')!.id)).to.deep.equal(['a-placebo', 'a-risks']);
    expect($$(el, '[part="feedback"]'), 'nothing under closed answers').to.have.length(2);
    // Quiet: smaller and muted next to the answer, on one line even on a phone.
    const group = prompts()[0]!;
    const answerText = panel(el, 'placebo').querySelector('p')!;
    expect(parseFloat(getComputedStyle(group).fontSize)).to.be.below(parseFloat(getComputedStyle(answerText).fontSize));
    expect(getComputedStyle(group).color).not.to.equal(getComputedStyle(answerText).color);
    el.style.inlineSize = '358px';
    const lineHeight = parseFloat(getComputedStyle(group).lineHeight);
    const [yes, no] = [...group.querySelectorAll('button')];
    expect([yes!.textContent, no!.textContent]).to.deep.equal(['Yes', 'No']);
    expect(group.getBoundingClientRect().height).to.be.below(Math.max(lineHeight * 2, 40));
    const question = group.querySelector('span')!.getBoundingClientRect();
    const middle = question.top + question.height / 2;
    expect(middle, 'the question on the same line as Yes').to.be.within(yes!.getBoundingClientRect().top, yes!.getBoundingClientRect().bottom);
    expect(Math.abs(yes!.getBoundingClientRect().top - no!.getBoundingClientRect().top)).to.be.below(1);
    // Still a real target (WCAG 2.2: at least 24 × 24 px).
    expect(yes!.getBoundingClientRect().height).to.be.at.least(24);
    expect(yes!.getBoundingClientRect().width).to.be.at.least(24);
    await expect(el).to.be.accessible();

    yes!.click();
    await el.updateComplete;
    expect(feedback).to.deep.equal([{ trialId: 'alchemist-chemo-io', topic: 'placebo', helpful: true }]);
    expect(panel(el, 'placebo').querySelector('[part="feedback"]')!.textContent).to.equal('Thank you for telling us.');
    // Closed and opened again: thanked, not asked again.
    trigger(el, 'placebo').click();
    await el.updateComplete;
    trigger(el, 'placebo').click();
    await el.updateComplete;
    expect(panel(el, 'placebo').querySelector('[part="feedback"][role="group"]')).to.equal(null);
    expect(panel(el, 'placebo').querySelector('[part="feedback"]')!.textContent).to.equal('Thank you for telling us.');
    await expect(el).to.be.accessible();
  });

  it('emits trial-contact from the call, email and website actions in an answer', async () => {
    const el = await faq(minimalConfig({ contact: { phone: '+1 555 010 0199', email: 'study@example.org', url: 'https://example.org/contact' } }), {
      open: 'payment',
    });
    // These open the phone, the mail app or another site: never follow them in a test.
    el.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
    const contacts: { trialId: string; channel: string }[] = [];
    el.addEventListener('trial-contact', (event) => contacts.push(event.detail));
    const actions = [...panel(el, 'payment').querySelectorAll<HTMLAnchorElement>('[part~="contact-actions"] a')];
    expect(actions).to.have.length(3);
    for (const action of actions) action.click();
    expect(contacts).to.deep.equal([
      { trialId: 'minimal', channel: 'phone' },
      { trialId: 'minimal', channel: 'email' },
      { trialId: 'minimal', channel: 'website' },
    ]);
  });

  it('opens and scrolls to the question named in the page address, also on hashchange', async () => {
    // Let that hashchange pass before the FAQ exists: this test is about the address at load.
    const passed = nextEvent(window, 'hashchange');
    location.hash = '#faq-costs';
    await passed;
    const wrapper = await fixture<HTMLDivElement>(html`<div><p class="spacer">Above</p></div>`);
    wrapper.querySelector('.spacer')!.setAttribute('hidden', '');
    const el = document.createElement('trial-faq');
    const opened = nextEvent<FaqOpenDetail>(el, 'trial-faq-open');
    el.config = await demoConfig('cll-apg-2575');
    wrapper.append(el);
    await el.updateComplete;
    expect(isOpen(el, 'costs')).to.equal(true);
    expect((await opened).detail.topic).to.equal('costs');
    await until(() => focused(el) === trigger(el, 'costs'), 'focus on the linked question');

    const next = nextEvent<FaqOpenDetail>(el, 'trial-faq-open');
    location.hash = '#faq-data';
    expect((await next).detail).to.deep.equal({ trialId: 'apg-2575-cll', topic: 'data' });
    await el.updateComplete;
    expect(isOpen(el, 'data')).to.equal(true);
    await until(() => focused(el) === trigger(el, 'data'), 'focus on the newly linked question');
    const top = trigger(el, 'data').getBoundingClientRect().top;
    expect(top).to.be.within(-1, innerHeight);

    // Someone else's hash is left alone (the FAQ's own listener runs before this one).
    const ignored = nextEvent(window, 'hashchange');
    location.hash = '#faq-nothing-here';
    await ignored;
    await el.updateComplete;
    expect($$(el, '.trigger[aria-expanded="true"]').length).to.equal(2);
  });

  it('writes the opened question into the address only with link-hash', async () => {
    const plain = await faq(minimalConfig());
    trigger(plain, 'risks').click();
    expect(location.hash).to.equal('');
    fixtureCleanup();
    const linked = await faq(minimalConfig(), { 'link-hash': '' });
    let changes = 0;
    const count = () => changes++;
    addEventListener('hashchange', count);
    trigger(linked, 'risks').click();
    expect(location.hash).to.equal('#faq-risks');
    // hashchange events arrive in order: once this marker's has, any the FAQ caused would have too.
    const marker = nextEvent(window, 'hashchange');
    history.replaceState(null, '', '#faq-marker');
    location.hash = '#faq-risks';
    await marker;
    removeEventListener('hashchange', count);
    expect(changes).to.equal(1, "no hashchange (no jump) when the FAQ writes the address: only the marker's");
  });

  it('filters the questions with a search box when there are more than 8, with a live count', async () => {
    const el = await faq(await demoConfig('lung-cancer-chemo-io'));
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(input.closest('label')!.textContent).to.contain('Search the questions');
    const count = $(el, '[part="count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    await tabTo(el, input);
    await sendKeys({ type: 'placebo' });
    await el.updateComplete;
    expect(visibleIds(el)).to.deep.equal(['placebo']);
    expect(count.textContent!.trim()).to.equal('1 question matches');
    await sendKeys({ type: 'zz' });
    await el.updateComplete;
    expect(visibleIds(el)).to.deep.equal([]);
    expect(count.textContent!.trim()).to.equal('No questions match. Try other words.');
    await expect(el).to.be.accessible();
    input.value = 'study team';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(visibleIds(el).length).to.be.above(1);
    expect(count.textContent!.trim()).to.equal(`${visibleIds(el).length} questions match`);
    // Show all answers opens only what the search shows.
    $<HTMLButtonElement>(el, '[part="toggle-all"]')!.click();
    await el.updateComplete;
    expect($$(el, '.trigger[aria-expanded="true"]').map((b) => b.id.slice(2))).to.deep.equal(visibleIds(el));
  });

  it('renders in Spanish from the same config', async () => {
    const el = await faq(await demoConfig('lung-cancer-chemo-io'), { lang: 'es', open: 'stopping' });
    expect($(el, '[part="title"]')!.textContent).to.equal('Preguntas y respuestas');
    expect(trigger(el, 'placebo').textContent!.trim()).to.equal('¿Podría recibir un placebo? ¿Qué es un placebo?');
    expect(trigger(el, 'which-group').textContent!.trim()).to.equal('¿Puedo elegir en qué grupo estoy?');
    expect(panel(el, 'stopping').textContent).to.contain('Participar es su decisión');
    expect($(el, '[part="toggle-all"]')!.textContent!.trim()).to.equal('Mostrar todas las respuestas');
    await expect(el).to.be.accessible();
  });

  it('marks config text that falls back to another language with lang', async () => {
    const config = minimalConfig({ faq: [{ id: 'only-en', question: { en: 'Only in English?' }, answer: { en: 'Yes, for now.' } }] });
    const el = await faq(config, { lang: 'es', open: 'only-en' });
    expect(trigger(el, 'only-en').querySelector('[lang="en"]')!.textContent).to.equal('Only in English?');
    expect(panel(el, 'only-en').querySelector('[lang="en"]')!.textContent).to.equal('Yes, for now.');
    expect(trigger(el, 'stopping').querySelector('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('glossary terms explained in place', () => {
  afterEach(() => fixtureCleanup());

  it('explains a term by keyboard: Tab to it, Enter opens, Escape closes and focus stays on the term', async () => {
    const el = await faq(await demoConfig('lung-cancer-chemo-io'), { open: 'which-group' });
    const term = await until(
      () => [...panel(el, 'which-group').querySelectorAll<HTMLButtonElement>('.term')].find((b) => b.textContent === 'randomized'),
      'a built-in glossary term',
    );
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(term.title).to.equal('What does this mean?');
    const definition = el.shadowRoot!.getElementById(term.getAttribute('aria-controls')!)!;
    expect(definition.getAttribute('aria-live')).to.equal('polite');
    expect(definition.textContent!.trim()).to.equal('');

    await tabTo(el, term);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.textContent).to.contain('by chance, like flipping a coin');
    // Shown after the sentence that holds the term ("… This is called randomized."), not inside it.
    const before = document.createRange();
    before.setStartBefore(definition.closest('p')!.firstChild!);
    before.setEndBefore(definition);
    expect(before.toString()).to.match(/randomized\.$/);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.textContent!.trim()).to.equal('');
    expect(focused(el)).to.equal(term);
  });

  it('never breaks the sentence it explains: the term keeps its punctuation on its line, the explanation comes after the sentence', async () => {
    const answer = 'Some weeks you take no study medicine, a washout. Then you start the study medicine again, if the team agrees.';
    const config = minimalConfig({
      glossary: [{ term: 'washout', definition: 'A break with no study medicine, so the body clears it.' }],
      faq: [{ id: 'w', question: 'Is there a break?', answer }],
    });
    const el = await faq(config, { open: 'w' });
    const paragraph = panel(el, 'w').querySelector('p')!;
    const term = paragraph.querySelector<HTMLButtonElement>('.term')!;
    const definition = el.shadowRoot!.getElementById(term.getAttribute('aria-controls')!)!;
    /** The box of the character right after the term (the full stop). */
    const stop = () => {
      const range = document.createRange();
      const text = textBeside(term, 'nextSibling')!;
      expect(text.data.startsWith('.')).to.equal(true);
      range.setStart(text, 0);
      range.setEnd(text, 1);
      return range.getBoundingClientRect();
    };
    await tabTo(el, term);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(definition.textContent).to.equal('A break with no study medicine, so the body clears it.');
    // At every width from a narrow phone up, the term and its full stop share a line (a button's box
    // and a letter's differ by a few pixels; the next line would be a whole line height lower).
    const line = parseFloat(getComputedStyle(paragraph).lineHeight);
    for (let width = 180; width <= 420; width += 6) {
      el.style.inlineSize = `${width}px`;
      expect(Math.abs(stop().top - term.getBoundingClientRect().top), `${width}px`).to.be.below(line / 2);
      expect(stop().left, `${width}px: the stop follows the term`).to.be.at.least(term.getBoundingClientRect().right - 1);
    }
    el.style.inlineSize = '';
    // The sentence is whole, and the explanation starts after its full stop.
    expect(paragraph.textContent!.replace(definition.textContent!, '')).to.equal(answer);
    expect(paragraph.textContent!.indexOf(definition.textContent!)).to.equal(answer.indexOf('washout.') + 'washout.'.length);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.textContent).to.equal('');
    expect(focused(el)).to.equal(term);
    expect(paragraph.textContent).to.equal(answer);
  });

  it('explains only the first use of a term in each answer', async () => {
    const el = await faq(await demoConfig('lung-cancer-chemo-io'), { open: 'placebo' });
    await until(() => panel(el, 'placebo').querySelector('.term'), 'glossary terms');
    // "placebo" appears three times in this answer: one button.
    const terms = [...panel(el, 'placebo').querySelectorAll('.term')].map((b) => b.textContent!.toLowerCase());
    expect(terms.filter((t) => t === 'placebo')).to.have.length(1);
    expect(terms).to.include('chemotherapy');
  });

  it('uses the config glossary at once, before the built-in terms arrive', async () => {
    const el = await faq(
      minimalConfig({
        glossary: [{ term: 'washout', definition: 'Our own words.' }],
        faq: [{ id: 'w', question: 'Is there a washout?', answer: 'Yes, a washout of two weeks.' }],
      }),
      { open: 'w' },
    );
    const term = panel(el, 'w').querySelector<HTMLButtonElement>('.term');
    expect(term, 'rendered in the first update').not.to.equal(null);
    term!.click();
    await el.updateComplete;
    expect(panel(el, 'w').querySelector('.term-definition')!.textContent).to.equal('Our own words.');
  });

  it('matches Spanish terms in Spanish text', async () => {
    const el = await faq(await demoConfig('lung-cancer-chemo-io'), { lang: 'es', open: 'which-group' });
    const term = await until(
      () => [...panel(el, 'which-group').querySelectorAll<HTMLButtonElement>('.term')].find((b) => b.textContent === 'aleatorizado'),
      'a Spanish term',
    );
    term.click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById(term.getAttribute('aria-controls')!)!.textContent).to.contain('por sorteo');
    expect(term.title).to.equal('¿Qué significa esto?');
  });

  it('is off with glossary="off" on the element or on <trial-study>', async () => {
    const off = await faq(await demoConfig('lung-cancer-chemo-io'), { open: 'which-group', glossary: 'off' });
    // The signal that terms would be there by now: a FAQ with the glossary on has shown them.
    const on = await faq(await demoConfig('lung-cancer-chemo-io'), { open: 'which-group' });
    await until(() => panel(on, 'which-group').querySelector('.term'), 'terms in a FAQ with the glossary on');
    await off.updateComplete;
    expect(panel(off, 'which-group').querySelector('.term')).to.equal(null);

    const study = await fixture<HTMLElement>(html`<trial-study glossary="off"><trial-faq open="which-group"></trial-faq><trial-card></trial-card></trial-study>`);
    (study as HTMLElement & { config: unknown }).config = await demoConfig('lung-cancer-chemo-io');
    const inner = study.querySelector('trial-faq')!;
    const card = study.querySelector('trial-card')!;
    await until(() => inner.shadowRoot!.querySelector('#a-which-group'), 'faq inside the study');
    await until(() => panel(on, 'which-group').querySelector('.term'), 'terms in a FAQ with the glossary on');
    await Promise.all([inner, card].map((element) => (element as TrialFaq).updateComplete));
    expect(inner.shadowRoot!.querySelector('.term')).to.equal(null);
    expect(card.shadowRoot!.querySelector('.term')).to.equal(null);
  });

  it('explains terms in the card summary too, without changing its text', async () => {
    const config = await demoConfig('lung-cancer-chemo-io');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = document.createElement('trial-card') as TrialCard;
    card.config = config;
    wrapper.append(card);
    await card.updateComplete;
    const summary = () => card.shadowRoot!.querySelector('[part="summary"]')!;
    // pembrolizumab (the config's own term) comes at once, the built-in terms a moment later.
    await until(() => summary().querySelectorAll('.term').length >= 3, 'terms in the summary');
    const terms = [...summary().querySelectorAll<HTMLButtonElement>('.term')];
    expect(terms.map((t) => t.textContent)).to.deep.equal(['chemotherapy', 'pembrolizumab', 'immune system']);
    expect(summary().textContent).to.equal((config.summary as Record<string, string>).en);
    await tabTo(card, terms[1]!);
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(card.shadowRoot!.getElementById(terms[1]!.getAttribute('aria-controls')!)!.textContent).to.equal(
      'An immunotherapy drug, given through a vein. It helps your immune system find and attack cancer cells.',
    );
    await expect(card).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(terms[1]!.getAttribute('aria-expanded')).to.equal('false');
    expect(shadowText(card)).to.contain((config.summary as Record<string, string>).en);
  });
});
