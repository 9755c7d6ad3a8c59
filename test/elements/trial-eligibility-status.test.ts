import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialEligibility } from '../../src/elements/trial-eligibility/trial-eligibility.js';
import type { TrialStatus } from '../../src/core/constants.js';
import type { TrialConfig } from '../../src/core/schema.js';
import type { ContactDetail } from '../../src/internal/events.js';
import { demoConfig, minimalConfig, mount as mountElement, nextEvent, shadowText, tabUntil, until } from '../helpers.js';

// Loaded up front, as in trial-eligibility.test.ts.
await import('../../src/elements/trial-eligibility/flow.js');
await import('../../src/elements/trial-eligibility/referral.js');

const root = (el: TrialEligibility) => el.shadowRoot!;
const heading = (el: TrialEligibility) => root(el).querySelector<HTMLElement>('.step');
const active = (el: TrialEligibility) => root(el).activeElement as HTMLElement | null;
const buttonNamed = (el: TrialEligibility, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);

/** Every trialkit event the element sends, by name. */
function record(el: EventTarget, names: string[]) {
  const seen: string[] = [];
  for (const name of names) el.addEventListener(name, () => seen.push(name));
  return seen;
}

async function mount(config: unknown, attrs: Record<string, string> = {}, width?: number): Promise<TrialEligibility> {
  const element = await mountElement<TrialEligibility>('trial-eligibility', config, attrs, width);
  await until(() => root(element).querySelector('.step, p'), 'the first screen');
  return element;
}

const QUESTIONS = {
  stopOnFail: true,
  questions: [
    { id: 'adult', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'adult', equals: 'yes' }, reason: 'This study is only for adults.' },
    { id: 'smoke', type: 'yesno', text: 'Do you smoke?', eligibleIf: { q: 'smoke', equals: 'no' } },
  ],
};

function studyWith(status: TrialStatus, extra: Record<string, unknown> = {}): TrialConfig {
  return minimalConfig({
    status,
    conditions: ['Non-small cell lung cancer'],
    contact: { phone: '+1 555 010 0199', email: 'study@example.org', url: 'https://example.org/study' },
    locations: [
      { name: 'Open clinic', city: 'Boston', country: 'United States', recruiting: true },
      { name: 'Closed clinic', city: 'Denver', country: 'United States', recruiting: false },
      { name: 'Unmarked clinic', city: 'Austin', country: 'United States' },
    ],
    eligibility: QUESTIONS,
    ...extra,
  });
}

