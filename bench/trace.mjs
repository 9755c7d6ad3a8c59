// What fills each long task of one bench page at CPU ×4, from a Chrome trace: for every main-thread
// task over 50 ms, the time of its parts (script evaluation by URL, compiling, style, layout,
// paint). `npm run build && node bench/trace.mjs [page]`, page defaults to /bench/pages/widget.html.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { startServer } from '../scripts/serve.mjs';
import { locateBrowser } from '../scripts/find-browser.mjs';

const path = process.argv[2] ?? '/bench/pages/widget.html';
const runs = Number(process.argv[3] ?? 3);
const server = await startServer(0, { quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: locateBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
const file = `${tmpdir()}/trialkit-trace.json`;
for (let run = 0; run <= runs; run++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (run > 0) await page.tracing.start({ path: file, categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink', 'loading'] });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  if (run === 0) {
    await page.close(); // the first run warms the HTTP cache
    continue;
  }
  await page.tracing.stop();
  await page.close();
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
  const main = traceEvents.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && traceEvents.some((t) => t.pid === e.pid && t.name === 'RunTask'),
  );
  const events = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const long = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
  console.log(`\nrun ${run}: ${long.length} long task(s)`);
  for (const task of long) {
    const parts = new Map();
    const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    // The parts that say what ran: script by URL, compiling, style, layout, paint, GC (nested ones
    // of these are not counted twice: a part inside one already counted is skipped).
    const WHAT =
      /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|ParseHTML|MinorGC|MajorGC|V8\.GC_SCAVENGER|ParseAuthorStyleSheet|XHRLoad|ResourceReceivedData)$/;
    let end = 0;
    for (const e of inside) {
      if (!WHAT.test(e.name) || e.ts < end) continue;
      end = e.ts + e.dur;
      const url = (e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '').replace(base, '');
      const key = `${e.name}${url ? ` ${url}` : ''}`;
      parts.set(key, (parts.get(key) ?? 0) + e.dur / 1000);
    }
    console.log(`  task of ${(task.dur / 1000).toFixed(0)} ms:`);
    for (const [key, ms] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  }
}
rmSync(file, { force: true });
await browser.close();
server.close();
