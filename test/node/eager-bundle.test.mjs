// What stays out of the eager bundle (dist/trialkit.js) so the first card stays within its budget:
// parts a first render never needs are chunks beside it, loaded when a person or a config asks.
// Run after the build (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);
const bundle = readFileSync(new URL('trialkit.js', dist), 'utf8');
const chunk = (prefix) => {
  const name = readdirSync(new URL('chunks/', dist)).find((file) => file.startsWith(`${prefix}-`));
  assert.ok(name, `dist/chunks/${prefix}-*.js exists`);
  return readFileSync(new URL(`chunks/${name}`, dist), 'utf8');
};

// Each marker is a piece of code only that part has (minified names change, these do not).
const parts = [
  ['place-distance', 'the distance code of "Sort by distance from me"', ['unitDisplay']],
  ['site-groups', 'the grouped "Show all" list of places', ['details class="group region"']],
  ['findings-section', 'the renderer of "What the study found"', ['findings-summary', 'findings-link']],
  ['glossary-text', 'the glossary matcher (clinical terms explained in place)', ['common.term.explain', 'aria-live="polite"']],
  ['ctgov-source', 'the in-browser ClinicalTrials.gov importer', ['ClinicalTrials.gov record', 'protocolSection']],
  // A valid config is vouched for by the quick check in trialkit.js; zod and the messages load only for one that fails.
  ['validate', 'the full config checker (zod and its messages)', ['$ZodObject', 'Did you mean', 'is already used by question']],
];

for (const [prefix, what, markers] of parts) {
  test(`${what} is a chunk (${prefix}-*.js), not in trialkit.js`, () => {
    const code = chunk(prefix);
    for (const marker of markers) {
      assert.ok(code.includes(marker), `${prefix} chunk holds ${marker}`);
      assert.ok(!bundle.includes(marker), `trialkit.js does not hold ${marker}`);
    }
  });
}

test('the core of distances and grouping (haversine, miles by region, collator) is not in trialkit.js', () => {
  const chunks = readdirSync(new URL('chunks/', dist)).map((name) => readFileSync(new URL(`chunks/${name}`, dist), 'utf8'));
  // (Math.asin: the haversine's; a minifier folds its 2 × 6371.0088 km into one number.)
  for (const marker of ['Math.asin(', 'maximize().region', 'Intl.Collator']) {
    assert.ok(!bundle.includes(marker), `trialkit.js does not hold ${marker}`);
    assert.ok(
      chunks.some((code) => code.includes(marker)),
      `a chunk holds ${marker}`,
    );
  }
});

test('npm run size checks the budgets: it passes now, and fails (exit 1, naming the bundle) once a bundle is over', async () => {
  const { execFileSync, spawnSync } = await import('node:child_process');
  const script = new URL('../../scripts/size.mjs', import.meta.url).pathname;
  const output = execFileSync(process.execPath, [script, '--budgets'], { encoding: 'utf8' });
  assert.match(output, /^ok {3}dist\/trialkit\.js: [\d.]+ KB \(budget [\d.]+ KB\)$/m);
  const over = spawnSync(process.execPath, [script, '--budgets'], { encoding: 'utf8', env: { ...process.env, TRIALKIT_BUDGET_SCALE: '0.5' } });
  assert.equal(over.status, 1);
  assert.match(over.stdout, /^OVER dist\/trialkit\.js/m);
  assert.match(over.stderr, /size budgets? passed/);
});

test("lit's class-map and static-html directives are not in the eager part of a page with all four elements (plain strings do their job there)", async () => {
  const { allElementsFiles } = await import('../../scripts/size.mjs');
  for (const file of allElementsFiles()) {
    const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.ok(!code.includes('classMap()'), `${file} does not hold class-map`);
    assert.ok(!code.includes('_$litStatic$'), `${file} does not hold static-html`);
  }
});

test('esbuild’s decorator helper is written once, in trialkit.js, and imported by every chunk that needs it', () => {
  const files = ['trialkit.js', ...readdirSync(new URL('chunks/', dist)).map((name) => `chunks/${name}`)];
  // The helper's loop over a member's decorators, last to first (the only such loop in the build).
  const copies = files.flatMap((file) => [...readFileSync(new URL(file, dist), 'utf8').matchAll(/\.length-1;(\w)>=0;\1--\)/g)].map(() => file));
  assert.deepEqual(copies, ['trialkit.js']);
});