/** Start, then answer each question with the keyboard; `null` is "I'm not sure". */
async function answer(el: TrialEligibility, values: (string | null)[]) {
  await tabUntil(el, (f) => f.textContent?.trim() === 'Start', 'Start');
  await sendKeys({ press: 'Enter' });
  for (const [index, value] of values.entries()) {
    await until(() => heading(el)?.textContent?.includes(`Question ${index + 1} of`) && active(el) === heading(el), `question ${index + 1}`);
    const input = root(el).querySelector<HTMLInputElement>(`input[value="${value ?? '?'}"]`)!;
    input.focus();
    await sendKeys({ press: 'Space' });
    expect(input.checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
  }
  await until(() => root(el).querySelector('[part="result"] .step'), 'the result');
}

const PATHS: [string, (string | null)[], string][] = [
  ['likely', ['yes', 'no'], 'Your answers match this study'],
  ['unsure', ['yes', null], 'The study team can tell you more'],
  ['unlikely', ['no'], 'This study may not be right for you'],
];

describe('<trial-eligibility>: what the study status allows it to say', () => {
  afterEach(() => fixtureCleanup());

  const CLOSED: [TrialStatus, string][] = [
    ['active_not_recruiting', 'The study is still going on, but it is not taking new volunteers.'],
    ['suspended', 'The study is paused for now.'],
    ['terminated', 'The study has been stopped.'],
    ['completed', 'The study has finished.'],
    ['withdrawn', 'The study was stopped before anyone joined.'],
  ];
  for (const [status, sentence] of CLOSED) {
    it(`${status}: no questions and no Start; says the study is not taking volunteers and offers other studies; accessible`, async () => {
      const element = document.createElement('trial-eligibility') as TrialEligibility;
      const events = record(element, ['trial-eligibility-start', 'trial-eligibility-step', 'trial-eligibility-complete']);
      element.config = studyWith(status);
      await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
      await element.updateComplete;
      const words = shadowText(element);
      expect(heading(element)!.textContent).to.equal('This study is not taking volunteers');
      expect(words).to.contain(sentence);
      expect(words).to.contain('Other studies may be right for you.');
      expect(words).not.to.match(/may be able to take part|short questions|Start/);
      expect(root(element).querySelector('fieldset, form, input, [role="status"]'), 'no questions and no result region').to.equal(null);
      expect(buttonNamed(element, 'Start')).to.equal(undefined);
      const search = root(element).querySelector<HTMLAnchorElement>('a[href^="https://clinicaltrials.gov/search"]')!;
      expect(search.href).to.equal('https://clinicaltrials.gov/search?cond=Non-small%20cell%20lung%20cancer');
      expect(search.textContent).to.contain('Find other studies for non-small cell lung cancer on ClinicalTrials.gov');
      // Contact is offered for questions, not as a way to join.
      expect(words).to.contain('If you have questions about this study, you can still contact the study team.');
      expect(root(element).querySelector('[part~="contact-actions"]')).to.exist;
      // Even a call to start() from outside has nothing to start.
      element.restart();
      await element.updateComplete;
      expect(events).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }

  it('closed without a condition: offers ClinicalTrials.gov’s search itself', async () => {
    const el = await mount(studyWith('completed', { conditions: undefined }));
    const search = root(el).querySelector<HTMLAnchorElement>('a[href^="https://clinicaltrials.gov/search"]')!;
    expect(search.href).to.equal('https://clinicaltrials.gov/search');
    expect(search.textContent).to.contain('Find other studies on ClinicalTrials.gov');
  });

  it('closed and in the form layout: no questions either', async () => {
    const el = await mount(studyWith('terminated'), { layout: 'form' });
    expect(root(el).querySelector('fieldset')).to.equal(null);
    expect(shadowText(el)).to.contain('The study has been stopped.');
  });

  it('the demo breast cancer study (active, not recruiting) never says “You may be able to take part”', async () => {
    const config = await demoConfig('breast-cancer-neratinib');
    expect(config.status).to.equal('active_not_recruiting');
    const el = await mount(config);
    const words = shadowText(el);
    expect(words).not.to.contain('You may be able to take part');
    expect(words).to.contain('This study is not taking volunteers');
    // "HER2" keeps its capitals mid-sentence.
    expect(words).to.contain('Find other studies for HER2-positive breast cancer that has spread (metastatic) on ClinicalTrials.gov');
    expect(root(el).querySelector('fieldset, button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('not yet recruiting', () => {
    it('the start screen says the study is not taking volunteers yet, and the questions may still be answered', async () => {
      const el = await mount(studyWith('not_yet_recruiting'));
      expect(shadowText(el)).to.contain('This study is not taking volunteers yet. You can still answer the questions to see if it may suit you.');
      expect(buttonNamed(el, 'Start')).to.exist;
      await expect(el).to.be.accessible();
    });

    for (const [outcome, values, title] of PATHS) {
      it(`${outcome}: the result says the study is not taking volunteers yet, and lists no place to join`, async () => {
        const el = await mount(studyWith('not_yet_recruiting'));
        await answer(el, values);
        const result = root(el).querySelector('[part="result"]')!;
        expect(heading(el)!.textContent).to.equal(title);
        expect(result.textContent).to.contain('This study is not taking volunteers yet. You can contact the study team and ask them to tell you when it opens.');
        expect(shadowText(el)).not.to.contain('You may be able to take part');
        expect(root(el).querySelector('[part~="locations"]'), 'no place takes volunteers yet').to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('enrolling by invitation', () => {
    for (const [outcome, values, title] of PATHS) {
      it(`${outcome}: the result says joining is by invitation from the study team`, async () => {
        const el = await mount(studyWith('enrolling_by_invitation'));
        await answer(el, values);
        const result = root(el).querySelector('[part="result"]')!;
        expect(heading(el)!.textContent).to.equal(title);
        expect(result.textContent).to.contain('You can join this study only if the study team invites you.');
        // A likely result is not an open door.
        expect(shadowText(el)).not.to.contain('You may be able to take part');
        expect(shadowText(el)).not.to.contain('The next step is to talk with the study team');
        await expect(el).to.be.accessible();
      });
    }

    it('offers only the places that take volunteers (not those marked recruiting: false)', async () => {
      const el = await mount(studyWith('enrolling_by_invitation'));
      await answer(el, ['yes', 'no']);
      const places = [...root(el).querySelectorAll('[part~="locations"] li')].map((li) => li.textContent!.trim());
      expect(places.join(' | ')).to.contain('Open clinic').and.to.contain('Unmarked clinic');
      expect(places.join(' | ')).not.to.contain('Closed clinic');
    });
  });

  it('recruiting: as before, “You may be able to take part”, and no place that is not recruiting', async () => {
    const el = await mount(studyWith('recruiting'));
    await answer(el, ['yes', 'no']);
    expect(heading(el)!.textContent).to.equal('You may be able to take part');
    expect(root(el).querySelector('[part="result"]')!.textContent).not.to.match(/invites you|not taking volunteers/);
    expect(root(el).querySelector('[part~="locations"]')!.textContent).not.to.contain('Closed clinic');
  });
});

describe('<trial-eligibility>: questions that are still registry drafts', () => {
  afterEach(() => fixtureCleanup());

  const drafts: [string, Record<string, unknown>][] = [
    ['the question text', { text: '[REWRITE] Participants must be aged 18 years or older' }],
    ['the help', { help: { en: 'Plain help.', es: '[REWRITE] Ayuda.' } }],
    ['the reason', { reason: '[REWRITE] Age ≥ 18' }],
    [
      'an option label',
      {
        type: 'choice',
        options: [
          { value: 'a', label: 'Yes' },
          { value: 'b', label: '[REWRITE] ECOG 0-1' },
        ],
        eligibleIf: { q: 'q1', equals: 'a' },
      },
    ],
  ];
  for (const [where, change] of drafts) {
    it(`a marker in ${where}: asks nothing, says the questions are not ready, offers the contact`, async () => {
      const imported = minimalConfig({
        eligibility: {
          questions: [
            { id: 'q1', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'q1', equals: 'yes' }, ...change },
            { id: 'q2', type: 'yesno', text: 'Do you smoke?' },
          ],
        },
      });
      const element = document.createElement('trial-eligibility') as TrialEligibility;
      const events = record(element, ['trial-eligibility-start', 'trial-eligibility-step', 'trial-eligibility-complete']);
      element.config = imported;
      await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
      await element.updateComplete;
      const words = shadowText(element);
      expect(words).to.contain('These questions are not ready yet. Contact the study team to ask if you can take part.');
      expect(words).not.to.contain('REWRITE');
      expect(root(element).querySelector('fieldset, form, button')).to.equal(null);
      expect(root(element).querySelector('[part~="contact-actions"] a[href^="tel:"]')).to.exist;
      expect(events).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }
});

describe('<trial-eligibility>: trial-contact from the result and from the closed screen', () => {
  afterEach(() => fixtureCleanup());

  async function pressEach(el: TrialEligibility, container: string) {
    // Followed links would leave the test page: the element's own handlers still run.
    root(el).addEventListener('click', (event) => event.preventDefault());
    const details: ContactDetail[] = [];
    for (const part of ['action-call', 'action-email', 'action-website']) {
      const link = root(el).querySelector<HTMLAnchorElement>(`${container} [part~="${part}"]`)!;
      const event = nextEvent<ContactDetail>(el, 'trial-contact');
      link.click();
      const received = await event;
      expect(received.bubbles && received.composed).to.equal(true);
      details.push(received.detail);
    }
    return details;
  }

  const CHANNELS = [
    { trialId: 'minimal', channel: 'phone' },
    { trialId: 'minimal', channel: 'email' },
    { trialId: 'minimal', channel: 'website' },
  ];

  it('call, email and website in the result’s next steps each send trial-contact with the channel only', async () => {
    const el = await mount(studyWith('recruiting'));
    await answer(el, ['yes', 'no']);
    expect(await pressEach(el, '.result')).to.deep.equal(CHANNELS);
  });

  it('and on the closed screen', async () => {
    const el = await mount(studyWith('completed'));
    expect(await pressEach(el, '.screen')).to.deep.equal(CHANNELS);
  });
});
