// The static pages `npm run build` renders with trialkit/render (demo/rendered/), in a real
// Chromium at phone size: with JavaScript off they read in full (and axe finds nothing); with it
// on, trialkit.js takes them over in place: no layout shift (a `layout-shift` PerformanceObserver),
// nothing twice, no hydration error, zero strict-CSP violations, and the elements work (events,
// the pre-screener). Also every language, and the XSS corpus rendered on the server.
// Run after `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { usePages } from './browser-harness.mjs';
import { renderTrialPage } from '../../dist/npm/render/index.js';
import { UI_LANGUAGES } from '../../dist/npm/i18n/languages.js';
import { en } from '../../dist/npm/i18n/en/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const readDemo = (name) => JSON.parse(readFileSync(`${root}demo/trials/${name}.json`, 'utf8'));
const TRIALS = ['lung-cancer-chemo-io', 'cll-apg-2575', 'breast-cancer-neratinib', 'breast-cancer-pallas'];
const ELEMENTS = ['trial-study', 'trial-card', 'trial-eligibility', 'trial-faq', 'trial-share'];

const pages = usePages();

/**
 * A phone-sized page. Every layout shift is recorded from the first paint on (the observer is
 * installed before any page script); page errors and console errors are collected.
 */
async function openPage({ javaScript = true, block = [], html } = {}) {
  const page = await pages.browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.setJavaScriptEnabled(javaScript);
  const errors = [];
  // A hydration mismatch throws in the page: fail at once, saying so, rather than time out.
  page.failed = new Promise((_, reject) => page.once('pageerror', (error) => reject(new Error(`page error: ${error.message}`))));
  page.failed.catch(() => {});
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon|Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
  });
  if (block.length || html) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (html && url === html.url) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html.body });
      if (block.some((part) => url.includes(part))) return void request.abort();
      return void request.continue();
    });
  }
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, at: entry.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, errors };
}

/** Waits until every element has taken over its markup and finished rendering (a real signal: defer-hydration gone, updateComplete). */
async function hydrated(page) {
  await Promise.race([page.failed, waitForHydration(page)]);
}

