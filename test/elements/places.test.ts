/**
 * The list of places (card and pre-screener result share it), heading levels (one rule for every
 * element) and email addresses that wrap only after "@" and dots.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { TrialEligibility } from '../../src/elements/trial-eligibility/trial-eligibility.js';
import type { TrialFaq } from '../../src/elements/trial-faq/trial-faq.js';
import type { TrialConfig, TrialLocation } from '../../src/core/schema.js';
import { headingLevels } from '../../src/internal/heading.js';
import { demoConfig, minimalConfig, mount, until } from '../helpers.js';

await import('../../src/elements/trial-eligibility/flow.js');

/** Replaces the browser's position for the duration of `run`. */
async function withPosition<T>(lat: number, lon: number, run: () => Promise<T>): Promise<T> {
  const real = navigator.geolocation;
  const fake = { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: lat, longitude: lon } } as GeolocationPosition) };
  Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
  try {
    return await run();
  } finally {
    Object.defineProperty(navigator, 'geolocation', { value: real, configurable: true });
  }
}

const place = (name: string, city: string, lat: number, lon: number, recruiting?: boolean): TrialLocation =>
  ({ name, city, region: 'Washington', country: 'United States', geo: { lat, lon }, ...(recruiting === undefined ? {} : { recruiting }) }) as TrialLocation;

/** Four places near Seattle: the nearest one is not taking volunteers. */
const seattleStudy = (overrides: Record<string, unknown> = {}): TrialConfig =>
  minimalConfig({
    locations: [
      place('Closed clinic', 'Seattle', 47.60621, -122.33207, false),
      place('Open hospital', 'Tacoma', 47.25288, -122.44429, true),
      place('Far centre', 'Spokane', 47.65966, -117.42908),
      place('Second closed clinic', 'Seattle', 47.60621, -122.33207, false),
    ],
    ...overrides,
  });

