// What the study found (`findings`): the linter, the review packet, the importer CLI, the JSON
// Schema and the manifest cover it. Run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../scripts/size.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../dist/npm/tooling/lint.js';
import { patientTexts } from '../../dist/npm/core/patient-texts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'trialkit-findings-'));
const cli = (args) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

const base = (findings) => ({
  schemaVersion: 1,
  id: 't',
  title: 'A study about sleep',
  summary: 'This study asks how well people sleep.',
  status: 'completed',
  contact: { email: 'a@example.org' },
  sponsor: { name: 'Sleep Lab' },
  oversight: { board: 'City ethics board', approvalId: 'X1' },
  participation: { compensation: 'You get $20.', data: 'Kept private.', costs: 'None.', risks: 'Tiredness.' },
  findings,
});
const at = (result, path) => result.findings.filter((f) => f.path === path).map((f) => f.code);

describe('lint covers findings', () => {
  test('a findings summary with a banned claim is an error at findings.summary', () => {
    const result = lint(base({ summary: 'The study showed the drug is safe and effective for everyone.' }));
    assert.ok(at(result, 'findings.summary').includes('claim'), JSON.stringify(result.findings, null, 2));
  });

  test('the claim rules read Spanish findings too, and the consent text is a patient text', () => {
    const config = base({
      summary: { en: 'Both groups did about as well.', es: 'El medicamento es seguro y eficaz.' },
      notify: { endpoint: 'https://example.org/n', consent: 'I agree.' },
    });
    assert.ok(at(lint(config), 'findings.summary.es').includes('claim'));
    const paths = patientTexts(config).map((t) => t.path);
    assert.ok(paths.includes('findings.summary.en') && paths.includes('findings.notify.consent'), paths.join(' '));
  });

  test('an imported draft summary is an error that says how to rewrite results, not questions', () => {
    const result = lint(base({ summary: '[REWRITE] Main measure: Invasive Disease Free Survival (iDFS) (4 years).' }));
    const draft = result.findings.find((f) => f.code === 'draft-text' && f.path === 'findings.summary');
    assert.ok(draft, JSON.stringify(result.findings, null, 2));
    assert.match(draft.fix, /plain words/);
    assert.doesNotMatch(draft.fix, /yes or no/);
  });

  test('the reading grade covers findings.summary', () => {
    const hard =
      'Invasive disease-free survival, characterized as the interval from randomization until documented locoregional recurrence, contralateral malignancy, distant metastatic progression, or mortality, demonstrated statistically indistinguishable proportions between treatment allocations.';
    const result = lint(base({ summary: hard }));
    assert.ok(result.textLevels.some((l) => l.path === 'findings.summary'));
    assert.ok(at(result, 'findings.summary').includes('reading-grade'));
  });

  test('the URLs are checked like every other, and findings answer "will I hear the results?"', () => {
    const result = lint(base({ url: 'http://example.org/results', notify: { endpoint: 'http://localhost:8000/notify', consent: 'I agree.' } }), { validate: false });
    assert.ok(at(result, 'findings.url').includes('insecure-link'));
    assert.ok(at(result, 'findings.notify.endpoint').includes('dev-link'));
    assert.ok(!result.findings.some((f) => f.code === 'missing-results'));
    assert.ok(lint(base(undefined)).findings.some((f) => f.code === 'missing-results'));
  });
});

test('the demo study with results lints with no errors, every text at grade 8 or below, and its summary makes no claim', () => {
  const config = JSON.parse(readFileSync(join(root, 'demo/trials/breast-cancer-pallas.json'), 'utf8'));
  const result = lint(config);
  assert.equal(result.counts.error, 0, JSON.stringify(result.findings, null, 2));
  const justified = new Set(['missing-compensation', 'missing-data-use', 'missing-oversight', 'dev-link']);
  assert.deepEqual(
    result.findings.filter((f) => f.severity === 'warning' && !justified.has(f.code)),
    [],
  );
  assert.ok(
    result.textLevels.filter((l) => l.words >= 10).every((l) => l.grade <= 8),
    JSON.stringify(result.textLevels),
  );
  assert.ok(result.textLevels.some((l) => l.path === 'findings.summary.es'));
});

