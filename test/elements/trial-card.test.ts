import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import { captureConsole, demoConfig, DEMO_TRIALS, minimalConfig, mount, shadowText, until } from '../helpers.js';

const card = (config: unknown, attrs: Record<string, string> = {}) => mount<TrialCard>('trial-card', config, attrs);

const part = (el: TrialCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const headings = (el: TrialCard) => [...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.textContent!.trim());

/** Moves focus with Tab until `target` (inside the card's shadow root) is focused. */
async function tabTo(el: TrialCard, target: Element, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (el.shadowRoot!.activeElement === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

describe('<trial-card>', () => {
  afterEach(() => fixtureCleanup());

  for (const name of DEMO_TRIALS) {
    it(`renders the ${name} demo trial accessibly`, async () => {
      const config = await demoConfig(name);
      const el = await card(config);
      expect(part(el, 'title')!.textContent!.trim()).to.equal(typeof config.title === 'string' ? config.title : config.title.en);
      expect(shadowText(el)).to.contain(typeof config.summary === 'string' ? config.summary : config.summary.en);
      await expect(el).to.be.accessible();
    });
  }

  it('says the status and phase in plain words', async () => {
    const el = await card(await demoConfig('breast-cancer-neratinib'));
    expect(part(el, 'status')!.textContent!.trim()).to.equal('Not taking new volunteers');
    const phases = [...part(el, 'phase')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(phases).to.deep.equal([
      'Phase 1: tests how safe the treatment is and finds the right dose, in a small group',
      'Phase 2: checks whether the treatment works and how safe it is in a larger group',
    ]);
    expect(shadowText(el)).not.to.match(/ACTIVE_NOT_RECRUITING|active_not_recruiting|phase1/);
  });

  it('says who can join', async () => {
    const el = await card(await demoConfig('breast-cancer-neratinib'));
    const who = [...part(el, 'who')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(who).to.deep.equal(['Ages 18 and older', 'Women only', 'This study is for people with the condition, not for healthy volunteers']);
  });

  it('writes ages under a year in months, and age ranges', async () => {
    const el = await card(minimalConfig({ who: { minAge: 0.5, maxAge: 17, healthyVolunteers: true } }));
    expect(part(el, 'who')!.textContent).to.contain('From 6 months to 17 years old').and.to.contain('Healthy volunteers can join');
    el.config = minimalConfig({ who: { minAge: 18, maxAge: 65 } });
    await el.updateComplete;
    expect(part(el, 'who')!.textContent).to.contain('Ages 18 to 65');
  });

  it('shows payment as one row like the others, never bigger or bolder', async () => {
    const el = await card(await demoConfig('cll-apg-2575'));
    const pay = part(el, 'compensation')!.querySelector('dd')!;
    const other = part(el, 'participation')!.querySelector('dd')!;
    expect(pay.textContent).to.contain('The study pays');
    const payStyle = getComputedStyle(pay);
    const otherStyle = getComputedStyle(other);
    expect(payStyle.fontSize).to.equal(otherStyle.fontSize);
    expect(payStyle.fontWeight).to.equal(otherStyle.fontWeight);
    expect(parseFloat(payStyle.fontSize)).to.be.at.most(parseFloat(getComputedStyle(part(el, 'summary')!).fontSize));
  });

  it('offers call, email and website actions with safe links', async () => {
    const el = await card(minimalConfig({ contact: { phone: '1-800-422-6237', email: 'study@example.org', url: 'https://example.org/study' } }));
    const links = [...part(el, 'contact-actions')!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:18004226237', 'mailto:study@example.org', 'https://example.org/study']);
    expect(links[2]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[2]!.textContent).to.contain('opens in a new tab');
  });

  it('links the registry record', async () => {
    const el = await card(await demoConfig('cll-apg-2575'));
    const link = part(el, 'registry')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://clinicaltrials.gov/study/NCT05147467');
    expect(link.textContent).to.contain('NCT05147467');
  });

  it('leaves out empty optional sections, with no empty headings', async () => {
    const el = await card(minimalConfig());
    expect(headings(el)).to.deep.equal(['A small study', 'Contact the study team']);
    for (const name of ['phase', 'conditions', 'who', 'participation', 'locations', 'sponsor', 'registry']) {
      expect(part(el, name), name).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('hides the sections a site owner lists in hide, and warns about unknown names', async () => {
    const { result: el, warnings } = await captureConsole(async () => card(await demoConfig('cll-apg-2575'), { hide: 'sponsor registry locations bogus' }));
    for (const name of ['sponsor', 'registry', 'locations']) expect(part(el, name), name).to.equal(null);
    expect(part(el, 'who')).not.to.equal(null);
    expect(warnings.some((w) => w.includes('hide="bogus"'))).to.equal(true);
  });

  it('has a compact variant, and falls back to full for an unknown variant with a warning', async () => {
    const el = await card(await demoConfig('lung-cancer-chemo-io'), { variant: 'compact' });
    expect(part(el, 'locations')).to.equal(null);
    expect(part(el, 'who')).not.to.equal(null);
    expect(part(el, 'contact')).not.to.equal(null);
    await expect(el).to.be.accessible();
    const { result: full, warnings } = await captureConsole(async () => card(await demoConfig('cll-apg-2575'), { variant: 'huge' }));
    expect(part(full, 'locations')).not.to.equal(null);
    expect(warnings.filter((w) => w.includes('variant="huge"'))).to.have.length(1);
  });

  it('sets the heading level', async () => {
    const el = await card(await demoConfig('cll-apg-2575'), { 'heading-level': '3' });
    expect(part(el, 'title')!.localName).to.equal('h3');
    expect(el.shadowRoot!.querySelector('#heading-who')!.localName).to.equal('h4');
  });

  it('renders in Spanish from the same config', async () => {
    const el = await card(await demoConfig('lung-cancer-chemo-io'), { lang: 'es' });
    const text = shadowText(el);
    expect(text).to.contain('Busca voluntarios ahora');
    expect(text).to.contain('Fase 3: compara el tratamiento');
    expect(text).to.contain('Quién puede participar');
    expect(text).to.contain('Mostrar los 1148 lugares');
    await expect(el).to.be.accessible();
  });

  it('renders every config string as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const el = await card(minimalConfig({ title: payload, summary: payload, conditions: [payload] }));
    expect(part(el, 'title')!.textContent).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('never renders an unsafe href, even if the config is changed after validation', async () => {
    const config = minimalConfig({ sponsor: { name: 'Acme', url: 'https://acme.example' } });
    const el = await card(config);
    (config.sponsor as { url: string }).url = 'javascript:alert(1)';
    el.requestUpdate();
    await el.updateComplete;
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.startsWith('javascript'))).to.equal(false);
  });

  describe('1,148 locations', () => {
    it('shows a few, then every site grouped by country and region, by keyboard', async () => {
      const config = await demoConfig('lung-cancer-chemo-io');
      const el = await card(config);
      const sites = () => part(el, 'locations')!.querySelectorAll('[part="location"]');
      expect(sites()).to.have.length(3);
      const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')!;
      expect(showAll.textContent!.trim()).to.equal('Show all 1,148 locations');
      expect(showAll.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();

      await tabTo(el, showAll);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(showAll.getAttribute('aria-expanded')).to.equal('true');
      const countries = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('#all-sites > details')];
      expect(countries.map((d) => d.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'United States (1,147 places)',
        'Guam (1 place)',
      ]);
      // Nothing inside a country is rendered until it is opened.
      expect(sites()).to.have.length(3);

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(countries[0]!.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      await until(() => countries[0]!.querySelectorAll('details.region').length > 40, 'regions');
      const firstRegion = countries[0]!.querySelector<HTMLDetailsElement>('details.region')!;
      expect(firstRegion.querySelector('summary')!.textContent).to.contain('Alaska');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => firstRegion.querySelectorAll('[part="location"]').length > 0, 'sites in region');
      await expect(el).to.be.accessible();
    });

    it('sorts by distance only after the person asks, using the browser', async () => {
      const config = await demoConfig('lung-cancer-chemo-io');
      const el = await card(config);
      const geolocation = navigator.geolocation;
      let asked = 0;
      const fake = {
        getCurrentPosition(success: PositionCallback) {
          asked++;
          success({ coords: { latitude: 41.8781, longitude: -87.6298 } } as GeolocationPosition);
        },
      };
      Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
      try {
        await el.updateComplete;
        expect(asked).to.equal(0);
        const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Sort by distance'))!;
        await tabTo(el, button);
        await sendKeys({ press: 'Enter' });
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        await until(() => status.textContent!.includes('Sorted by distance'), 'sorted');
        expect(asked).to.equal(1);
        const first = part(el, 'locations')!.querySelector('[part="location"]')!;
        expect(first.textContent).to.contain('Chicago');
        // Chicago's sites share the city's point: no made-up figure for them.
        expect(first.querySelector('.place-distance')!.textContent!.trim()).to.equal('Near Chicago');
        await expect(el).to.be.accessible();
      } finally {
        Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
      }
    });

    it('says so kindly when the location is refused', async () => {
      const el = await card(await demoConfig('cll-apg-2575'));
      const geolocation = navigator.geolocation;
      const fake = { getCurrentPosition: (_: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError) };
      Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
      try {
        const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Sort by distance'))!;
        button.click();
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        await until(() => status.textContent!.includes('could not find where you are'), 'the refusal said');
      } finally {
        Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
      }
    });
  });

  it('works on its own with src, and shows the fallback for a broken config', async () => {
    const { errors } = await captureConsole(async () => {
      const el = await fixture<TrialCard>(html`<trial-card src="/demo/trials/broken-example.json"></trial-card>`);
      await until(() => el.shadowRoot!.querySelector('[part="fallback"]'), 'fallback');
      expect(shadowText(el)).to.contain('A study whose config has mistakes');
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:+15550100199', 'mailto:study@example.org']);
      await expect(el).to.be.accessible();
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('status').and.to.contain('sponsor.url');
  });

  it('shows a loading message while its own src loads', async () => {
    const el = await fixture<TrialCard>(html`<trial-card src="/__test__/config/slow?ms=800"></trial-card>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await captureConsole(() => until(() => el.shadowRoot!.querySelector('[part="fallback"]'), 'fallback after slow load', 3000));
  });

  it('lays out right to left with logical properties', async () => {
    // The widget's direction follows its language (an English card stays left to right on any page).
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 400px"></div>`);
    const el = document.createElement('trial-card') as TrialCard;
    el.config = await demoConfig('cll-apg-2575');
    wrapper.append(el);
    await el.updateComplete;
    const cardBox = part(el, 'card')!.getBoundingClientRect();
    const title = part(el, 'title')!.getBoundingClientRect();
    // Text starts at the right edge in RTL: the title's right edge is near the card's right edge.
    expect(cardBox.right - title.right).to.be.below(40);
    expect(getComputedStyle(part(el, 'status')!).direction).to.equal('rtl');
    // The title is the config's English text alone, so its heading takes the text's direction.
    expect(getComputedStyle(part(el, 'title')!).direction).to.equal('ltr');
  });
});
