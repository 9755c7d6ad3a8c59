import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialCatalog } from '../../src/core/catalog-types.js';
import { fromClinicalTrialsGov } from '../../src/core/ctgov-import.js';
import { REWRITE_MARKER } from '../../src/core/rewrite-marker.js';
import type { TrialConfig } from '../../src/core/schema.js';
import type { TrialFinder } from '../../src/elements/trial-finder/trial-finder.js';
import type { FinderOpenDetail, FinderSearchDetail } from '../../src/internal/events.js';
import { captureConsole, DEMO_TRIALS, demoConfig, minimalConfig, nextEvent, shadowText, until } from '../helpers.js';

const CTGOV = ['NCT00184067', 'NCT02513394', 'NCT03377387', 'NCT03934567', 'NCT04267848', 'NCT05147467'];

/** A ClinicalTrials.gov record imported, as a writer would leave it after rewriting every marked text. */
async function rewrittenCtgov(nct: string): Promise<TrialConfig> {
  const record = await (await fetch(`/test/fixtures/ctgov/${nct}.json`)).json();
  const result = fromClinicalTrialsGov(record, { questions: false });
  if (!result.ok) throw new Error(`${nct}: ${result.message}`);
  return JSON.parse(JSON.stringify(result.config).replaceAll(`${REWRITE_MARKER} `, '').replaceAll(REWRITE_MARKER, '')) as TrialConfig;
}

const msConfig = (overrides: Record<string, unknown> = {}) =>
  minimalConfig({
    id: 'ms-walking',
    title: { en: 'Walking better with multiple sclerosis', es: 'Caminar mejor con esclerosis múltiple' },
    summary: 'A phone app with short daily exercises for people with MS.',
    conditions: [{ en: 'Multiple sclerosis', es: 'Esclerosis múltiple' }],
    who: { minAge: 18, maxAge: 65, sex: 'all' },
    participation: { remote: true },
    eligibility: {
      questions: [
        { id: 'diagnosed', type: 'yesno', text: 'Has a doctor told you that you have MS?', eligibleIf: { q: 'diagnosed', equals: 'yes' } },
        { id: 'walk', type: 'yesno', text: 'Can you walk 25 steps on your own?', eligibleIf: { q: 'walk', equals: 'yes' } },
      ],
    },
    locations: [{ name: 'Seattle MS Center', city: 'Seattle', country: 'US', recruiting: true, geo: { lat: 47.6497, lon: -122.3086 } }],
    ...overrides,
  });

/** Demo trials, the six ClinicalTrials.gov fixtures and a few small studies: a catalog a community could publish. */
async function realisticCatalog(): Promise<TrialCatalog> {
  const configs: TrialConfig[] = [
    ...(await Promise.all(DEMO_TRIALS.map((name) => demoConfig(name)))),
    ...(await Promise.all(CTGOV.map(rewrittenCtgov))),
    msConfig(),
    minimalConfig({
      id: 'soon-asthma',
      title: 'Asthma in children',
      summary: 'An inhaler that reminds children.',
      status: 'not_yet_recruiting',
      conditions: ['Asthma'],
      who: { minAge: 6, maxAge: 17 },
    }),
    minimalConfig({
      id: 'women-only',
      title: 'Hot flashes after menopause',
      summary: 'A pill for hot flashes.',
      conditions: ['Menopause'],
      who: { minAge: 40, maxAge: 65, sex: 'female' },
    }),
  ];
  return {
    catalogVersion: 1,
    title: 'Studies our members asked about',
    questions: [
      { id: 'diagnosed', type: 'yesno', text: 'Has a doctor told you that you have MS?', reason: 'This study is for people who have MS.' },
      { id: 'walk', type: 'yesno', text: 'Can you walk 25 steps on your own?', reason: 'This study needs people who can walk a short way.' },
    ],
    trials: configs.map((config) =>
      config.id === 'ms-walking'
        ? {
            config,
            eligibleIf: {
              all: [
                { q: 'diagnosed', equals: 'yes' },
                { q: 'walk', equals: 'yes' },
              ],
            },
          }
        : { config },
    ),
  } as TrialCatalog;
}

