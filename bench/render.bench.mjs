// Server rendering (trialkit render) against the same page built in the browser only, in the same
// run: first contentful paint, largest contentful paint, cumulative layout shift, and when every
// element has taken over (hydrated) or rendered (client-only), for each of the gallery's real
// trials, at phone size, without and with a 4x CPU slowdown. `npm run bench:render` (after a build).
// Each figure is the median of RUNS loads, the two pages alternating.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openBench } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 7);
const TRIALS = ['lung-cancer-chemo-io', 'cll-apg-2575', 'breast-cancer-neratinib', 'breast-cancer-pallas'].filter(
  (id) => !process.env.TRIAL || id === process.env.TRIAL,
);
const WHY = process.argv.includes('--why'); // print every layout shift of the server-rendered pages
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(`${root}demo/rendered/cll-apg-2575.html`)) {
  console.error('demo/rendered/ is missing: run `npm run build` first.');
  process.exit(2);
}

const { base, browser, close } = await openBench();

/** One cold load (no cache): paint timings, layout shifts, and when every trialkit element has rendered. */
async function load(url, cpu) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.evaluateOnNewDocument(() => {
    window.__bench = { cls: 0, lcp: 0 };
    window.__bench.shifts = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        window.__bench.cls += entry.value;
        // What moved, for --why: the element (or its shadow host), and its box before and after.
        const where = (node) =>
          node ? `${node.nodeName}${node.getRootNode?.().host ? ` in ${node.getRootNode().host.localName}` : ''}` : 'a node in a shadow root';
        window.__bench.shifts.push(
          `${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms: ${entry.sources.map((s) => `${where(s.node)} y ${s.previousRect.y}→${s.currentRect.y} h ${s.previousRect.height}→${s.currentRect.height}`).join('; ')}`,
        );
      }),
    ).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__bench.lcp = entry.startTime))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
    // When every element is defined, has rendered, and none waits any more (the elements' own signal).
    const check = () => {
      const elements = [...document.querySelectorAll('trial-study, trial-card, trial-eligibility, trial-faq, trial-share')];
      if (elements.length && elements.every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration'))) {
        Promise.all(elements.map((el) => el.updateComplete)).then(() => (window.__bench.ready ??= performance.now()));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.ready !== undefined, { timeout: 30_000 });
  // Let late paints and shifts arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ...window.__bench,
  }));
  await page.close();
  return result;
}

const rows = [];
for (const cpu of [1, 4]) {
  for (const id of TRIALS) {
    const runs = { server: [], client: [] };
    for (let i = 0; i < RUNS; i++) {
      // Alternate which page goes first, so neither always gets the warmer machine.
      const order = i % 2 ? ['client', 'server'] : ['server', 'client'];
      for (const kind of order) runs[kind].push(await load(`${base}/demo/rendered/${id}${kind === 'client' ? '.client' : ''}.html`, cpu));
      if (WHY) for (const shift of runs.server.at(-1).shifts) console.log(`${id} (${cpu}x CPU): ${shift}`);
    }
    const figure = (kind, key) => median(runs[kind].map((run) => run[key]));
    rows.push({
      cpu: `${cpu}x`,
      trial: id,
      'FCP server': figure('server', 'fcp'),
      'FCP client': figure('client', 'fcp'),
      'LCP server': figure('server', 'lcp'),
      'LCP client': figure('client', 'lcp'),
      'CLS server (max)': Math.max(...runs.server.map((run) => run.cls)),
      'CLS client (max)': Math.max(...runs.client.map((run) => run.cls)),
      'hydrated / rendered': `${figure('server', 'ready').toFixed(0)} / ${figure('client', 'ready').toFixed(0)}`,
    });
  }
}
await close();

const ms = (value) => (typeof value === 'number' ? (Number.isInteger(value) || value > 1 ? value.toFixed(0) : value.toFixed(4)) : value);
console.log(`trialkit render vs the same page rendered in the browser only: median of ${RUNS} cold loads, 390x844, ms (CLS: worst run)`);
const headers = Object.keys(rows[0]);
console.log(headers.join(' | '));
for (const row of rows) console.log(headers.map((key) => (key.startsWith('CLS') ? row[key].toFixed(4) : ms(row[key]))).join(' | '));
