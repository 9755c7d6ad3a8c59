// trialkit benchmarks: every figure is printed next to a baseline measured in the same run, with
// the ratio, so machines of different speed give comparable answers. Run `npm run bench`
// (it finds or fetches a browser, then builds). Drives the browser scripts/find-browser.mjs finds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { openBench } from './browser.mjs';
import { locateBrowser } from '../scripts/find-browser.mjs';
import { allElementsFiles, firstCardFiles, gzipOf } from '../scripts/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = new Set(process.argv.slice(2)); // e.g. `npm run bench -- size render`
const want = (name) => only.size === 0 || only.has(name);
const rows = [];
const row = (group, metric, value, baseline, unit, note = '') =>
  rows.push({ group, metric, value, baseline, unit, ratio: baseline ? value / baseline : undefined, note });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
/** Issue 14's goals: each is a figure of this run beside its baseline from this run, with its target. */
const goals = [];
const goal = (name, value, baseline, unit, target, met) => goals.push({ name, value, baseline, unit, target, met: met(value, baseline) });

if (!existsSync(`${root}dist/trialkit.js`)) {
  console.error('dist/trialkit.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(2);
}

// --- Bundle sizes --------------------------------------------------------------------------------
/** gzip size of what a page downloads first for `entry` (its on-demand chunks are split off, as in the real bundle). */
async function bundleSize(entry, stdin) {
  const result = await esbuild.build({
    ...(stdin ? { stdin: { contents: stdin, resolveDir: root, loader: 'ts' } } : { entryPoints: { entry } }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    splitting: !stdin,
    outdir: `${root}.tmp/bench-size`,
    metafile: true,
    target: 'es2022',
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
  });
  if (stdin) return gzip(Buffer.from(result.outputFiles[0].contents));
  // The entry plus every chunk it imports statically (what loads before the element can run).
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file]));
  const outputs = result.metafile.outputs;
  const key = (path) => Object.keys(outputs).find((candidate) => path.endsWith(candidate));
  const seen = new Set();
  const visit = (name) => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(Object.keys(outputs).find((name) => name.endsWith('/entry.js')));
  const code = [...seen].map((name) => [...byPath.entries()].find(([path]) => key(path) === name)?.[1].contents ?? new Uint8Array());
  return gzip(Buffer.concat(code.map((bytes) => Buffer.from(bytes))));
}

if (want('size')) {
  const lit = await bundleSize(null, "export { LitElement, html, css, nothing } from 'lit'; export * from '@lit/context';");
  row('bundle (gzip -9)', 'lit + @lit/context alone', lit, lit, 'B', 'baseline');
  row('bundle (gzip -9)', 'dist/trialkit.js (study + card; the rest on demand)', gzip(readFileSync(`${root}dist/trialkit.js`)), lit, 'B');
  const firstCard = gzipOf(firstCardFiles());
  const allElements = gzipOf(allElementsFiles());
  row('bundle (gzip -9)', 'before the first card: trialkit.js and its static imports', firstCard, lit, 'B', 'each file gzipped on its own');
  row('bundle (gzip -9)', 'all four elements: + their chunks', allElements, lit, 'B', 'each file gzipped on its own');
  goal('JS before the first card (a valid config loads nothing else), gzip', firstCard, lit, 'B', '≤ 30 KB', (v) => v <= 30 * 1024);
  goal('eager JS, page with all four elements, gzip', allElements, lit, 'B', '≤ 36 KB', (v) => v <= 36 * 1024);
  for (const chunk of existsSync(`${root}dist/chunks`) ? readdirSync(`${root}dist/chunks`).sort() : []) {
    row('bundle (gzip -9)', `dist/chunks/${chunk}`, gzip(readFileSync(`${root}dist/chunks/${chunk}`)), lit, 'B', 'on demand');
  }
  for (const element of readdirSync(`${root}src/elements`).sort()) {
    row(
      'bundle (gzip -9)',
      `${element} alone, from npm (+ lit and core)`,
      await bundleSize(`${root}src/elements/${element}/register.ts`),
      lit,
      'B',
      'its chunks (validator, views) split off',
    );
  }
}

// --- Browser measurements ------------------------------------------------------------------------
const browserPath = locateBrowser();
const { base, browser, close } = await openBench(['--js-flags=--expose-gc']);

/**
 * Script start → the card's title painted on one load of `path`: each animation frame looks for the
 * title, and the frame that finds it paints it; a task queued from that frame runs once the paint is
 * done (whatever the page queues later in that frame runs after it). `nextFrame` is the older,
 * coarser reading: the start of the frame after, which also counts any task that runs in between.
 */