async function finder(catalog: unknown, attrs: Record<string, string> = {}): Promise<TrialFinder> {
  const element = document.createElement('trial-finder');
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.catalog = catalog;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await until(() => element.shadowRoot?.querySelector('.count, .fallback'), 'the list or the fallback');
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(el: TrialFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const count = (el: TrialFinder) => $(el, '.count')!.textContent!.trim();
const titles = (el: TrialFinder) => [...el.shadowRoot!.querySelectorAll('.result-title a')].map((a) => a.textContent!.trim());
const ids = (el: TrialFinder) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.result-title a')].map((a) => a.dataset.trial);

/** Types into a field as a person does: input events while typing, change when leaving it. */
async function type(el: TrialFinder, selector: string, value: string, commit = true) {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function tick(el: TrialFinder, name: string, value = 'on', checked = true) {
  const input = $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!;
  input.checked = checked;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

afterEach(() => {
  fixtureCleanup();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<trial-finder>: the list', () => {
  it('renders a realistic catalog: title, filters panel, a count in a status region, and a result for each study taking volunteers', async () => {
    const el = await finder(await realisticCatalog());
    expect($(el, '.title')!.textContent).to.equal('Studies our members asked about');
    expect($(el, '.filters summary [id="filters-heading"]')!.textContent).to.equal('Filter the list');
    const status = $(el, '[role="status"].count')!;
    // "Taking volunteers now" is on by default: finished and not-yet-open studies are left out.
    const shown = ids(el);
    expect(shown).to.include.members(['alchemist-chemo-io', 'apg-2575-cll', 'ms-walking', 'women-only']);
    expect(shown).not.to.include('neratinib-capecitabine-her2');
    expect(shown).not.to.include('soon-asthma');
    expect(status.textContent!.trim()).to.equal(`${shown.length} studies match`);
    expect($<HTMLInputElement>(el, 'input[name="takingNow"]')!.checked).to.equal(true);
    // Each result: a plain title that opens it and its status in plain words.
    const first = $(el, '.result')!;
    expect(first.querySelector('.status')!.textContent).to.match(/Looking for volunteers now|Only people who are invited can join/);
    // Strict CSP: no style attributes anywhere in the list.
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('words: forgiving accents and case ("esclerosis multiple" finds "esclerosis múltiple" in Spanish)', async () => {
    const el = await finder(await realisticCatalog(), { lang: 'es' });
    await type(el, '#words', 'ESCLEROSIS multiple');
    expect(ids(el)).to.deep.equal(['ms-walking']);
    expect(count(el)).to.equal('1 estudio coincide');
    expect(titles(el)).to.deep.equal(['Caminar mejor con esclerosis múltiple']);
    await type(el, '#words', 'zzzz-nothing');
    expect(count(el)).to.equal('Ningún estudio coincide');
    expect(shadowText(el)).to.contain('Pruebe con una distancia mayor o quite un filtro.');
    await expect(el).to.be.accessible();
  });

  it('status filters: opening soon adds studies not yet recruiting; both off shows every status', async () => {
    const el = await finder(await realisticCatalog());
    const before = ids(el).length;
    await tick(el, 'openingSoon');
    expect(ids(el)).to.include('soon-asthma');
    await tick(el, 'takingNow', 'on', false);
    expect(ids(el)).to.deep.equal(['soon-asthma']);
    await tick(el, 'openingSoon', 'on', false);
    expect(ids(el)).to.include.members(['neratinib-capecitabine-her2', 'soon-asthma', 'alchemist-chemo-io']);
    expect(ids(el).length).to.be.above(before);
  });

  it('from home, age and sex filters', async () => {
    const el = await finder(await realisticCatalog());
    await tick(el, 'fromHome');
    expect(ids(el)).to.deep.equal(['ms-walking']);
    expect($(el, '.result .remote')!.textContent).to.equal('Can be done from home');
    await tick(el, 'fromHome', 'on', false);
    await type(el, '#age', '12');
    expect(ids(el)).not.to.include('alchemist-chemo-io'); // 18 and over
    await type(el, '#age', '50');
    await tick(el, 'sex', 'male');
    expect(ids(el)).not.to.include('women-only');
    await tick(el, 'sex', 'female');
    expect(ids(el)).to.include('women-only');
    await type(el, '#age', 'forty');
    expect($(el, '#age-error')!.textContent).to.equal('Enter your age as a number, like 42.');
    expect($(el, '#age')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shared questions answered once: likely first, unlikely last with the reason in plain words', async () => {
    const el = await finder(await realisticCatalog());
    await tick(el, 'q-diagnosed', 'yes');
    await tick(el, 'q-walk', 'no');
    const results = [...el.shadowRoot!.querySelectorAll('.result')];
    const ms = results.find((r) => r.querySelector<HTMLAnchorElement>('a')!.dataset.trial === 'ms-walking')!;
    expect(results.at(-1)).to.equal(ms);
    expect(ms.querySelector('.match')!.textContent).to.contain('This study may not be right for you.');
    expect(ms.querySelector('.match')!.textContent).to.contain('Because: This study needs people who can walk a short way.');
    await tick(el, 'q-walk', 'yes');
    const likely = el.shadowRoot!.querySelector('.result')!;
    expect(likely.querySelector('a')!.dataset.trial).to.equal('ms-walking');
    expect(likely.querySelector('.match')!.textContent).to.contain('You may be able to take part.');
    await tick(el, 'q-walk', '?');
    expect($(el, '.result .match')!.textContent).to.contain('The study team can tell you if you can take part.');
    await expect(el).to.be.accessible();
  });

  it('trial-finder-search carries the count and the names of the filters in use, never their values', async () => {
    const el = await finder(await realisticCatalog());
    const searched = nextEvent<FinderSearchDetail>(el, 'trial-finder-search');
    await type(el, '#words', 'multiple sclerosis');
    const { detail } = await searched;
    expect(detail).to.deep.equal({ count: 1, filters: ['words', 'takingNow'] });
    const again = nextEvent<FinderSearchDetail>(el, 'trial-finder-search');
    await type(el, '#age', '47');
    expect((await again).detail.filters).to.deep.equal(['words', 'age', 'takingNow']);
    expect(JSON.stringify((await again).detail)).not.to.match(/multiple|47/);
  });

  it('analytics="fn:…" forwards the finder’s events with the count and filter names only', async () => {
    const sent: [string, Record<string, unknown>][] = [];
    (globalThis as Record<string, unknown>).finderAnalytics = (name: string, payload: Record<string, unknown>) => sent.push([name, payload]);
    try {
      const el = await finder(await realisticCatalog(), { analytics: 'fn:finderAnalytics' });
      const searched = nextEvent(el, 'trial-finder-search');
      await type(el, '#words', 'multiple sclerosis');
      await type(el, '#age', '47');
      await searched;
      const search = sent.find(([name]) => name === 'trial-finder-search');
      expect(search?.[1]).to.deep.equal({ count: 1, filters: 'words,takingNow' });
      expect(JSON.stringify(sent)).not.to.match(/sclerosis|47/);
    } finally {
      delete (globalThis as Record<string, unknown>).finderAnalytics;
    }
  });

  it('shows 20 results, then more on request with focus on the first new one (a long catalog stays quick)', async () => {
    const trials = Array.from({ length: 45 }, (_, i) => ({ config: minimalConfig({ id: `study-${i}`, title: `Study number ${i}` }) }));
    const el = await finder({ catalogVersion: 1, trials });
    expect(count(el)).to.equal('45 studies match');
    expect(ids(el).length).to.equal(20);
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show more studies')!;
    more.click();
    await el.updateComplete;
    expect(ids(el).length).to.equal(40);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.result-title a[data-trial="study-20"]'));
  });
});

describe('<trial-finder>: sources and bad catalogs', () => {
  it('reads an inline <script type="application/json"> catalog, also one added after the element upgraded', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('trial-finder');
    wrapper.append(el);
    await el.updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ catalogVersion: 1, title: 'Inline list', trials: [{ config: minimalConfig({ id: 'inline-one' }) }] });
    el.append(script);
    await until(() => el.shadowRoot!.querySelector('.count'), 'the list');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['inline-one']);
    expect($(el, '.title')!.textContent).to.equal('Inline list');
  });

  it('leaves out an invalid entry with one console error naming it by path; the rest still works', async () => {
    const catalog = { catalogVersion: 1, trials: [{ config: minimalConfig({ id: 'good' }) }, { config: { ...minimalConfig({ id: 'bad' }), status: 'open' } }] };
    const { result: el, errors } = await captureConsole(() => finder(catalog));
    expect(ids(el)).to.deep.equal(['good']);
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('trials[1]');
  });

  it('a bad catalog shows a friendly fallback and trial-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('trial-finder');
    el.catalog = { catalogVersion: 2, studies: [] };
    const failed = nextEvent<{ problems: { path: string }[] }>(el, 'trial-error');
    const { errors } = await captureConsole(async () => {
      wrapper.append(el);
      await failed;
    });
    expect((await failed).detail.problems.map((p) => p.path)).to.include('catalogVersion');
    expect(errors.length).to.equal(1);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('We can’t show the list of studies right now.');
    await expect(el).to.be.accessible();
  });
});

describe('<trial-finder>: opening a study', () => {
  it('opens a result in place (card, pre-screener, FAQ, share), deep-links #trial=<id>, and Back returns with focus on it', async () => {
    const el = await finder(await realisticCatalog(), { ref: 'ms-forum' });
    const opened = nextEvent<FinderOpenDetail>(el, 'trial-finder-open');
    const link = $<HTMLAnchorElement>(el, '.result-title a[data-trial="apg-2575-cll"]')!;
    const position = Number(link.closest('li')!.dataset.position);
    link.click();
    expect((await opened).detail).to.deep.equal({ trialId: 'apg-2575-cll', position });
    expect(location.hash).to.equal('#trial=apg-2575-cll');
    const card = await until(() => $(el, 'trial-card'), 'the card');
    await until(() => $(el, 'trial-eligibility') && $(el, 'trial-faq') && $(el, 'trial-share'), 'every part');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.getAttribute('ref')).to.equal('ms-forum');
    expect(shadowText(card)).to.contain('CLL');
    expect($(el, '.list')!.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.opened-trial'));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.back')!.click();
    await until(() => !$(el, '.opened'), 'the list again');
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.result-title a[data-trial="apg-2575-cll"]'));
  });

  it('the browser’s Back closes an opened study and keeps the filters', async () => {
    const el = await finder(await realisticCatalog());
    await type(el, '#words', 'leukemia');
    const before = ids(el);
    expect(before).to.include('apg-2575-cll');
    $<HTMLAnchorElement>(el, '.result-title a[data-trial="apg-2575-cll"]')!.click();
    await until(() => $(el, 'trial-card'), 'the card');
    history.back();
    await until(() => !$(el, '.opened'), 'the list again');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#words')!.value).to.equal('leukemia');
    expect(ids(el)).to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.result-title a[data-trial="apg-2575-cll"]'));
  });

  it('a #trial=<id> in the address opens that study when the page loads', async () => {
    history.replaceState(null, '', '#trial=ms-walking');
    const catalog = await realisticCatalog();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('trial-finder');
    el.setAttribute('show', 'card');
    el.catalog = catalog;
    const opened = nextEvent<FinderOpenDetail>(el, 'trial-finder-open');
    wrapper.append(el);
    expect((await opened).detail).to.deep.equal({ trialId: 'ms-walking', position: 0 });
    const card = await until(() => $(el, 'trial-card'), 'the card');
    expect($(el, 'trial-eligibility')).to.equal(null);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(card)).to.contain('Walking better with multiple sclerosis');
  });

  it('answers given in the finder pre-fill the questions with the same id in the opened pre-screener', async () => {
    const el = await finder(await realisticCatalog(), { show: 'eligibility' });
    await tick(el, 'q-diagnosed', 'yes');
    await tick(el, 'q-walk', 'yes');
    $<HTMLAnchorElement>(el, '.result-title a[data-trial="ms-walking"]')!.click();
    const prescreener = await until(() => $(el, 'trial-eligibility'), 'the pre-screener');
    const start = await until(() => [...prescreener.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start'), 'Start');
    start.click();
    const yes = await until(() => prescreener.shadowRoot!.querySelector<HTMLInputElement>('input[name="diagnosed"][value="yes"]'), 'the first question');
    expect(yes.checked).to.equal(true);
    // Still changeable.
    const no = prescreener.shadowRoot!.querySelector<HTMLInputElement>('input[name="diagnosed"][value="no"]')!;
    expect(no.checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('fetches a src entry’s config on demand, relative to the catalog’s address', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('trial-finder');
    el.setAttribute('src', '/test/fixtures/finder/catalog.json');
    el.setAttribute('show', 'card');
    wrapper.append(el);
    await until(() => el.shadowRoot?.querySelector('.result-title a[data-trial="apg-2575-cll"]'), 'the list');
    await fetch('/__test__/server-log?clear=1');
    $<HTMLAnchorElement>(el, '.result-title a[data-trial="apg-2575-cll"]')!.click();
    const card = await until(() => $(el, 'trial-card'), 'the card');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await until(() => shadowText(card).includes('CLL'), 'the card text');
    const log = (await (await fetch('/__test__/server-log')).json()) as { path: string }[];
    // ../../../demo/trials/ in the catalog, read from /test/fixtures/finder/: /demo/trials/.
    expect(log.filter((r) => r.path === '/demo/trials/cll-apg-2575.json').length).to.equal(1);
  });
});

describe('<trial-finder>: keyboard, privacy and next steps', () => {
  it('keyboard only: from the first filter to an opened study and back, with nothing stored or sent', async () => {
    const storedBefore = [localStorage.length, sessionStorage.length, document.cookie];
    const el = await finder(await realisticCatalog());
    await fetch('/__test__/server-log?clear=1');
    $<HTMLInputElement>(el, '#words')!.focus();
    await sendKeys({ type: 'leukemia' });
    await el.updateComplete;
    expect(ids(el)).to.include('apg-2575-cll');
    await sendKeys({ press: 'Tab' }); // the postal code
    await sendKeys({ type: '98101' });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = el.shadowRoot!.activeElement === $(el, '.result-title a');
    }
    expect(reached, 'Tab reaches the first result').to.equal(true);
    const id = (el.shadowRoot!.activeElement as HTMLAnchorElement).dataset.trial!;
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, 'trial-card'), 'the opened study');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.opened-trial'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.back'));
    await sendKeys({ press: 'Enter' });
    await until(() => !$(el, '.opened'), 'the list again');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, `.result-title a[data-trial="${id}"]`));
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storedBefore);
    const log = JSON.stringify(await (await fetch('/__test__/server-log')).json());
    expect(log).not.to.match(/leukemia|98101/i);
  });

  it('after an "unlikely" pre-screener result, offers other studies from the same catalog that may fit', async () => {
    const el = await finder(await realisticCatalog(), { show: 'eligibility' });
    $<HTMLAnchorElement>(el, '.result-title a[data-trial="ms-walking"]')!.click();
    const prescreener = await until(() => $(el, 'trial-eligibility'), 'the pre-screener');
    const complete = nextEvent(prescreener, 'trial-eligibility-complete');
    (await until(() => [...prescreener.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start'), 'Start')).click();
    const no = await until(() => prescreener.shadowRoot!.querySelector<HTMLInputElement>('input[name="diagnosed"][value="no"]'), 'the first question');
    no.click();
    prescreener.shadowRoot!.querySelector<HTMLButtonElement>('form button:not([type])')!.click();
    await complete;
    const others = await until(() => $(el, '.others'), 'other studies');
    expect(others.querySelector('h2')!.textContent).to.equal('Other studies that may fit');
    const links = [...others.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.dataset.trial);
    expect(links.length).to.be.within(1, 3);
    expect(links).not.to.include('ms-walking');
    await expect(el).to.be.accessible();
  });
});
