// Issue 13's finder figures, with their goals: first list painted for catalogs of 40, 500 and
// 5,000 trials (ratios to 40, same run), typing into the words filter → updated count painted
// (median over every keystroke), the gzip size of the finder chunk and of one postal-code table,
// and that neither loads on a page that does not use them. Run `npm run bench:finder` (it builds),
// or `npm run bench` (bench/run.mjs runs this too). Catalogs: bench/pages/finder-catalog.js.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { openBench } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
/** Words typed one key at a time, each cleared before the next: 29 keystrokes. */
const WORDS = ['breast', 'lung', 'cancer', 'chemo', 'leukemia'];
const SIZES = [40, 500, 5000];
const RUNS = 7; // first-list runs per size; the median is reported
/** `--profile`: also print where the 5,000-trial first list and typing spend their main-thread time. */
const PROFILE = process.argv.includes('--profile');

const finderChunk = existsSync(`${root}dist/chunks`) ? readdirSync(`${root}dist/chunks`).find((name) => /^trial-finder-.*\.js$/.test(name)) : undefined;
const postalTable = `${root}dist/postal/US-9.json`;
if (!finderChunk || !existsSync(postalTable)) {
  console.error('dist/chunks/trial-finder-*.js or dist/postal/US-9.json is missing: run `npm run build` first (npm run bench:finder does).');
  process.exit(2);
}

const { base, browser, close } = await openBench();

/** A fresh phone-sized page with the finder bench page loaded and the finder chunk already fetched. */
async function finderPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${base}/bench/pages/finder.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.__makeCatalog === 'function');
  // Warm up: define the element and load the catalog checker chunk with a small catalog, so the
  // figures below are the list's own work, not the network.
  await page.evaluate(async () => {
    const finder = document.createElement('trial-finder');
    finder.catalog = await window.__makeCatalog(4);
    document.body.append(finder);
    await customElements.whenDefined('trial-finder');
    while (!finder.shadowRoot?.querySelector('[part="list"]')) await new Promise((resolve) => setTimeout(resolve, 10));
    finder.remove();
  });
  return page;
}

/** Catalog set on a new <trial-finder> → its first list painted (the frame after the list is in its shadow root). */
async function firstList(page, count) {
  return page.evaluate(
    async (count, runs) => {
      const catalog = await window.__makeCatalog(count);
      // The frame, then the task after it: the list has been painted by then.
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const times = [];
      let items = 0;
      for (let run = 0; run < runs; run++) {
        const finder = document.createElement('trial-finder');
        document.body.append(finder);
        await finder.updateComplete;
        const start = performance.now();
        finder.catalog = { ...catalog };
        // The list appears after the catalog checker's promise: wait on each frame for it.
        await new Promise((resolve) => {
          const check = () => (finder.shadowRoot.querySelector('[part="list"]') ? resolve() : requestAnimationFrame(check));
          check();
        });
        await painted();
        times.push(performance.now() - start);
        items = finder.shadowRoot.querySelectorAll('[part="result"]').length;
        finder.remove();
      }
      times.sort((a, b) => a - b);
      return { ms: times[Math.floor(times.length / 2)], items };
    },
    count,
    RUNS,
  );
}

/** Real key presses into the words filter; each: the input event → the count updated and painted. */
async function typing(page, count) {
  await page.evaluate(async (count) => {
    document.querySelector('trial-finder')?.remove();
    const finder = document.createElement('trial-finder');
    finder.catalog = await window.__makeCatalog(count);
    document.body.append(finder);
    while (!finder.shadowRoot?.querySelector('[part="list"]')) await new Promise((resolve) => setTimeout(resolve, 10));
    // The search keys are made while the page is idle: let that happen first, as on a real page.
    await new Promise((resolve) => requestIdleCallback(resolve));
    await new Promise((resolve) => requestIdleCallback(resolve));
    const details = finder.shadowRoot.querySelector('details.filters');
    details.open = true;
    await finder.updateComplete;
    const input = finder.shadowRoot.querySelector('#words');
    window.__typed = [];
    window.__counts = [];
    input.addEventListener('input', (event) => {
      // event.timeStamp: when the browser made the event from the key press.
      const start = event.timeStamp;
      void finder.updateComplete.then(() =>
        requestAnimationFrame(() =>
          // The task after the frame: the count has been painted by then.
          setTimeout(() => {
            window.__typed.push(performance.now() - start);
            window.__counts.push(finder.shadowRoot.querySelector('[part="count"]').textContent.trim());
          }, 0),
        ),
      );
    });
    input.focus();
  }, count);
  // The garbage of earlier measurements (7 catalogs of 5,000) is collected first, not in a keystroke.
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  const times = [];
  const counts = new Set();
  for (const word of WORDS) {
    for (const key of word) {
      const before = await page.evaluate(() => window.__typed.length);
      await page.keyboard.press(key);
      await page.waitForFunction((n) => window.__typed.length > n, {}, before);
      const { ms, text } = await page.evaluate(() => ({ ms: window.__typed.at(-1), text: window.__counts.at(-1) }));
      times.push(ms);
      counts.add(text);
    }
    // Clear the word (not measured) and let the list settle before the next one.
    await page.evaluate(() => {
      const finder = document.querySelector('trial-finder');
      const input = finder.shadowRoot.querySelector('#words');
      input.select();
    });
    const before = await page.evaluate(() => window.__typed.length);
    await page.keyboard.press('Backspace');
    await page.waitForFunction((n) => window.__typed.length > n, {}, before);
  }
  return { ms: median(times), max: Math.max(...times), keystrokes: times.length, counts: counts.size };
}