async function loadToFirstCard(path, tag) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${base}${path}`);
  const times = await page.evaluate(
    (tag) =>
      new Promise((resolve) => {
        const check = () => {
          const title = document.querySelector(tag)?.shadowRoot?.querySelector('[part="title"]');
          if (!title) return requestAnimationFrame(check);
          const times = {};
          setTimeout(() => {
            times.painted = performance.now() - window.__t0;
            if (times.nextFrame) resolve(times);
          }, 0);
          requestAnimationFrame(() => {
            times.nextFrame = performance.now() - window.__t0;
            if (times.painted) resolve(times);
          });
        };
        check();
      }),
    tag,
  );
  await page.close();
  return times;
}

/**
 * Medians over `runs` loads of each page, the pages alternating (so a busy moment of the machine
 * slows both alike); the first load of each warms the HTTP cache and is not counted.
 */
async function timeToFirstCard(pages, runs = 11) {
  const seen = pages.map(() => ({ painted: [], nextFrame: [] }));
  for (let i = 0; i <= runs; i++) {
    for (const [index, [path, tag]] of pages.entries()) {
      const times = await loadToFirstCard(path, tag);
      if (i === 0) continue;
      seen[index].painted.push(times.painted);
      seen[index].nextFrame.push(times.nextFrame);
    }
  }
  return seen.map(({ painted, nextFrame }) => ({ painted: median(painted), nextFrame: median(nextFrame) }));
}

if (want('render')) {
  const [baseline, card] = await timeToFirstCard([
    ['/bench/pages/baseline.html', 'baseline-card'],
    ['/bench/pages/widget.html', 'trial-card'],
  ]);
  const firstCard = card.painted;
  row('render', 'script start → first card painted (median)', firstCard, baseline.painted, 'ms', 'baseline: bare custom element, same config');
  row('render', '… → the frame after that paint (median)', card.nextFrame, baseline.nextFrame, 'ms', 'the older reading: also counts the task after the paint');
  goal('script start → first card painted, vs a bare element', firstCard, baseline.painted, 'ms', '≤ ×1.5', (v, b) => v <= 1.5 * b);

  const page = await browser.newPage();
  await page.goto(`${base}/bench/pages/widget.html`);
  const results = await page.evaluate(async () => {
    await customElements.whenDefined('trial-card');
    const full = await (await fetch('../../demo/trials/lung-cancer-chemo-io.json')).json();
    const single = { ...full, locations: full.locations.slice(0, 1) };
    const medianOf = (times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    // Validation: set a new config object on a study and wait for trial-ready.
    const validate = async (config) => {
      const times = [];
      for (let i = 0; i < 15; i++) {
        const study = document.createElement('trial-study');
        document.body.append(study);
        const ready = new Promise((resolve) => study.addEventListener('trial-ready', resolve, { once: true }));
        const start = performance.now();
        study.config = { ...config };
        await ready;
        times.push(performance.now() - start);
        study.remove();
      }
      return medianOf(times);
    };
    // Rendering: a card added to a study whose config is already validated, through first layout
    // (updateComplete includes the animation frame the places wait for after the first screen).
    const render = async (config) => {
      const study = document.createElement('trial-study');
      study.config = { ...config };
      document.body.append(study);
      const times = [];
      for (let i = 0; i < 25; i++) {
        const card = document.createElement('trial-card');
        const start = performance.now();
        study.append(card);
        await card.updateComplete;
        card.getBoundingClientRect();
        times.push(performance.now() - start);
        card.remove();
      }
      study.remove();
      return medianOf(times);
    };
    await render(single); // warm up
    await validate(single);
    return { renderOne: await render(single), renderMany: await render(full), validateOne: await validate(single), validateMany: await validate(full) };
  });
  row(
    'render',
    'card render, 1,148 sites (median of 25)',
    results.renderMany,
    results.renderOne,
    'ms',
    'baseline: same trial, 1 site; aim: flat (both wait a frame: the places follow the first paint)',
  );
  row('render', 'config validation, 1,148 sites (median of 15)', results.validateMany, results.validateOne, 'ms', 'baseline: same trial, 1 site; linear in sites');
  await page.close();
}

if (want('longtasks')) {
  const longest = {};
  /**
   * Every long task of one load at CPU ×4, until the page is idle. `devtools: false` switches off
   * the DevTools network instrumentation puppeteer turns on for every page: it records a JavaScript
   * stack for each request, and for a request made while trialkit.js is evaluated (the config's, the
   * element chunks') V8 then re-parses the whole bundle for source positions (10–20 ms at CPU ×4).
   * A visitor's browser does none of that.
   */
  const longTasksOf = async (path, devtools) => {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (!devtools) await page._client().send('Network.disable');
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const tasks = await page.evaluate(() => window.__longTasks);
    await page.close();
    return tasks;
  };
  const LOADS = 7;
  for (const [label, path] of [
    ['baseline page', '/bench/pages/baseline.html'],
    ['trialkit page', '/bench/pages/widget.html'],
    ['all five elements', '/bench/pages/all-elements.html'],
  ]) {
    // Loads with and without the instrumentation alternate (a busy moment slows both alike); the first warms the cache.
    const seen = { true: [], false: [] };
    for (let i = 0; i <= LOADS; i++) {
      for (const devtools of [true, false]) {
        const tasks = await longTasksOf(path, devtools);
        if (i > 0) seen[devtools].push(tasks.length ? Math.max(...tasks) : 0);
      }
    }
    const describeLoads = (values) => `${values.filter((ms) => ms > 0).length} of ${LOADS} loads with one; longest each load: ${values.map(Math.round).join(', ')}`;
    longest[label] = median(seen.true);
    row(
      'main thread (CPU ×4)',
      `${label}: longest task (median of ${LOADS} loads)`,
      longest[label],
      undefined,
      'ms',
      `aim: none over 50 ms; ${describeLoads(seen.true)}`,
    );
    row('main thread (CPU ×4)', `${label}: the same without DevTools' network instrumentation`, median(seen.false), undefined, 'ms', describeLoads(seen.false));
  }
  // The rendering alone, the validator left out (its chunk is being replaced): a study whose config
  // is already validated gets its elements, with the CPU slowed ×4; every long task until they are
  // all rendered and painted. The validator chunk is warmed first, on the same page.
  for (const [label, tags] of [
    ['card added to a validated 1,148-place study', ['trial-card']],
    ['card, eligibility, FAQ and share added to it', ['trial-card', 'trial-eligibility', 'trial-faq', 'trial-share']],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${base}/bench/pages/widget.html`, { waitUntil: 'load' });
    await page.evaluate(async (tags) => {
      for (const tag of tags) if (tag !== 'trial-card') document.body.append(document.createElement(tag)); // load their chunks
      await customElements.whenDefined('trial-card');
      const config = await (await fetch('../../demo/trials/lung-cancer-chemo-io.json')).json();
      const study = document.createElement('trial-study');
      const ready = new Promise((resolve) => study.addEventListener('trial-ready', resolve, { once: true }));
      study.config = config;
      document.body.replaceChildren(study);
      await ready;
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      window.__benchStudy = study;
    }, tags);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const tasks = await page.evaluate(async (tags) => {
      const seen = [];
      const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      const elements = tags.map((tag) => document.createElement(tag));
      window.__benchStudy.append(...elements);
      await Promise.all(elements.map((element) => element.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
      observer.takeRecords().forEach((entry) => seen.push(entry.duration));
      observer.disconnect();
      return seen;
    }, tags);
    row(
      'main thread (CPU ×4)',
      `${label}: longest task`,
      tasks.length ? Math.max(...tasks) : 0,
      undefined,
      'ms',
      `no validator in it; all: ${tasks.map(Math.round).join(', ') || 'none'}`,
    );
    await page.close();
  }
  for (const label of ['trialkit page', 'all five elements']) {
    goal(`longest task at CPU ×4, ${label} (1,148 places)`, longest[label], longest['baseline page'], 'ms', '≤ 50 ms', (v) => v <= 50);
  }
}

if (want('memory')) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/pages/widget.html`);
  const cdp = await page.createCDPSession();
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycles = (count, standalone) =>
    page.evaluate(
      async (count, standalone) => {
        await customElements.whenDefined('trial-card');
        const config = (window.__benchConfig ??= await (await fetch('../../demo/trials/cll-apg-2575.json')).json());
        for (let i = 0; i < count; i++) {
          const element = document.createElement(standalone ? 'trial-card' : 'trial-study');
          element.config = config;
          if (!standalone) element.append(document.createElement('trial-card'));
          document.body.append(element);
          await (standalone ? element : element.querySelector('trial-card')).updateComplete;
          element.remove();
        }
      },
      count,
      standalone,
    );
  for (const [label, standalone] of [
    ['<trial-study> + <trial-card>', false],
    ['<trial-card> alone', true],
  ]) {
    // Warm up with as many cycles as are measured: compiled code, inline caches and lit's template
    // cache grow during the first few hundred and then stay flat (measured: +0.5% per further 1,000).
    await cycles(1000, standalone);
    const start = await heap();
    await cycles(1000, standalone);
    const end = await heap();
    row('memory', `JS heap after 1,000 cycles: ${label}`, end / 1024, start / 1024, 'KB', 'baseline: heap before; aim ≤ ×1.05');
  }
  await page.close();
}

