// The main thread's own CPU time in each task of a bench page's load, from a Chrome trace (each
// task's thread time, `tdur`): unlike wall time, other processes on a busy machine do not inflate
// it, so two trees can be compared in minutes when the machine is shared. No CPU slowdown (a
// slowed page's CPU time is the same); at CPU ×4 a task takes about 4 times as long.
// `npm run build && node bench/task-cpu.mjs [page ...]` (default: the script-tag page and the page
// with all five elements); RUNS=5 loads each (after one that warms the cache), MIN=3 lists every
// task over 3 ms, DETAIL=1 says what each holds (script, layout, GC). The tracing itself adds a
// little (V8 collects source positions for the trace's stack traces).
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openBench } from './browser.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/bench/pages/widget.html', '/bench/pages/all-elements.html'];
const runs = Number(process.env.RUNS ?? 5);
const min = Number(process.env.MIN ?? 3);
const { base, browser, close } = await openBench();
const file = `${tmpdir()}/trialkit-task-cpu.json`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const WHAT = /^(v8\.evaluateModule|EvaluateScript|FunctionCall|TimerFire|RunMicrotasks|Layout|UpdateLayoutTree|Paint|ParseHTML|MinorGC|MajorGC|FireAnimationFrame)$/;

for (const path of paths) {
  const longest = [];
  for (let run = 0; run <= runs; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    if (run > 0) await page.tracing.start({ path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    // Until the page is idle: the elements' chunks, the glossary and the FAQ's answers come after load.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    if (run === 0) {
      await page.close();
      continue;
    }
    await page.tracing.stop();
    await page.close();
    const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
    const parsed = traceEvents.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').includes(path));
    const main = traceEvents.filter((e) => e.pid === parsed.pid && e.tid === parsed.tid && e.ph === 'X' && e.ts >= parsed.ts);
    const tasks = main.filter((e) => e.name === 'RunTask' && (e.tdur ?? 0) > min * 1000);
    longest.push(Math.max(0, ...tasks.map((task) => task.tdur / 1000)));
    console.log(`${path} load ${run}: tasks over ${min} ms of CPU: ${tasks.map((task) => (task.tdur / 1000).toFixed(1)).join(', ')} ms`);
    if (!process.env.DETAIL) continue;
    for (const task of tasks) {
      const parts = {};
      for (const e of main) {
        if (e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || !WHAT.test(e.name)) continue;
        parts[e.name] = (parts[e.name] ?? 0) + (e.tdur ?? e.dur) / 1000;
      }
      const top = Object.entries(parts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
      console.log(`    ${(task.tdur / 1000).toFixed(1)} ms CPU (${(task.dur / 1000).toFixed(1)} ms wall): ${top.join(', ')}`);
    }
  }
  console.log(`${path}: longest task, median of ${runs} loads: ${median(longest).toFixed(1)} ms of CPU (about ${(4 * median(longest)).toFixed(0)} ms at CPU ×4)\n`);
}
rmSync(file, { force: true });
await close();