describe('the review packet and the importer include findings', () => {
  test('packet: what the study found, the link, the sign-up consent and address, and the FAQ answer', () => {
    const file = join(tmp, 'findings.json');
    writeFileSync(
      file,
      JSON.stringify(
        base({
          summary: { en: 'Both groups did about as well.', es: 'A los dos grupos les fue más o menos igual.' },
          url: 'https://example.org/results',
          postedOn: '2022-04-13',
          notify: { endpoint: 'https://example.org/notify', consent: { en: 'I agree to send my email address.', es: 'Acepto enviar mi correo electrónico.' } },
        }),
      ),
    );
    const out = join(tmp, 'packet.html');
    const run = cli(['packet', file, '-o', out, '--date', '2025-06-01']);
    assert.equal(run.code === 0 || run.code === 1, true, run.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<section id="study-findings"/);
    assert.match(html, /What the study found/);
    for (const text of [
      'Both groups did about as well.',
      'A los dos grupos les fue más o menos igual.',
      'https://example.org/results',
      'I agree to send my email address.',
      'Acepto enviar mi correo electrónico.',
      'https://example.org/notify',
      'Read the full results',
      'Leer los resultados completos',
    ]) {
      assert.ok(html.includes(text), text);
    }
    // The FAQ's results topic, as generated, answers from findings.
    assert.match(html, /Topic “results”: answer[\s\S]*?Both groups did about as well\./);
    // The sign-up form's built-in strings are listed for review.
    assert.match(html, /Tell me when results are out/);
  });

  test('import-ctgov: a record with results gives findings.url and a draft summary that lint flags', () => {
    const out = join(tmp, 'pallas.json');
    const run = cli(['import-ctgov', join(root, 'test/fixtures/ctgov/NCT02513394.json'), '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    const config = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(config.findings.url, 'https://clinicaltrials.gov/study/NCT02513394?tab=results');
    assert.equal(config.findings.postedOn, '2022-04-13');
    assert.match(config.findings.summary, /^\[REWRITE\] /);
    assert.ok(at(lint(config), 'findings.summary').includes('draft-text'));
  });
});

describe('schema and manifest', () => {
  test('the JSON Schema describes findings', () => {
    const schema = JSON.parse(readFileSync(join(root, 'dist/trialkit.schema.json'), 'utf8'));
    const findings = schema.properties.findings;
    assert.ok(findings, 'findings is in the schema');
    assert.deepEqual(Object.keys(findings.properties).sort(), ['notify', 'postedOn', 'summary', 'url']);
    assert.equal(findings.additionalProperties, false);
    assert.deepEqual(findings.properties.notify.required.sort(), ['consent', 'endpoint']);
  });

  test('the manifest lists the findings parts and the sign-up event of <trial-card>', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trial-card');
    assert.ok(card.cssParts.some((p) => p.name === 'findings'));
    assert.ok(card.cssParts.some((p) => p.name === 'findings-notify'));
    assert.ok(card.events.some((e) => e.name === 'trial-findings-notify'));
  });
});

test('the results sign-up form and its English are an on-demand chunk, not in the eager bundle (within its gzip budget)', () => {
  const bundle = readFileSync(join(root, 'dist/trialkit.js'));
  assert.ok(!bundle.includes('Tell me when results are out'), 'the form strings are not in trialkit.js');
  assert.ok(bundle.includes('What the study found'), 'the card section heading is');
  const name = readdirSync(join(root, 'dist/chunks')).find((file) => file.startsWith('findings-notify-'));
  assert.ok(name, 'dist/chunks/findings-notify-*.js exists');
  assert.ok(readFileSync(join(root, 'dist/chunks', name), 'utf8').includes('Tell me when results are out'));
  const budget = BUDGETS.find((b) => b.name === 'dist/trialkit.js').budget;
  assert.ok(gzipSync(bundle, { level: 9 }).length <= budget, `trialkit.js is ${gzipSync(bundle, { level: 9 }).length} bytes gzip`);
});
