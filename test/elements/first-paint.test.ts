import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import { defineElement } from '../../src/internal/define.js';
import type { TrialStudy } from '../../src/elements/trial-study/trial-study.js';
import { demoConfig, shadowText, until } from '../helpers.js';

/** Issue 14: a big trial's first paint is the card's first screen, in a task of its own; the rest follows, and printing gets everything. */

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/**
 * Calls `check` the first time `root` shows its title: a MutationObserver's callback runs in the
 * same task as the render that added it, before any later task (where the rest comes).
 */
function whenTitleAppears<T>(el: Element, check: () => T): Promise<T> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!part(el, 'title')) return;
      observer.disconnect();
      resolve(check());
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

/** A card of the 1,148-place demo trial, attached and validated (its validator chunk in), but not yet awaited. */
async function bigCard(): Promise<TrialCard> {
  const config = await demoConfig('lung-cancer-chemo-io');
  expect(config.locations!.length).to.equal(1148);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('trial-card') as TrialCard;
  el.config = config;
  wrapper.append(el);
  return el;
}

describe('first paint (issue 14)', () => {
  afterEach(() => fixtureCleanup());

  it('the 1,148-place card shows its first screen before its places, then all of the card', async () => {
    const el = await bigCard();
    const first = await whenTitleAppears(el, () => ({
      summary: !!part(el, 'summary'),
      who: !!part(el, 'who'),
      locations: !!part(el, 'locations'),
      places: el.shadowRoot!.querySelectorAll('[part="location"]').length,
      contact: !!part(el, 'contact'),
    }));
    // The first update: the top of the card, no place at all (the places are what is big).
    expect(first).to.deep.equal({ summary: true, who: true, locations: false, places: 0, contact: false });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="location"]').length).to.equal(3);
    expect(part(el, 'locations')!.querySelector('.show-all')!.textContent).to.match(/1,148/);
    for (const name of ['contact', 'sponsor', 'registry']) expect(part(el, name), name).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders the rest once the first screen is painted: an animation frame comes between them', async () => {
    const el = await bigCard();
    let framed = false;
    await whenTitleAppears(el, () => requestAnimationFrame(() => (framed = true)));
    const framedBeforeRest = await new Promise<boolean>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!part(el, 'locations')) return;
        observer.disconnect();
        resolve(framed);
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    expect(framedBeforeRest).to.equal(true);
    await el.updateComplete;
  });

  it('adds the places first, then the contact, sponsor and registry in a later task', async () => {
    const el = await bigCard();
    await whenTitleAppears(el, () => undefined);
    const atPlaces = await new Promise<{ contact: boolean; registry: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!part(el, 'locations')) return;
        observer.disconnect();
        resolve({ contact: !!part(el, 'contact'), registry: !!part(el, 'registry') });
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    expect(atPlaces).to.deep.equal({ contact: false, registry: false });
    await el.updateComplete;
    for (const name of ['locations', 'contact', 'sponsor', 'registry']) expect(part(el, name), name).to.exist;
  });

  it('adds the rest below the first screen: what was painted does not move', async () => {
    const el = await bigCard();
    const top = await whenTitleAppears(el, () => part(el, 'who')!.getBoundingClientRect().top);
    await el.updateComplete;
    expect(part(el, 'who')!.getBoundingClientRect().top).to.equal(top);
    expect(part(el, 'locations')!.getBoundingClientRect().top).to.be.greaterThan(top);
  });

  it('renders the whole card at once when the page is about to print', async () => {
    const el = await bigCard();
    const printed = await whenTitleAppears(el, () => {
      window.dispatchEvent(new Event('beforeprint'));
      return { places: el.shadowRoot!.querySelectorAll('[part="location"]').length, contact: !!part(el, 'contact'), registry: !!part(el, 'registry') };
    });
    expect(printed).to.deep.equal({ places: 3, contact: true, registry: true });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it("a study's elements render their trial in tasks of their own, all of them before printing", async () => {
    const config = await demoConfig('lung-cancer-chemo-io');
    const study = await fixture<TrialStudy>(html`<trial-study><trial-card></trial-card><trial-faq></trial-faq><trial-share></trial-share></trial-study>`);
    const [card, faq, share] = ['trial-card', 'trial-faq', 'trial-share'].map((tag) => study.querySelector(tag)!) as [TrialCard, HTMLElement, HTMLElement];
    await Promise.all([card, faq, share].map((el) => (el as TrialCard).updateComplete));
    study.config = config;
    const atFirstPaint = await whenTitleAppears(card, () => ({ faq: shadowText(faq), share: shadowText(share) }));
    // The card went first; the FAQ and the share buttons had not rendered the trial in that task.
    expect(atFirstPaint).to.deep.equal({ faq: '', share: '' });
    await Promise.all([card, faq, share].map((el) => (el as TrialCard).updateComplete));
    expect(shadowText(faq)).not.to.equal('');
    expect(shadowText(share)).not.to.equal('');
    await expect(study).to.be.accessible();
  });

  it('an element defined when its study has a config already (its chunk just arrived) renders in a later task than the definition', async () => {
    const study = await fixture<TrialStudy>(html`<trial-study></trial-study>`);
    study.config = await demoConfig('cll-apg-2575');
    await study.updateComplete;
    const late = document.createElement('late-card') as TrialCard;
    study.append(late);
    defineElement('late-card', class extends TrialCard {});
    // Every microtask of this task (lit's updates run in them) has run after this chain.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(!!part(late, 'title'), 'rendered in the task that defined it').to.equal(false);
    await late.updateComplete;
    expect(part(late, 'title')).to.exist;
  });

  it("printing does not wait for the elements' turns: all of a study's elements render at once", async () => {
    const study = await fixture<TrialStudy>(html`<trial-study><trial-card></trial-card><trial-faq></trial-faq><trial-share></trial-share></trial-study>`);
    const [card, faq, share] = ['trial-card', 'trial-faq', 'trial-share'].map((tag) => study.querySelector(tag)!) as [TrialCard, HTMLElement, HTMLElement];
    await Promise.all([card, faq, share].map((el) => (el as TrialCard).updateComplete));
    study.config = await demoConfig('cll-apg-2575');
    const printed = await whenTitleAppears(card, () => {
      window.dispatchEvent(new Event('beforeprint'));
      return { faq: shadowText(faq) !== '', share: shadowText(share) !== '', contact: !!part(card, 'contact') };
    });
    expect(printed).to.deep.equal({ faq: true, share: true, contact: true });
    await Promise.all([card, faq, share].map((el) => (el as TrialCard).updateComplete));
    await expect(study).to.be.accessible();
  });

  it("a study starts its config's download on connect, and renders in a later task than the one that attached it", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const requested: string[] = [];
    const { fetch } = window;
    window.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    try {
      const study = document.createElement('trial-study') as TrialStudy;
      study.setAttribute('src', '/demo/trials/cll-apg-2575.json');
      study.append(document.createElement('trial-card'));
      wrapper.append(study);
      expect(requested.some((url) => url.endsWith('/demo/trials/cll-apg-2575.json'))).to.equal(true);
      // Lit's first update would run in this task's microtasks; the study's waits for a task of its own.
      for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect(study.hasUpdated).to.equal(false);
      await study.updateComplete;
      expect(study.hasUpdated).to.equal(true);
      const card = study.querySelector('trial-card') as TrialCard;
      await until(() => part(card, 'title'), 'the card');
      await card.updateComplete;
      await expect(study).to.be.accessible();
    } finally {
      window.fetch = fetch;
    }
  });
});
