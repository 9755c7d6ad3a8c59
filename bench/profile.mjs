// A CPU profile of one bench page at CPU ×4: the long tasks, then where the main thread spent its
// time (self time by script and by function). `npm run build && node bench/profile.mjs [page]`,
// page defaults to /bench/pages/widget.html. Used before and after each step of issue 14.
import { openBench } from './browser.mjs';

const path = process.argv[2] ?? '/bench/pages/widget.html';
const { base, browser, close } = await openBench();
const page = await browser.newPage();
await page.setViewport({ width: 390, height: 844 });
// Warm the HTTP cache as the bench does (its first run is left out).
await page.goto(`${base}${path}`, { waitUntil: 'load' });
const cdp = await page.createCDPSession();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`${base}${path}`, { waitUntil: 'load' });
await new Promise((resolve) => setTimeout(resolve, 2000));
const { profile } = await cdp.send('Profiler.stop');
const tasks = await page.evaluate(() => window.__longTasks);
await close();

console.log(`long tasks: ${tasks.map((ms) => `${Math.round(ms)} ms`).join(', ') || 'none'}`);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const byScript = new Map();
const byFunction = new Map();
for (const [id, ms] of self) {
  const { callFrame } = byId.get(id);
  const script = callFrame.url.replace(base, '') || `(${callFrame.functionName || 'native'})`;
  if (/^\((idle|program)\)$/.test(script)) continue;
  add(byScript, script, ms);
  add(byFunction, `${callFrame.functionName || '(anonymous)'} ${script}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`, ms);
}
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log('\nself time by script (ms, at CPU ×4):');
for (const [script, ms] of top(byScript, 12)) console.log(`${ms.toFixed(1).padStart(8)}  ${script}`);
console.log('\nself time by function:');
for (const [fn, ms] of top(byFunction, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${fn}`);
