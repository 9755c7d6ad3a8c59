import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialConfig } from '../../src/core/schema.js';
import { captureConsole, demoConfig } from '../helpers.js';

/** Every trialkit element that is registered (the list grows as elements land). */
const ELEMENT_TAGS = ['trial-card', 'trial-eligibility', 'trial-faq', 'trial-share'].filter((tag) => customElements.get(tag));

type Sentinel = Window & { __xss?: string };

/** Payloads that would run code, or smuggle an unsafe URL, if any string reached markup or an href (shared with the Node tests). */
const PAYLOADS: string[] = ((await (await fetch('/test/fixtures/xss-payloads.json')).json()) as { corpus: string[] }).corpus;

const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

/** Calls `visit` with a setter for every string inside a JSON value. */
function eachString(value: unknown, visit: (set: (next: string) => void, current: string) => void) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => (typeof item === 'string' ? visit((next) => (value[index] = next), item) : eachString(item, visit)));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string') visit((next) => ((value as Record<string, unknown>)[key] = next), item);
      else eachString(item, visit);
    }
  }
}

/** Walks every shadow root under `root`, checking no payload became markup or an unsafe link. */
function assertNothingUnsafe(root: Element) {
  const stack: (Element | ShadowRoot)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) stack.push(element.shadowRoot);
      for (const attribute of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const value = element.getAttribute(attribute);
        if (value !== null) expect(value, `${element.localName}[${attribute}]`).not.to.match(UNSAFE_URL);
      }
      for (const { name } of element.attributes) expect(name.startsWith('on'), `${element.localName} has ${name}`).to.equal(false);
      expect(element.localName, 'a payload became an element').not.to.be.oneOf(['script', 'iframe', 'object', 'embed']);
      if (element.localName === 'img') expect(element.getAttribute('src'), 'img src').not.to.equal('x');
    }
  }
}

describe('XSS corpus through every config string and every attribute', () => {
  afterEach(() => fixtureCleanup());
  beforeEach(() => delete (window as Sentinel).__xss);

  for (const name of ['lung-cancer-chemo-io', 'cll-apg-2575']) {
    it(`${name}: each payload in every string of the config, in every element`, async () => {
      expect(ELEMENT_TAGS.length).to.be.greaterThan(0);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      await captureConsole(async () => {
        for (const payload of PAYLOADS) {
          const config = await demoConfig(name);
          let count = 0;
          eachString(config, (set) => {
            set(payload);
            count++;
          });
          expect(count).to.be.greaterThan(20);
          for (const tag of ELEMENT_TAGS) {
            const element = document.createElement(tag) as HTMLElement & { config?: unknown; updateComplete: Promise<unknown> };
            element.config = config as TrialConfig;
            wrapper.replaceChildren(element);
            await element.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 0));
            assertNothingUnsafe(wrapper);
          }
        }
      });
      expect((window as Sentinel).__xss).to.equal(undefined);
    });

    it(`${name}: each payload in the texts only (the config stays valid), rendered as text`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const payload of PAYLOADS) {
        const config = await demoConfig(name);
        config.title = payload;
        config.summary = payload;
        config.contact = { ...config.contact, name: payload };
        for (const tag of ELEMENT_TAGS) {
          const element = document.createElement(tag) as HTMLElement & { config?: unknown; updateComplete: Promise<unknown> };
          element.config = config;
          wrapper.replaceChildren(element);
          await element.updateComplete;
          assertNothingUnsafe(wrapper);
        }
        const card = document.createElement('trial-card') as HTMLElement & { config?: unknown; updateComplete: Promise<unknown> };
        card.config = config;
        wrapper.replaceChildren(card);
        await card.updateComplete;
        expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(payload);
      }
      expect((window as Sentinel).__xss).to.equal(undefined);
    });
  }

  it('every attribute of every element, set to each payload', async () => {
    const config = await demoConfig('cll-apg-2575');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    await captureConsole(async () => {
      for (const tag of ELEMENT_TAGS) {
        const probe = document.createElement(tag) as HTMLElement;
        const attributes = new Set([...((probe.constructor as unknown as { observedAttributes?: string[] }).observedAttributes ?? []), 'lang', 'dir']);
        attributes.delete('src'); // a payload src is a fetch of a same-origin path: covered by the loader tests
        for (const payload of PAYLOADS) {
          const element = document.createElement(tag) as HTMLElement & { config?: unknown; updateComplete: Promise<unknown> };
          for (const attribute of attributes) element.setAttribute(attribute, payload);
          element.config = config;
          wrapper.replaceChildren(element);
          await element.updateComplete;
          assertNothingUnsafe(wrapper);
        }
      }
    });
    expect((window as Sentinel).__xss).to.equal(undefined);
  });
});
