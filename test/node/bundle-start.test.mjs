// How dist/trialkit.js starts on a script-tag page (issue 14), in a real Chromium: the config's
// download begins before the bundle has defined any element (it overlaps the evaluation of lit and
// the elements), the elements are then defined in tasks after the bundle's own, and the card's
// first screen is painted before its places are added. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePages } from './browser-harness.mjs';

const pages = usePages();

test('the bench page starts its config download before any element is defined, then paints the first screen before the places', async () => {
  const page = await pages.browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.evaluateOnNewDocument(() => {
    window.__log = [];
    const { fetch } = window;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('.json')) window.__log.push({ what: 'config requested', studyDefined: !!customElements.get('trial-study') });
      return fetch(input, init);
    };
    const { define } = customElements;
    customElements.define = function (name, ...rest) {
      window.__log.push({ what: `defined ${name}` });
      return define.call(this, name, ...rest);
    };
    // Each animation frame notes whether the card shows its title and its places.
    const frame = () => {
      const root = document.querySelector('trial-card')?.shadowRoot;
      window.__log.push({ what: 'frame', title: !!root?.querySelector('[part="title"]'), places: !!root?.querySelector('[part~="locations"]') });
      if (!root?.querySelector('[part~="locations"]')) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(`${pages.base}/bench/pages/widget.html`);
  await page.waitForFunction(() => document.querySelector('trial-card')?.shadowRoot?.querySelector('[part~="locations"]'), { timeout: 20_000 });
  const log = await page.evaluate(() => window.__log);
  await page.close();

  const index = (what) => log.findIndex((entry) => entry.what === what);
  const requested = log.filter((entry) => entry.what === 'config requested');
  assert.equal(requested.length, 1, 'one request for the config');
  assert.equal(requested[0].studyDefined, false, 'the download started before <trial-study> was defined');
  assert.ok(index('config requested') < index('defined trial-study'), JSON.stringify(log));
  assert.ok(index('defined trial-study') < index('defined trial-card'), 'the study is defined before the card');
  // A frame showed the title without the places: the first screen was painted on its own.
  const frames = log.filter((entry) => entry.what === 'frame');
  assert.ok(
    frames.some((entry) => entry.title && !entry.places),
    `a frame with the first screen alone: ${JSON.stringify(frames)}`,
  );
});
