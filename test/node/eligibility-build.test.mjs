// Checks what `npm run build` wrote for <trial-eligibility>: its manifest entry, and that its
// on-demand chunks (the questions and result; the referral form) share lit and the core with
// trialkit.js instead of carrying copies. Run after the build (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const chunks = readdirSync(new URL('../../dist/chunks/', import.meta.url));

test('the manifest describes <trial-eligibility>: attributes, events and parts', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trial-eligibility');
  assert.ok(element, 'trial-eligibility is in the manifest');
  for (const name of ['layout', 'heading-level', 'src', 'ref'])
    assert.ok(
      element.attributes.some((a) => a.name === name),
      `attribute ${name}`,
    );
  for (const name of ['trial-eligibility-start', 'trial-eligibility-step', 'trial-eligibility-complete', 'trial-referral']) {
    assert.ok(
      element.events.some((e) => e.name === name),
      `event ${name}`,
    );
  }
  for (const name of ['progress', 'question', 'result', 'referral', 'consent'])
    assert.ok(
      element.cssParts.some((p) => p.name === name),
      `part ${name}`,
    );
});

test('the flow and the referral form are on-demand chunks that import from trialkit.js', () => {
  for (const prefix of ['flow-', 'referral-']) {
    const name = chunks.find((file) => file.startsWith(prefix));
    assert.ok(name, `dist/chunks/${prefix}*.js exists`);
    const code = read(`dist/chunks/${name}`);
    assert.match(code, /from"\.\.\/trialkit\.js"/, `${name} imports shared code from trialkit.js`);
    assert.doesNotMatch(code, /customElements\.define|class \w+ extends HTMLElement/, `${name} carries no copy of lit`);
  }
  const bundle = read('dist/trialkit.js');
  // The script-tag bundle defines <trial-eligibility> from a chunk when a page uses it; that chunk loads the flow.
  assert.ok(
    chunks.some((file) => /import\("\.\/flow-[\w-]+\.js"\)/.test(read(`dist/chunks/${file}`))),
    'a chunk imports the flow on demand',
  );
  assert.doesNotMatch(bundle, /credentials:"omit"/, 'the referral code is not in the bundle');
});

test('the element’s chunk carries only the first screen: the questions’ English and the form styles come with the flow', () => {
  const element = read(`dist/chunks/${chunks.find((file) => file.startsWith('trial-eligibility-'))}`);
  const flow = read(`dist/chunks/${chunks.find((file) => file.startsWith('flow-'))}`);
  const referral = read(`dist/chunks/${chunks.find((file) => file.startsWith('referral-'))}`);
  assert.ok(element.includes('Can I take part in this study?'), 'the start screen’s words are in the element’s chunk');
  for (const marker of ['Question {index} of {total}', 'There is a problem', 'You may be able to take part']) {
    assert.ok(!element.includes(marker), `the element’s chunk does not hold "${marker}"`);
    assert.ok(flow.includes(marker), `the flow chunk holds "${marker}"`);
  }
  assert.ok(
    !element.includes('Ask the study team to contact you') && referral.includes('Ask the study team to contact you'),
    'the referral form brings its own words',
  );
  // The GOV.UK form patterns (form.styles) are loaded by the flow, not before the first screen.
  const formStyles = chunks.find((file) => file.startsWith('form.styles-'));
  assert.ok(!element.includes('44px') && !(formStyles && element.includes(formStyles)), 'no form styles in or under the element’s chunk');
  assert.ok(flow.includes('44px') || (formStyles && flow.includes(formStyles)), 'the flow brings the form styles');
  // Reading a typed number (Arabic-Indic and full-width digits, decimal commas) is the flow's, not the engine's the start screen loads.
  const engine = chunks.find((file) => file.startsWith('eligibility-'));
  const typedNumber = String.raw`(\d+\.?\d*|\.\d+)`;
  assert.ok(!read(`dist/chunks/${engine}`).includes(typedNumber) && !element.includes(typedNumber), 'no number parsing before the first question');
  assert.ok(flow.includes(typedNumber), 'the flow reads typed numbers');
});