/** Runs `work` under the CPU profiler and prints the self time by function (dist is minified: look the names up in dist/*.js). */
async function profiled(page, label, work) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') return;
    const script = callFrame.url.replace(base, '') || `(${callFrame.functionName || 'native'})`;
    const key = `${callFrame.functionName || '(anonymous)'} ${script}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\nself time by function, ${label} (ms, all runs):`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
}

/** Which of the finder's on-demand files a page requests, by the time it is idle. */
async function requested(path, act) {
  const page = await browser.newPage();
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
  if (act) await act(page);
  await page.close();
  return { chunk: urls.some((url) => url.includes('/chunks/trial-finder-')), postal: urls.some((url) => url.includes('/postal/')) };
}

const rows = [];
const row = (metric, value, unit, goal, met, note = '') => rows.push({ metric, value, unit, goal, met, note });

// --- First list ---------------------------------------------------------------------------------
const page = await finderPage();
const lists = {};
for (const count of SIZES) lists[count] = await firstList(page, count);
const list40 = lists[40].ms;
row('first list painted, 40 trials (median)', list40, 'ms', 'baseline', undefined, `${lists[40].items} results rendered`);
for (const count of SIZES.slice(1)) {
  const { ms, items } = lists[count];
  const goal = count === 500 ? '≤ ×3 of 40' : 'usable: renders a page, not all';
  const met = count === 500 ? ms <= 3 * list40 : items <= 50;
  row(`first list painted, ${count.toLocaleString('en')} trials (median)`, ms, 'ms', goal, met, `×${(ms / list40).toFixed(2)} of 40; ${items} results rendered`);
}

// --- Typing -------------------------------------------------------------------------------------
for (const count of [500, 5000]) {
  const typed = await typing(page, count);
  row(
    `typing a word, ${count.toLocaleString('en')} trials: key → count painted (median)`,
    typed.ms,
    'ms',
    '≤ 16 ms',
    typed.ms <= 16,
    `${typed.keystrokes} keys, slowest ${typed.max.toFixed(1)} ms; the count took ${typed.counts} values`,
  );
}
if (PROFILE) {
  await profiled(page, '5,000 trials, first list', () => firstList(page, 5000));
  await profiled(page, '500 trials, typing', () => typing(page, 500));
}
await page.close();

// --- Sizes and loading on demand ----------------------------------------------------------------
const chunkBytes = readFileSync(`${root}dist/chunks/${finderChunk}`);
row(`dist/chunks/${finderChunk} (gzip -9)`, gzip(chunkBytes), 'B', 'report', undefined, `${(chunkBytes.length / 1024).toFixed(1)} KB raw`);
const postalBytes = readFileSync(postalTable);
row('dist/postal/US-9.json (gzip -9)', gzip(postalBytes), 'B', 'report', undefined, `${(postalBytes.length / 1024).toFixed(1)} KB raw; one of the US tables`);
const cardPage = await requested('/bench/pages/widget.html');
row('card page: finder chunk or postal table loaded', Number(cardPage.chunk || cardPage.postal), '', 'none (0)', !cardPage.chunk && !cardPage.postal);
const finderOnly = await requested('/demo/finder.html');
row(
  'finder page before a postal code: postal table loaded',
  Number(finderOnly.postal),
  '',
  'none (0)',
  !finderOnly.postal,
  `finder chunk loaded: ${finderOnly.chunk ? 'yes' : 'no'}`,
);

await close();

// --- One table ----------------------------------------------------------------------------------
const format = (value, unit) => (unit === 'B' ? `${(value / 1024).toFixed(1)} KB` : unit === 'ms' ? `${value.toFixed(1)} ms` : String(value));
const header = ['finder (issue 13)', 'figure', 'goal', '', 'note'];
const table = rows.map((r) => [r.metric, format(r.value, r.unit), r.goal, r.met === undefined ? '' : r.met ? 'met' : 'not yet', r.note]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => String(cells[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log('');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const cells of table) console.log(line(cells));