const names = (list: Element | null | undefined) => [...(list?.querySelectorAll('.place-name') ?? [])].map((n) => n.textContent!.trim());
const sortButton = (root: ShadowRoot) => [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Sort by distance'))!;

describe('places', () => {
  afterEach(() => fixtureCleanup());

  describe('<trial-card> after "Sort by distance from me"', () => {
    it('offers the places taking volunteers first, nearest first, and the others under their own heading', async () => {
      const el = await mount<TrialCard>('trial-card', seattleStudy());
      const root = el.shadowRoot!;
      await withPosition(47.62, -122.35, async () => {
        sortButton(root).click();
        await until(() => root.querySelector('.sort-status')!.textContent!.includes('Sorted by distance'), 'sorted');
      });
      const section = root.querySelector('[part~="locations"]')!;
      const [taking, others] = section.querySelectorAll('ul.places');
      expect(names(taking)).to.deep.equal(['Open hospital', 'Far centre']);
      expect(taking!.textContent).not.to.contain('Not taking volunteers');
      const subheading = section.querySelector('.places-not-taking > h4')!;
      expect(subheading.textContent!.trim()).to.equal('Places not taking volunteers');
      expect(names(others)).to.deep.equal(['Closed clinic', 'Second closed clinic']);
      const distances = [...section.querySelectorAll('.place-distance')].map((d) => d.textContent!.trim());
      // Tacoma ≈ 26 mi (nearest 5), Spokane ≈ 228 mi (nearest 10); Seattle's shared point is only the city's.
      expect(distances).to.deep.equal(['About 25 miles away', 'About 230 miles away', 'Near Seattle', 'Near Seattle']);
      await expect(el).to.be.accessible();
    });

    it('says kilometres, rounded, in a metric language', async () => {
      const el = await mount<TrialCard>('trial-card', seattleStudy(), { lang: 'de' });
      const root = el.shadowRoot!;
      const button = await until(() => root.querySelector<HTMLButtonElement>('.sort button'), 'the sort button');
      await withPosition(47.62, -122.35, async () => {
        button.click();
        await until(() => root.querySelectorAll('.place-distance').length === 4, 'distances');
      });
      const first = root.querySelector('.place-distance')!.textContent!.trim();
      expect(first).to.equal('Etwa 40 Kilometer entfernt');
      await expect(el).to.be.accessible();
    });

    it('follows the page language after sorting: miles in English, kilometres in German', async () => {
      const el = await mount<TrialCard>('trial-card', seattleStudy());
      const root = el.shadowRoot!;
      await withPosition(47.62, -122.35, async () => {
        sortButton(root).click();
        await until(() => root.querySelector('.place-distance'), 'distances');
      });
      expect(root.querySelector('.place-distance')!.textContent!.trim()).to.equal('About 25 miles away');
      el.setAttribute('lang', 'de');
      await until(() => root.querySelector('.place-distance')!.textContent!.includes('Kilometer'), 'German distances');
      expect(root.querySelector('.place-distance')!.textContent!.trim()).to.equal('Etwa 40 Kilometer entfernt');
    });

    it('never labels a place "Taking volunteers" in a study that is not taking volunteers', async () => {
      const config = seattleStudy({ status: 'completed' });
      const el = await mount<TrialCard>('trial-card', config);
      const section = el.shadowRoot!.querySelector('[part~="locations"]')!;
      expect(section.textContent).not.to.contain('Taking volunteers');
      // One plain list: the status at the top already says why.
      expect(section.querySelectorAll('ul.places')).to.have.length(1);
      expect(section.querySelector('.places-not-taking')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('<trial-eligibility> result', () => {
    it('lists only the places taking volunteers, with the same shared list and order as the card', async () => {
      const config = seattleStudy({
        eligibility: { questions: [{ id: 'adult', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'adult', equals: 'yes' } }] },
      });
      const el = await mount<TrialEligibility>('trial-eligibility', config, { layout: 'form' });
      const root = el.shadowRoot!;
      const yes = await until(() => root.querySelector<HTMLInputElement>('input[name="adult"][value="yes"]'), 'the question');
      yes.click();
      root.querySelector<HTMLButtonElement>('form button:not([type])')!.click();
      const section = await until(() => root.querySelector('section[part~="locations"]'), 'the places');
      // Before sorting: the config's order; next steps offer places to join only, never the closed clinic.
      expect(names(section.querySelector('ul.places'))).to.deep.equal(['Open hospital', 'Far centre']);
      expect(section.textContent).not.to.contain('Closed clinic');
      await withPosition(47.25, -122.44, async () => {
        sortButton(root).click();
        await until(() => section.querySelector('.place-distance'), 'distances');
      });
      expect(section.querySelector('.sort-status')!.textContent).to.contain('Sorted by distance');
      expect(section.querySelector('.place-distance')!.textContent!.trim()).to.equal('Less than 1 mile away');
      expect(section.querySelector('.places-not-taking')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('the card words ages with the one rule: months for decimals, nothing for "0 and over"', async () => {
    const months = await mount<TrialCard>('trial-card', minimalConfig({ who: { minAge: 0.5, maxAge: 17 } }));
    expect(months.shadowRoot!.querySelector('[part~="who"] li')!.textContent).to.equal('From 6 months to 17 years old');
    const everyone = await mount<TrialCard>('trial-card', minimalConfig({ who: { minAge: 0, sex: 'all' } }));
    expect(everyone.shadowRoot!.querySelector('[part~="who"]')!.textContent).not.to.match(/Ages|0 and/);
    await expect(months).to.be.accessible();
  });

  describe('heading levels: title 1–5, sections one below, the same rule everywhere', () => {
    it('clamps to 1–5 and falls back for anything else', () => {
      expect(headingLevels(3)).to.deep.equal({ title: 3, section: 4 });
      expect(headingLevels('1')).to.deep.equal({ title: 1, section: 2 });
      expect(headingLevels(7)).to.deep.equal({ title: 5, section: 6 });
      expect(headingLevels(0)).to.deep.equal({ title: 1, section: 2 });
      expect(headingLevels(undefined)).to.deep.equal({ title: 2, section: 3 });
      expect(headingLevels('abc', 3)).to.deep.equal({ title: 3, section: 4 });
      expect(headingLevels(Number.NaN)).to.deep.equal({ title: 2, section: 3 });
    });

    it('never renders an h7 (or a clamped h6 beside an h6) in the card, FAQ or pre-screener', async () => {
      const config = await demoConfig('cll-apg-2575');
      const card = await mount<TrialCard>('trial-card', config, { 'heading-level': '9' });
      expect(card.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h5');
      expect(card.shadowRoot!.querySelector('#heading-who')!.localName).to.equal('h6');
      const faq = await mount<TrialFaq>('trial-faq', config, { 'heading-level': '9' });
      expect(faq.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h5');
      expect(faq.shadowRoot!.querySelector('[part~="question"]')!.localName).to.equal('h6');
      const prescreener = await mount<TrialEligibility>('trial-eligibility', config, { 'heading-level': '1' });
      const step = await until(() => prescreener.shadowRoot!.querySelector('.step'), 'the first heading');
      expect(step.localName).to.equal('h1');
    });
  });

  describe('email addresses', () => {
    it('wrap only after "@" or a dot, in a narrow container', async () => {
      const email = 'clinical.research.recruitment@bannerhealth.com';
      const el = await mount<TrialCard>('trial-card', minimalConfig({ contact: { email } }), { variant: 'compact' }, 200);
      const address = el.shadowRoot!.querySelector('[part~="action-email"] .email')!;
      expect(address.textContent).to.equal(email);
      expect(address.querySelectorAll('wbr')).to.have.length(4);
      // Each piece between two <wbr> ends with "@" or "." and sits on one line; the pieces take several lines.
      const pieces = [...address.childNodes].filter((node): node is Text => node.nodeType === Node.TEXT_NODE && (node as Text).data !== '');
      const range = document.createRange();
      const tops = new Set<number>();
      for (const [i, piece] of pieces.entries()) {
        if (i < pieces.length - 1) expect(piece.data).to.match(/[@.]$/);
        range.selectNodeContents(piece);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(lines.size, `"${piece.data}" broken inside`).to.equal(1);
        tops.add([...lines][0]!);
      }
      expect(tops.size).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    });
  });
});
