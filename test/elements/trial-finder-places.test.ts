import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialCatalog } from '../../src/core/catalog-types.js';
import { defaultPostalBase } from '../../src/elements/trial-finder/postal.js';
import type { TrialFinder } from '../../src/elements/trial-finder/trial-finder.js';
import type { FinderSearchDetail } from '../../src/internal/events.js';
import { minimalConfig, nextEvent, shadowText, until } from '../helpers.js';

const place = (name: string, city: string, lat: number, lon: number, recruiting = true) => ({ name, city, country: 'US', recruiting, geo: { lat, lon } });

/** Three studies: one in Seattle, one in New York, one from home with a place in Boston. */
const catalog = (): TrialCatalog =>
  ({
    catalogVersion: 1,
    trials: [
      { config: minimalConfig({ id: 'new-york', title: 'A study in New York', locations: [place('Mount Sinai', 'New York', 40.7903, -73.9524)] }) },
      {
        config: minimalConfig({
          id: 'seattle',
          title: 'A study in Seattle',
          locations: [place('Closed clinic', 'Seattle', 47.62, -122.35, false), place('Harborview Medical Center', 'Seattle', 47.6043, -122.3238)],
        }),
      },
      {
        config: minimalConfig({
          id: 'home',
          title: 'A study from home',
          participation: { remote: true },
          locations: [place('Boston office', 'Boston', 42.3601, -71.0589)],
        }),
      },
    ],
  }) as TrialCatalog;

