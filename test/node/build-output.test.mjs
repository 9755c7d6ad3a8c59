// Checks what `npm run build` wrote: the size budget of the script-tag bundle, the JSON Schema
// and the Custom Elements Manifest. Run after the build (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../scripts/size.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url));

// Budget for dist/trialkit.js, gzip -9: the one scripts/size.mjs enforces in the build (it was 40 KB
// before elements were defined on first use; since issue 14 the bundle also holds the quick config check).
const BUDGET_KB = BUDGETS.find((b) => b.name === 'dist/trialkit.js').budget / 1024;

test(`dist/trialkit.js is at most ${BUDGET_KB} KB gzip`, () => {
  const gzip = gzipSync(read('dist/trialkit.js'), { level: 9 }).length;
  assert.ok(gzip <= BUDGET_KB * 1024, `dist/trialkit.js is ${(gzip / 1024).toFixed(1)} KB gzip`);
});

test('dist/trialkit.js is self-contained (no bare imports left)', () => {
  const code = read('dist/trialkit.js').toString();
  assert.doesNotMatch(code, /\bimport\s*[^(]*?from\s*["'](?![./])/);
  assert.doesNotMatch(
    code,
    /https?:\/\/(?!clinicaltrials\.gov|euclinicaltrials\.eu|www\.isrctn\.com|www\.w3\.org|json-schema\.org)[a-z0-9.-]+\.[a-z]{2,}\//i,
    'no third-party host named in the bundle',
  );
});

test('the JSON Schema describes the config and rejects unknown fields', () => {
  const schema = JSON.parse(read('dist/trialkit.schema.json'));
  assert.equal(schema.type, 'object');
  assert.deepEqual(schema.required.sort(), ['contact', 'id', 'schemaVersion', 'status', 'summary', 'title']);
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.properties.status.enum.length, 8);
  assert.ok(schema.properties.eligibility.properties.questions.items.properties.showIf, 'questions have showIf');
});

test('the Custom Elements Manifest lists the elements with their attributes, events and parts', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const byTag = Object.fromEntries(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
  for (const tag of ['trial-study', 'trial-card']) assert.ok(byTag[tag], `${tag} is in the manifest`);
  const study = byTag['trial-study'];
  assert.ok(study.events.some((e) => e.name === 'trial-error'));
  const card = byTag['trial-card'];
  assert.ok(card.attributes.some((a) => a.name === 'variant'));
  assert.ok(
    card.attributes.some((a) => a.name === 'src'),
    'inherited attributes are listed',
  );
  assert.ok(card.cssParts.some((p) => p.name === 'compensation'));
});