if (want('lighthouse')) {
  // Lighthouse is fetched on demand (npx, pinned to the 12.x line that runs on Node 20) rather
  // than kept in devDependencies: its own dependencies ask for "latest" versions, which would make
  // the lockfile go stale and `npm ci` fail on a fresh machine.
  // execFile, not execFileSync: this process also serves the pages Lighthouse loads.
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const run = promisify(execFile);
  const { mkdtempSync, readFileSync: readText } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/trialkit-lighthouse-`);
  const audit = async (path) => {
    const report = `${dir}/report.json`;
    // Lighthouse launches its own Chromium (the same binary), as it does on a developer's machine.
    await run(
      'npx',
      [
        '--yes',
        'lighthouse@12.8.2',
        `${base}${path}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices',
      ],
      { env: { ...process.env, CHROME_PATH: browserPath }, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const output = readText(report, 'utf8');
    const { categories, audits } = JSON.parse(output);
    return {
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      bestPractices: categories['best-practices'].score * 100,
      cls: audits['cumulative-layout-shift'].numericValue,
    };
  };
  // The same trial on both pages: the site owner's script-tag page against a bare custom element.
  const without = await audit('/bench/pages/baseline.html?trial=breast-cancer-neratinib');
  const withWidget = await audit('/demo/script-tag.html');
  row('lighthouse (mobile)', 'performance score', withWidget.performance, without.performance, '', 'baseline: bare card, same trial');
  goal('Lighthouse mobile performance, script-tag page', withWidget.performance, without.performance, '', '≥ 98', (v) => v >= 98);
  row('lighthouse (mobile)', 'accessibility score', withWidget.accessibility, without.accessibility, '');
  row('lighthouse (mobile)', 'best-practices score', withWidget.bestPractices, without.bestPractices, '');
  row('lighthouse (mobile)', 'cumulative layout shift', withWidget.cls, without.cls, '', 'script-tag demo page reserves space with :not(:defined)');
}

