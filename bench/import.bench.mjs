// Benchmark: import the 1,148-site ClinicalTrials.gov record (650 KB) and compare with a baseline
// measured in the same run, JSON.parse of the same file, so the ratio holds on any machine.
// Run after `npm run build`: node bench/import.bench.mjs  (exit 1 if the import takes over 200 ms)
import { readFileSync } from 'node:fs';
import { fromClinicalTrialsGov } from '../dist/npm/core/ctgov-import.js';
import { medianMs } from './median.mjs';

const FILE = new URL('../test/fixtures/ctgov/NCT04267848.json', import.meta.url);
const RUNS = 25;
const BUDGET_MS = 200;

const text = readFileSync(FILE, 'utf8');

const median = (fn) => medianMs(fn, RUNS);

let sites = 0;
const parse = median(() => JSON.parse(text));
const convert = median(() => {
  const result = fromClinicalTrialsGov(JSON.parse(text));
  if (!result.ok) throw new Error(result.message);
  sites = result.config.locations.length;
});
const importOnly = convert - parse;

const kb = (text.length / 1024).toFixed(0);
console.log(`import-ctgov benchmark: NCT04267848.json (${kb} KB, ${sites} sites), median of ${RUNS} runs`);
console.log(`  baseline  JSON.parse of the file            ${parse.toFixed(1)} ms  (1.00×)`);
console.log(`  import    JSON.parse + fromClinicalTrialsGov ${convert.toFixed(1)} ms  (${(convert / parse).toFixed(2)}× the baseline)`);
console.log(`  of which  fromClinicalTrialsGov alone         ${importOnly.toFixed(1)} ms  (${(importOnly / parse).toFixed(2)}× the baseline)`);
console.log(`  budget    ${BUDGET_MS} ms: ${convert <= BUDGET_MS ? 'within' : 'OVER'}`);
if (sites !== 1148) throw new Error(`expected 1148 sites, got ${sites}`);
process.exitCode = convert <= BUDGET_MS ? 0 : 1;