async function waitForHydration(page) {
  await page.waitForFunction(
    (tags) => {
      const elements = [...document.querySelectorAll(tags.join(','))];
      return (
        elements.length > 0 && elements.every((element) => customElements.get(element.localName) && element.hasUpdated && !element.hasAttribute('defer-hydration'))
      );
    },
    { timeout: 15_000 },
    ELEMENTS,
  );
  await page.evaluate(async (tags) => {
    for (const element of document.querySelectorAll(tags.join(','))) await element.updateComplete;
    // Two frames: anything the last render moved has been laid out and reported.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, ELEMENTS);
}

/** What the reader sees: visible text of the composed tree, per element (slots let their children decide). */
function readPage(page) {
  return page.evaluate((tags) => {
    const visible = (node) => {
      const element = node.nodeType === 1 ? node : node.parentElement;
      return !element || element.localName === 'slot' || element.checkVisibility({ visibilityProperty: true });
    };
    const text = (node) => {
      if (node.nodeType === 3) return visible(node) ? node.data : '';
      if (node.nodeType !== 1 && node.nodeType !== 11) return '';
      if (node.nodeType === 1 && ['style', 'script', 'template'].includes(node.localName)) return '';
      if (node.nodeType === 1 && node.localName !== 'slot' && !visible(node)) return '';
      const children = node.localName === 'slot' ? node.assignedNodes() : [...(node.shadowRoot ?? node).childNodes];
      return children.map(text).join(node.nodeType === 1 && /^(p|li|h\d|dd|dt|div|section|button|a|legend|label)$/.test(node.localName) ? ' ' : '');
    };
    const parts = (shadow) => {
      const counts = {};
      for (const element of shadow?.querySelectorAll('[part]') ?? [])
        for (const part of element.getAttribute('part').split(/\s+/)) counts[part] = (counts[part] ?? 0) + 1;
      return counts;
    };
    const elements = Object.fromEntries(
      [...document.querySelectorAll(tags.join(','))].map((element) => [
        element.localName,
        { text: text(element.shadowRoot ?? element).replace(/\s+/g, ' '), parts: parts(element.shadowRoot), shadow: !!element.shadowRoot },
      ]),
    );
    return { all: text(document.body).replace(/\s+/g, ' '), elements };
  }, ELEMENTS);
}

const count = (haystack, needle) => haystack.split(needle).length - 1;

describe('static pages with JavaScript off', () => {
  for (const id of TRIALS) {
    test(`${id}: title, summary, who can join, contact and places are all there`, async () => {
      const { page, errors } = await openPage({ javaScript: false });
      await page.goto(`${pages.base}/demo/rendered/${id}.html`, { waitUntil: 'load' });
      const { all, elements } = await readPage(page);
      const config = readDemo(id);
      const plain = (value) => (typeof value === 'string' ? value : value.en);
      assert.equal(await page.evaluate(() => customElements.get('trial-card')), undefined, 'no script ran');
      for (const tag of ELEMENTS.slice(0, 4)) assert.ok(elements[tag]?.shadow, `${tag} has its shadow root from the markup`);
      assert.equal(count(all, plain(config.title)), 1, 'the title, once');
      assert.ok(all.includes(plain(config.summary).split(' ').slice(0, 8).join(' ')), 'the summary');
      assert.ok(all.includes(en.card['heading.who']), 'who can join');
      assert.ok(all.includes(en.common['contact.heading']), 'the contact heading');
      if (config.contact.phone) assert.ok(all.includes(config.contact.phone), 'the phone number');
      if (config.locations?.length) {
        assert.ok(all.includes(en.card['heading.locations']), 'where the study takes place');
        assert.ok(elements['trial-card'].parts.location > 0, 'places are listed');
      }
      assert.ok(elements['trial-faq'].parts.question > 0 || elements['trial-faq'].text.length > 100, 'the FAQ');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('axe finds no violations on any page as the server wrote it (the page with trialkit.js held back)', async () => {
    for (const id of TRIALS) {
      const { page } = await openPage({ block: ['/dist/trialkit.js', '/demo/csp-probe.js'] });
      await page.setBypassCSP(true); // only so that axe itself can be injected
      await page.goto(`${pages.base}/demo/rendered/${id}.html`, { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => customElements.get('trial-card')), undefined);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, [], id);
      await page.close();
    }
  });
});

describe('static pages with JavaScript: trialkit.js takes over in place', () => {
  for (const id of TRIALS) {
    test(`${id}: zero layout shift, nothing twice, no hydration error, zero CSP violations`, async () => {
      const off = await openPage({ javaScript: false });
      await off.page.goto(`${pages.base}/demo/rendered/${id}.html`, { waitUntil: 'load' });
      const server = await readPage(off.page);
      await off.page.close();

      const { page, errors } = await openPage();
      await page.goto(`${pages.base}/demo/rendered/${id}.html`, { waitUntil: 'load' });
      await hydrated(page);
      const shifts = await page.evaluate(() => window.__shifts);
      assert.deepEqual(shifts, [], 'no layout shift (CLS 0)');
      const client = await readPage(page);
      const config = readDemo(id);
      assert.equal(count(client.all, typeof config.title === 'string' ? config.title : config.title.en), 1, 'the title, once');
      // Every piece the server wrote is there once, as many times as the server wrote it: no second copy.
      for (const [tag, { parts }] of Object.entries(server.elements)) {
        for (const [part, n] of Object.entries(parts)) {
          if (part === 'term-definition') continue; // empty live regions
          assert.equal(client.elements[tag].parts[part], n, `${tag} [part=${part}]`);
        }
      }
      if (config.status === 'recruiting')
        assert.equal(count(client.elements['trial-eligibility'].text, en.eligibility['start.heading']), 1, 'the pre-screener start screen, once');
      else
        assert.equal(
          count(client.elements['trial-eligibility'].text, en.eligibility['closed.heading']),
          1,
          'the pre-screener says the study is not taking volunteers, once',
        );
      assert.deepEqual(errors, [], 'no page error (a hydration mismatch throws one)');
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no strict-CSP violation');
      await page.close();
    });
  }

  test('the hydration support is a chunk loaded only by server-rendered pages; the elements work: events, the pre-screener, the FAQ', async () => {
    const { page, errors } = await openPage();
    const loaded = [];
    page.on('request', (request) => loaded.push(request.url()));
    await page.goto(`${pages.base}/demo/rendered/cll-apg-2575.html`, { waitUntil: 'load' });
    await hydrated(page);
    assert.ok(
      loaded.some((url) => /\/dist\/chunks\/hydrate-[\w-]+\.js$/.test(url)),
      'the hydrate chunk',
    );
    assert.ok(!loaded.some((url) => url.endsWith('.json')), 'no second fetch: the config is inline');
    const events = await page.evaluate(async () => {
      const heard = [];
      for (const name of ['trial-eligibility-start', 'trial-eligibility-step', 'trial-faq-open', 'trial-share'])
        document.addEventListener(name, (event) => heard.push([name, event.detail.trialId]));
      const eligibility = document.querySelector('trial-eligibility');
      eligibility.shadowRoot.querySelector('button.button[part="button"]').click();
      await new Promise((resolve) => document.addEventListener('trial-eligibility-step', resolve, { once: true }));
      await eligibility.updateComplete;
      const heading = eligibility.shadowRoot.querySelector('.step')?.textContent ?? '';
      const faq = document.querySelector('trial-faq');
      faq.shadowRoot.querySelector('button[aria-expanded="false"]').click();
      await faq.updateComplete;
      const shared = new Promise((resolve) => document.addEventListener('trial-share', resolve, { once: true }));
      document
        .querySelector('trial-share')
        .shadowRoot.querySelector('[part~="network-whatsapp"]')
        .addEventListener('click', (event) => event.preventDefault());
      document.querySelector('trial-share').shadowRoot.querySelector('[part~="network-whatsapp"]').click();
      await shared;
      return { heard, heading, focused: eligibility.shadowRoot.activeElement?.className ?? '' };
    });
    assert.deepEqual(
      events.heard.map(([name]) => name),
      ['trial-eligibility-start', 'trial-eligibility-step', 'trial-faq-open', 'trial-share'],
    );
    assert.ok(events.heard.every(([, trialId]) => trialId === 'apg-2575-cll'));
    assert.match(events.heading, /1/, 'the first question, numbered');
    assert.deepEqual(errors, []);
    await page.close();

    // A page built in the browser only does not load it.
    const clientOnly = await openPage();
    const requested = [];
    clientOnly.page.on('request', (request) => requested.push(request.url()));
    await clientOnly.page.goto(`${pages.base}/demo/rendered/cll-apg-2575.client.html`, { waitUntil: 'load' });
    await hydrated(clientOnly.page);
    assert.ok(!requested.some((url) => url.includes('/chunks/hydrate-')), 'no hydrate chunk');
    assert.deepEqual(clientOnly.errors, []);
    await clientOnly.page.close();
  });

  test('what only the browser knows comes in the render after hydration: the FAQ question the address names opens, a native share sheet gets its button', async () => {
    const { page, errors } = await openPage();
    // As on a phone: this Chromium has no share sheet, so give it one.
    await page.evaluateOnNewDocument(() => {
      Navigator.prototype.canShare = () => true;
      Navigator.prototype.share = async () => {};
    });
    await page.goto(`${pages.base}/demo/rendered/cll-apg-2575.html#faq-why-btk`, { waitUntil: 'load' });
    await hydrated(page);
    const state = await page.evaluate(() => ({
      expanded: document.querySelector('trial-faq').shadowRoot.querySelector('#q-why-btk')?.getAttribute('aria-expanded'),
      native: document.querySelector('trial-share').shadowRoot.querySelectorAll('[part~="network-native"]').length,
    }));
    assert.deepEqual(state, { expanded: 'true', native: 1 });
    // The server wrote neither (it cannot know), and hydrating over its markup threw nothing.
    const html = readFileSync(`${root}demo/rendered/cll-apg-2575.html`, 'utf8');
    assert.doesNotMatch(html, /network-native/);
    assert.match(html, /id="q-why-btk" aria-expanded="false"/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('every language: the lung cancer page hydrates with zero shift and no error; Arabic right to left', async () => {
    for (const lang of UI_LANGUAGES) {
      const { page, errors } = await openPage();
      await page.goto(`${pages.base}/demo/rendered/lung-cancer-chemo-io.${lang}.html`, { waitUntil: 'load' });
      await hydrated(page);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${lang}: CLS 0`);
      assert.deepEqual(errors, [], lang);
      const dirs = await page.evaluate(() =>
        [...document.querySelectorAll('trial-card, trial-faq')].map((element) => element.shadowRoot.querySelector('[part="base"]').dir),
      );
      assert.deepEqual(dirs, lang === 'ar' ? ['rtl', 'rtl'] : ['ltr', 'ltr'], lang);
      const text = (await readPage(page)).all;
      assert.doesNotMatch(text, /\b(common|card|eligibility|faq|share)\.[a-z][\w]*\.[\w.]+/, `${lang}: no catalog keys`);
      await page.close();
    }
  });

  test('the XSS corpus rendered on the server stays text, with JavaScript off and after hydration', async () => {
    const payloads = [
      '<script>window.__xss="script"</script>',
      '<img src=x onerror="window.__xss=\'img\'">',
      '"><svg onload="window.__xss=\'svg\'"><!--',
      '</script><script>window.__xss="close"</script>',
      '{{constructor.constructor("window.__xss=\'template\'")()}}',
    ];
    const config = readDemo('cll-apg-2575');
    let next = 0;
    const hostile = () => payloads[next++ % payloads.length];
    // Every text a reader sees (a string, a list of them, or one per language) gets a payload.
    const TEXTS =
      /^(title|summary|officialTitle|conditions|name|funding|board|duration|visits|placebo|compensation|costs|risks|data|results|question|answer|term|definition|text|help|reason|label|city|region|consent)$/;
    const allHostile = (value) =>
      typeof value === 'string'
        ? hostile()
        : Array.isArray(value)
          ? value.map(allHostile)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, allHostile(v)]))
            : value;
    const visit = (value) => {
      if (Array.isArray(value)) return value.map(visit);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, TEXTS.test(key) ? allHostile(item) : visit(item)]));
      return value;
    };
    const body = await renderTrialPage({ ...visit(config), id: config.id }, { assets: '../../dist/', show: ['card', 'eligibility', 'faq', 'share'] });
    const url = `${pages.base}/demo/rendered/__xss.html`;
    for (const javaScript of [false, true]) {
      const { page, errors } = await openPage({ javaScript, html: { url, body } });
      await page.goto(url, { waitUntil: 'load' });
      if (javaScript) await hydrated(page);
      const found = await page.evaluate(() => {
        const bad = [];
        const stack = [document];
        while (stack.length) {
          const node = stack.pop();
          for (const element of node.querySelectorAll('*')) {
            if (element.shadowRoot) stack.push(element.shadowRoot);
            if (['img', 'iframe', 'object', 'embed'].includes(element.localName)) bad.push(element.localName);
            // (The head's JSON-LD is data: JSON.parse below reads the payloads back from it as text.)
            if (element.localName === 'script' && !['application/json', 'application/ld+json', 'module'].includes(element.type)) bad.push('script');
            for (const { name } of element.attributes) if (name.startsWith('on')) bad.push(`${element.localName}[${name}]`);
          }
        }
        return { bad, xss: window.__xss ?? null };
      });
      assert.deepEqual(found, { bad: [], xss: null }, `JavaScript ${javaScript ? 'on' : 'off'}`);
      const jsonLd = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent).name),
      );
      assert.equal(jsonLd.length, 1, 'one MedicalTrial');
      assert.ok(payloads.includes(jsonLd[0]), 'its name is the payload, as text');
      const text = (await readPage(page)).all;
      assert.ok(text.includes('<img src=x onerror='), 'the payload shows as text');
      assert.deepEqual(errors, [], `JavaScript ${javaScript ? 'on' : 'off'}`);
      await page.close();
    }
  });
});
