// Checks what `npm run build` wrote for the FAQ and the glossary: the built-in glossary stays out of
// the script-tag bundle (one chunk per language), <trial-faq> is in the manifest, and the headless
// core's glossary loader works in Node (the linter uses it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

test('the built-in glossary is not in dist/trialkit.js but in one chunk per language', () => {
  const bundle = read('dist/trialkit.js');
  const english = 'like flipping a coin';
  const spanish = 'como al lanzar una moneda';
  assert.ok(!bundle.includes(english) && !bundle.includes(spanish), 'no glossary definition in the main bundle');
  const chunks = readdirSync(new URL('dist/chunks/', root)).map((name) => read(`dist/chunks/${name}`));
  assert.equal(chunks.filter((code) => code.includes(english)).length, 1, 'one English glossary chunk');
  assert.equal(chunks.filter((code) => code.includes(spanish)).length, 1, 'one Spanish glossary chunk');
  assert.ok(
    chunks.every((code) => !(code.includes(english) && code.includes(spanish))),
    'languages in separate chunks',
  );
});

test('the Custom Elements Manifest describes <trial-faq>', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const faq = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trial-faq');
  assert.ok(faq, 'trial-faq is in the manifest');
  for (const name of ['topics', 'open', 'hide-missing', 'link-hash', 'heading-level', 'glossary']) {
    assert.ok(
      faq.attributes.some((a) => a.name === name),
      `attribute ${name}`,
    );
  }
  assert.deepEqual(
    faq.events
      .map((e) => e.name)
      .filter((n) => n.startsWith('trial-faq'))
      .sort(),
    ['trial-faq-feedback', 'trial-faq-open'],
  );
  assert.ok(faq.cssParts.some((p) => p.name === 'term'));
});

test('the npm core loads the glossary and finds terms in Node', async () => {
  const core = await import(new URL('dist/npm/core/index.js', root));
  const terms = await core.loadGlossary('en');
  assert.ok(terms.length >= 40);
  const found = core.findTerms('A double-blind, placebo-controlled study.', terms).map((m) => m.term.term);
  assert.deepEqual(found, ['double-blind', 'placebo-controlled']);
});

test('a collapsed FAQ’s chunk carries its questions only: the answers, their English and styles come with the answers chunk', () => {
  const names = readdirSync(new URL('dist/chunks/', root));
  const element = read(`dist/chunks/${names.find((name) => name.startsWith('trial-faq-'))}`);
  const answers = read(`dist/chunks/${names.find((name) => name.startsWith('answers-'))}`);
  assert.ok(element.includes('Could I get a placebo? What is a placebo?'), 'the questions are in the element’s chunk');
  // The styles are minified in the build, so a rule is matched with or without its space.
  const holds = (code, marker) => (typeof marker === 'string' ? code.includes(marker) : marker.test(code));
  for (const marker of ['A placebo looks like the study medicine', 'Was this helpful?', /\.feedback-button\s*\{/, 'faq.a.approvalMeans']) {
    assert.ok(!holds(element, marker), `the FAQ’s chunk does not hold "${marker}"`);
    assert.ok(holds(answers, marker), `the answers chunk holds "${marker}"`);
  }
  assert.match(element, /import\("\.\/answers-[\w-]+\.js"\)/, 'the FAQ loads its answers on demand');
});
