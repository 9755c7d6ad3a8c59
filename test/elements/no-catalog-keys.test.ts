/**
 * A missing string must never show as its key. Each element is put on the page alone, in every
 * language, through the script-tag entry (which carries only the `common` and `card` English and
 * loads each other element's strings with that element: the case where a card alone once titled
 * its glossary terms "faq.explain"). The card and the study come first, before any other element's
 * chunk has loaded; keep them first.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/bundle.js';
import { loadGlossary } from '../../src/core/glossary.js';
import { en } from '../../src/i18n/en/index.js';
import { UI_LANGUAGES } from '../../src/i18n/languages.js';
import { captureConsole, demoConfig, until } from '../helpers.js';

const KEYS = new Set(Object.entries(en).flatMap(([area, strings]) => Object.keys(strings).map((key) => `${area}.${key}`)));
const KEY_LIKE = /\b[a-z]+(\.[a-zA-Z-]+)+\b/g;
const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'label'];

/** Every text and named attribute in a shadow tree (and any shadow tree inside it). */
function strings(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) found.push(node.data);
    else if (node instanceof Element) {
      for (const name of ATTRIBUTES) if (node.hasAttribute(name)) found.push(node.getAttribute(name)!);
      if (node.shadowRoot) found.push(...strings(node.shadowRoot));
    }
  }
  return found;
}

function keysShown(element: Element): string[] {
  return strings(element.shadowRoot!).flatMap((text) => [...text.matchAll(KEY_LIKE)].map((match) => match[0]).filter((word) => KEYS.has(word)));
}

async function alone(tag: string, lang: string, config: unknown): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(tag) as HTMLElement & { config: unknown; updateComplete: Promise<boolean> };
  element.setAttribute('lang', lang);
  element.config = config;
  wrapper.append(element);
  await customElements.whenDefined(tag);
  await until(() => element.shadowRoot?.querySelector('[part="base"] > *'), `${tag} rendered`);
  await element.updateComplete;
  return element;
}

/** The built-in glossary of that language has arrived and the element has rendered with it. */
async function withGlossary(element: HTMLElement & { updateComplete: Promise<boolean> }, lang: string) {
  await loadGlossary(lang);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

function expectNoKeys(element: HTMLElement, what: string) {
  expect(keysShown(element), what).to.deep.equal([]);
  for (const term of element.shadowRoot!.querySelectorAll<HTMLElement>('.term')) {
    expect(term.title, `${what}: a term's title`).to.have.length.above(2);
  }
}

const click = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)?.click();

describe('no string ever shows as its catalog key', () => {
  let config: unknown;
  before(async () => {
    config = await demoConfig('lung-cancer-chemo-io');
  });
  afterEach(() => fixtureCleanup());

  const steps: [tag: string, act: (el: HTMLElement & { updateComplete: Promise<boolean> }, lang: string) => Promise<void>][] = [
    [
      'trial-card',
      async (el, lang) => {
        await withGlossary(el, lang);
        if (lang === 'en') expect(el.shadowRoot!.querySelectorAll('.term').length, 'terms in the card').to.be.above(0);
      },
    ],
    ['trial-study', async () => {}],
    [
      'trial-faq',
      async (el, lang) => {
        click(el, '.trigger');
        click(el, '[part="toggle-all"]');
        await withGlossary(el, lang);
      },
    ],
    [
      'trial-eligibility',
      async (el) => {
        click(el, '[part="button"]');
        await until(() => el.shadowRoot!.querySelector('fieldset, input'), 'the first question');
        await el.updateComplete;
      },
    ],
    [
      'trial-share',
      async (el) => {
        await until(() => el.shadowRoot!.querySelector('[part="more"]'), 'share buttons');
        click(el, '[part="more"]');
        click(el, '[part~="network-qr"]');
        await until(() => el.shadowRoot!.querySelector('svg.qr'), 'the QR code');
        await el.updateComplete;
      },
    ],
  ];

  for (const [tag, act] of steps) {
    for (const lang of UI_LANGUAGES) {
      it(`<${tag} lang="${lang}"> alone`, async () => {
        const { errors } = await captureConsole(async () => {
          const el = await alone(tag, lang, config);
          expectNoKeys(el, `<${tag} lang="${lang}">`);
          await act(el, lang);
          expectNoKeys(el, `<${tag} lang="${lang}"> after use`);
        });
        expect(errors.filter((error) => error.includes('no text for'))).to.deep.equal([]);
      });
    }
  }

  for (const lang of UI_LANGUAGES) {
    it(`<trial-finder lang="${lang}"> alone: the list, the filters and an opened study`, async () => {
      const { errors } = await captureConsole(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const finder = document.createElement('trial-finder') as HTMLElement & { catalog: unknown; updateComplete: Promise<boolean> };
        finder.setAttribute('lang', lang);
        finder.catalog = {
          catalogVersion: 1,
          questions: [{ id: 'adult', type: 'yesno', text: 'Are you 18 or older?' }],
          trials: [{ config, eligibleIf: { q: 'adult', equals: 'yes' } }],
        };
        wrapper.append(finder);
        await customElements.whenDefined('trial-finder');
        const link = await until(() => finder.shadowRoot?.querySelector<HTMLAnchorElement>('[part="result-link"]'), 'the list');
        await finder.updateComplete;
        expectNoKeys(finder, `<trial-finder lang="${lang}">`);
        link.click();
        await until(() => finder.shadowRoot!.querySelector('[part="opened"] trial-card'), 'the opened study');
        await finder.updateComplete;
        expectNoKeys(finder, `<trial-finder lang="${lang}"> with a study open`);
        history.replaceState(null, '', location.pathname + location.search);
      });
      expect(errors.filter((error) => error.includes('no text for'))).to.deep.equal([]);
    });
  }

  it('a broken config’s fallback, alone, in every language', async () => {
    for (const lang of UI_LANGUAGES) {
      const { result: el } = await captureConsole(() => alone('trial-card', lang, { schemaVersion: 1, id: 'x', title: 'T', contact: { phone: '+1 555 010 0199' } }));
      expect(el.shadowRoot!.querySelector('[part="fallback"]'), lang).not.to.equal(null);
      expectNoKeys(el, `fallback, ${lang}`);
      fixtureCleanup();
    }
  });
});
