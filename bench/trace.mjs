// What fills each long task of one bench page at CPU ×4, from a Chrome trace: for every main-thread
// task over 50 ms, the time of its parts (script evaluation by URL, compiling, style, layout,
// paint), then the functions its CPU samples were in (inclusive time; with an unminified build,
// `TRIALKIT_UNMINIFIED=1 npm run build`, the names are the source's).
// `npm run build && node bench/trace.mjs [page] [runs]`, page defaults to /bench/pages/widget.html;
// RATE=1 sets another CPU slowdown, LONG=10 another task length (ms) to report, SELF=1 self time.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openBench } from './browser.mjs';

const path = process.argv[2] ?? '/bench/pages/widget.html';
const runs = Number(process.argv[3] ?? 3);
const { base, browser, close } = await openBench();
const file = `${tmpdir()}/trialkit-trace.json`;
for (let run = 0; run <= runs; run++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
  if (run > 0)
    await page.tracing.start({
      path: file,
      categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'blink', 'loading'],
    });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  if (run === 0) {
    await page.close(); // the first run warms the HTTP cache
    continue;
  }
  await page.tracing.stop();
  await page.close();
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
  // The page's renderer: the main thread that parsed the bench page (not the browser's own UI pages).
  const pageUrl = `${base}${path}`;
  const parsed = traceEvents.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(pageUrl.split('?')[0]));
  const main = traceEvents.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      (parsed ? e.pid === parsed.pid && e.tid === parsed.tid : traceEvents.some((t) => t.pid === e.pid && t.name === 'RunTask')),
  );
  const events = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const long = events.filter((e) => e.name === 'RunTask' && e.dur > Number(process.env.LONG ?? 50) * 1000);
  // CPU samples of the main thread (ProfileChunk events): each sample's stack, at its trace time.
  const nodes = new Map();
  const samples = [];
  for (const chunk of traceEvents.filter((e) => e.name === 'ProfileChunk' && e.pid === main.pid)) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(`${chunk.id}:${node.id}`, { ...node, key: `${chunk.id}:${node.parent}` });
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) samples.push({ node: `${chunk.id}:${ids[i]}`, delta: deltas[i] ?? 0 });
  }
  const profile = traceEvents.find((e) => e.name === 'Profile' && e.pid === main.pid);
  let clock = profile?.args?.data?.startTime ?? 0;
  for (const sample of samples) sample.ts = clock += sample.delta;
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
    // Inclusive time by function over the task's samples (each function counted once per sample).
    const inclusive = new Map();
    const within = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur);
    for (let i = 0; i < within.length; i++) {
      const ms = ((within[i + 1]?.ts ?? within[i].ts) - within[i].ts) / 1000;
      const seen = new Set();
      for (let node = nodes.get(within[i].node); node; node = nodes.get(node.key)) {
        const frame = node.callFrame;
        if (!frame || /^\((root|program|idle)\)$/.test(frame.functionName)) continue;
        const name = `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').replace(base, '')}:${(frame.lineNumber ?? 0) + 1}`;
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
    if (!parts.size) {
      // Nothing known inside: name the biggest events, whatever they are.
      const names = new Map();
      for (const e of inside) names.set(e.name, Math.max(names.get(e.name) ?? 0, e.dur / 1000));
      console.log(
        `    (longest events inside: ${[...names]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`)
          .join(', ')})`,
      );
    }
    // SELF=1: time by the function each sample was in (its own code), not the ones that called it.
    if (process.env.SELF) {
      inclusive.clear();
      for (let i = 0; i < within.length; i++) {
        const frame = nodes.get(within[i].node)?.callFrame;
        if (!frame) continue;
        const name = `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').replace(base, '')}:${(frame.lineNumber ?? 0) + 1}`;
        inclusive.set(name, (inclusive.get(name) ?? 0) + ((within[i + 1]?.ts ?? within[i].ts) - within[i].ts) / 1000);
      }
    }
    if (inclusive.size) console.log(`    functions (${process.env.SELF ? 'self' : 'inclusive'}):`);
    for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 14)))
      console.log(`      ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
}
rmSync(file, { force: true });
await close();