await close();

// --- One table -----------------------------------------------------------------------------------
const format = (value, unit) =>
  value === undefined
    ? ''
    : unit === 'B'
      ? `${(value / 1024).toFixed(1)} KB`
      : `${Number.isInteger(value) ? value : value.toFixed(unit === 'ms' ? 1 : 3)}${unit && unit !== 'B' ? ` ${unit}` : ''}`;
const table = rows.map((r) => [
  r.group,
  r.metric,
  format(r.value, r.unit),
  format(r.baseline, r.unit),
  r.ratio === undefined ? '' : `×${r.ratio.toFixed(2)}`,
  r.note,
]);
const header = ['group', 'metric', 'trialkit', 'baseline', 'ratio', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => String(cells[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const cells of table) console.log(line(cells));

if (goals.length) {
  // Issue 14's goal rows, each beside its baseline from this run.
  const goalTable = goals.map((g) => [
    g.name,
    format(g.value, g.unit),
    format(g.baseline, g.unit),
    g.baseline ? `×${(g.value / g.baseline).toFixed(2)}` : '',
    g.target,
    g.met ? 'met' : 'not yet',
  ]);
  const goalHeader = ['goal (issue 14)', 'trialkit', 'baseline', 'ratio', 'target', ''];
  const goalWidths = goalHeader.map((h, i) => Math.max(h.length, ...goalTable.map((cells) => String(cells[i]).length)));
  const goalLine = (cells) => `| ${cells.map((c, i) => String(c).padEnd(goalWidths[i])).join(' | ')} |`;
  console.log('');
  console.log(goalLine(goalHeader));
  console.log(`|${goalWidths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const cells of goalTable) console.log(goalLine(cells));
}

// Issue 13's finder figures: their own script and table (`npm run bench:finder`), run here too.
if (want('finder')) await import('./finder.bench.mjs');
