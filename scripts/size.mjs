// Prints the gzip size (level 9) of each bundle: what a visitor downloads. Fails (exit 1) when a
// budget below is passed, so `npm run build` (which runs this last) stops before a heavier bundle ships.
// Also imported by bench/run.mjs for the "before the first card" figures.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/**
 * Budgets, gzip -9. `trialkit.js` is the eager bundle (the same budget test/node/build-output.test.mjs
 * checks); with its static imports it is all a page with one card runs before the card shows: a
 * valid config is vouched for by the quick check inside it, and the full validator (zod and its
 * messages) loads only for a config that fails. Issue 14's goals are 30 KB and, for a page with
 * all four elements, 36 KB; the budgets are where they stand now (27.2 and 41.1 KB) with
 * a little headroom, so they can only get lighter.
 */
export const BUDGETS = [
  { name: 'dist/trialkit.js', files: () => ['dist/trialkit.js'], budget: 27.5 * KB },
  { name: 'before the first card: trialkit.js and its static imports', files: () => firstCardFiles(), budget: 27.5 * KB, goal: 30 * KB },
  { name: 'eager part for all four elements (with the share buttons)', files: () => allElementsFiles(), budget: 41.5 * KB, goal: 36 * KB },
];

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const chunkNames = () => (existsSync(join(root, 'dist/chunks')) ? readdirSync(join(root, 'dist/chunks')).sort() : []);
const chunk = (prefix) => chunkNames().find((name) => name.startsWith(`${prefix}-`));

/** Files a module imports statically (what must load before it runs), followed to the end; `import()` is left out. */
export function withStaticImports(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+)["']/g)) {
      visit(relative(root, join(root, dirname(file), spec)).replace(/\\/g, '/'));
    }
  };
  files.forEach(visit);
  return [...seen];
}

/** What a page with one card must run before it can show the trial (a valid config needs no other chunk). */
export function firstCardFiles() {
  return withStaticImports(['dist/trialkit.js']);
}

/**
 * A page with <trial-study>, <trial-card>, <trial-eligibility>, <trial-faq> and <trial-share>: each
 * element's chunk (which holds its first screen) and what it imports (what loads after the first
 * renders, such as the glossary, the FAQ's answers, the pre-screener's questions and what the share
 * buttons do, is not counted).
 */
export function allElementsFiles() {
  const elements = ['trial-eligibility', 'trial-faq', 'trial-share']
    .map(chunk)
    .filter(Boolean)
    .map((name) => `dist/chunks/${name}`);
  return withStaticImports([...firstCardFiles(), ...elements]);
}

/** gzip size of a set of files, each compressed on its own (as a browser fetches them). */
export const gzipOf = (files) => files.reduce((sum, file) => sum + gzip(readFileSync(join(root, file))), 0);

function describe(name) {
  if (name.startsWith('ui-')) return 'UI strings of one language, loaded when a page uses it';
  if (name.startsWith('glossary-text-')) return 'the glossary matcher, loaded after first render';
  if (name.startsWith('glossary-')) return 'built-in glossary of one language, loaded after first render';
  if (name.startsWith('validate-')) return 'the full config checker (zod, schema, messages), only for a config that fails';
  if (name.startsWith('trial-')) return 'an element, defined when a page first uses it';
  return 'a part loaded only when it is opened or needed';
}

/** `--budgets`: only the budget lines (the build runs it so). */
function main(budgetsOnly) {
  const files = [
    ['dist/trialkit.js', 'script-tag bundle: <trial-study>, <trial-card>, English'],
    ...chunkNames().map((name) => [`dist/chunks/${name}`, describe(name)]),
    ['dist/npm/index.js', 'npm entry (lit, zod external)'],
    ['dist/trialkit.schema.json', 'JSON Schema'],
  ];
  const rows = files
    .filter(([file]) => existsSync(join(root, file)))
    .map(([file, what]) => {
      const raw = readFileSync(join(root, file));
      return { file, what, raw: raw.length, gzip: gzip(raw) };
    });
  if (!rows.length) {
    console.error('No bundles found. Run `npm run build` first.');
    process.exit(2);
  }
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  if (!budgetsOnly) {
    console.log('bundle'.padEnd(36), 'raw'.padStart(10), 'gzip -9'.padStart(10), ' what');
    for (const row of rows) console.log(row.file.padEnd(36), kb(row.raw).padStart(10), kb(row.gzip).padStart(10), ` ${row.what}`);
    console.log('');
  }
  let over = 0;
  // Scales every budget: only for the test that shows the check does fail.
  const scale = Number(process.env.TRIALKIT_BUDGET_SCALE ?? 1);
  for (const { name, files: list, budget: full, goal } of BUDGETS) {
    const budget = full * scale;
    const size = gzipOf(list());
    const ok = size <= budget;
    if (!ok) over++;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(size)} (budget ${kb(budget)}${goal ? `, goal ${kb(goal)}` : ''})`);
  }
  if (over) {
    console.error(
      `\n${over} size budget${over > 1 ? 's' : ''} passed: move what a first render does not need into a chunk (node bench/eager-modules.mjs lists the biggest modules).`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.includes('--budgets'));
