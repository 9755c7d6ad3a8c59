// Per-module rendered size of the eager rollup chunk (run from the repo root).
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
const config = (await import(process.cwd() + '/rollup.config.mjs')).default;
const bundle = await rollup({ ...config, onwarn() {} });
const { output } = await bundle.generate(config.output);
const which = process.argv[2] ?? 'trialkit.js';
for (const chunk of output) {
  if (chunk.type !== 'chunk' || !chunk.fileName.includes(which)) continue;
  console.log(chunk.fileName, chunk.code.length, 'gzip', gzipSync(chunk.code, { level: 9 }).length);
  const mods = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  let sum = 0;
  for (const [id, m] of mods) {
    sum += m.renderedLength;
    if (m.renderedLength > 150) console.log(String(m.renderedLength).padStart(7), id.replace(process.cwd() + '/', ''));
  }
  console.log('sum', sum);
  console.log('dynamic imports:', chunk.dynamicImports.join(' '));
}