async function finder(attrs: Record<string, string> = {}): Promise<TrialFinder> {
  const element = document.createElement('trial-finder');
  element.setAttribute('postal-src', '/test/fixtures/finder/');
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.catalog = catalog();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await until(() => element.shadowRoot?.querySelector('.count'), 'the list');
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(el: TrialFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const ids = (el: TrialFinder) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.result-title a')].map((a) => a.dataset.trial);

async function enterPostal(el: TrialFinder, code: string) {
  const searched = nextEvent<FinderSearchDetail>(el, 'trial-finder-search');
  const input = $<HTMLInputElement>(el, '#postal')!;
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  const event = await searched;
  await el.updateComplete;
  return event.detail;
}

async function chooseRadius(el: TrialFinder, label: string) {
  const select = $<HTMLSelectElement>(el, '#radius')!;
  const option = [...select.options].find((o) => o.textContent!.trim() === label)!;
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function withPosition<T>(position: { lat: number; lon: number } | 'denied', run: () => Promise<T>): Promise<T> {
  const real = navigator.geolocation;
  const fake = {
    getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
      position === 'denied'
        ? fail({ code: 1, message: 'denied' } as GeolocationPositionError)
        : ok({ coords: { latitude: position.lat, longitude: position.lon } } as GeolocationPosition),
  };
  Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
  try {
    return await run();
  } finally {
    Object.defineProperty(navigator, 'geolocation', { value: real, configurable: true });
  }
}

afterEach(() => fixtureCleanup());

describe('<trial-finder>: where the person is', () => {
  it('a ZIP code found: nearest place taking volunteers first, with an honest distance; the code is never requested', async () => {
    const el = await finder();
    await fetch('/__test__/server-log?clear=1');
    const detail = await enterPostal(el, '98101');
    expect(detail.filters).to.include('near');
    expect(ids(el)).to.deep.equal(['seattle', 'new-york', 'home']); // Boston is further from Seattle than New York
    const seattle = $(el, '.result')!;
    // The closed clinic is nearer but is not taking volunteers: never offered as the place to join.
    expect(seattle.querySelector('.place')!.textContent).to.contain('Harborview Medical Center, Seattle');
    expect(seattle.querySelector('.place')!.textContent).to.match(/Less than 1 mile away|About \d+ miles? away/);
    expect($(el, '#place-status')!.textContent).to.equal('Distances are from the middle of the area with that code.');
    const log = (await (await fetch('/__test__/server-log')).json()) as { path: string; query: string }[];
    expect(log.map((r) => r.path)).to.include('/test/fixtures/finder/postal/US-9.json');
    expect(JSON.stringify(log)).not.to.contain('98101');
    await expect(el).to.be.accessible();
  });

  it('how far: a radius leaves out places further away, keeps studies done from home, and an empty list offers any distance', async () => {
    const el = await finder({ radius: '50mi' });
    expect($<HTMLSelectElement>(el, '#radius')!.selectedOptions[0]!.textContent!.trim()).to.equal('Within 50 miles');
    await enterPostal(el, '98101');
    expect(ids(el)).to.deep.equal(['seattle', 'home']);
    await enterPostal(el, '10001');
    expect(ids(el)).to.deep.equal(['new-york', 'home']);
    await chooseRadius(el, 'Within 10 miles');
    expect(ids(el)).to.deep.equal(['new-york', 'home']);
    // Seattle words, a New York code, 10 miles: nothing; "Search any distance" widens it.
    const words = $<HTMLInputElement>(el, '#words')!;
    words.value = 'Seattle';
    words.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    const widen = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Search any distance')!;
    widen.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['seattle']);
    expect($<HTMLSelectElement>(el, '#radius')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#radius'));
  });

  it('a code not found says so and keeps the other filters', async () => {
    const el = await finder();
    const box = $<HTMLInputElement>(el, 'input[name="fromHome"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    const detail = await enterPostal(el, '99999');
    expect($(el, '#place-status')!.textContent).to.equal('We could not find that code. Check it, or leave it out. Your other choices still apply.');
    expect($(el, '#postal')!.getAttribute('aria-invalid')).to.equal('true');
    expect(detail.filters).to.deep.equal(['takingNow', 'fromHome']);
    expect(ids(el)).to.deep.equal(['home']);
    expect($<HTMLInputElement>(el, '#postal')!.value).to.equal('99999');
    await expect(el).to.be.accessible();
  });

  it('another country without a table: the code is not found, nothing is fetched', async () => {
    const el = await finder({ country: 'FR' });
    await fetch('/__test__/server-log?clear=1');
    await enterPostal(el, '75013');
    expect($(el, '#place-status')!.textContent).to.contain('We could not find that code.');
    const log = (await (await fetch('/__test__/server-log')).json()) as { path: string }[];
    expect(log.filter((r) => r.path.includes('postal'))).to.deep.equal([]);
  });

  it('"Use my location" granted sorts by distance from the device; denied says so and the list stays', async () => {
    const el = await finder();
    const locate = $<HTMLButtonElement>(el, '.locate')!;
    await withPosition({ lat: 40.75, lon: -73.99 }, async () => {
      const searched = nextEvent<FinderSearchDetail>(el, 'trial-finder-search');
      locate.click();
      await searched;
    });
    await el.updateComplete;
    expect(ids(el)[0]).to.equal('new-york');
    expect($(el, '#place-status')!.textContent).to.equal('Distances are from where you are now.');
    const el2 = await finder();
    await withPosition('denied', async () => {
      $<HTMLButtonElement>(el2, '.locate')!.click();
      await until(() => $(el2, '#place-status')!.textContent!.includes('could not find where you are'), 'the denied message');
    });
    expect(ids(el2).length).to.equal(3);
    await expect(el2).to.be.accessible();
  });

  it('Arabic: right to left, Arabic plural of the count, distances in kilometres', async () => {
    const el = await finder({ lang: 'ar' });
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    await enterPostal(el, '10001');
    // 3 is "few" in Arabic (CLDR).
    expect($(el, '.count')!.textContent!.trim()).to.equal(`${new Intl.NumberFormat('ar').format(3)} دراسات مطابقة`);
    expect(shadowText(el)).to.contain('كيلومتر');
    await expect(el).to.be.accessible();
  });

  it('finds the tables beside trialkit.js in every build layout', () => {
    expect(defaultPostalBase('https://cdn.example/trialkit/chunks/trial-finder-abc.js')).to.equal('https://cdn.example/trialkit/');
    expect(defaultPostalBase('https://x.example/node_modules/trialkit/dist/npm/elements/trial-finder/postal.js')).to.equal(
      'https://x.example/node_modules/trialkit/dist/',
    );
  });
});
