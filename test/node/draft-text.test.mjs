// Draft texts (issue 11 item 3, tooling side): a config in which any text still carries the
// importer's [REWRITE] marker must fail `trialkit validate` and be a `draft-text` error in
// `trialkit lint`, path by path, while `validateConfig` (which the elements use) still accepts it
// so that only the marked part falls back. Runs the real built CLI; run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfig } from '../../dist/npm/core/validate.js';
import { draftTextProblems } from '../../dist/npm/core/draft-text.js';
import { lint } from '../../dist/npm/tooling/lint.js';
import { REWRITE_MARKER } from '../../dist/npm/core/rewrite-marker.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'trialkit-draft-'));
const cli = (...args) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const writeTmp = (name, value) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};

const imported = cli('import-ctgov', join(root, 'test/fixtures/ctgov/NCT05147467.json'));
const draft = JSON.parse(imported.stdout);
const draftFile = writeTmp('imported.json', imported.stdout);
/** The same config with every marker removed, as if each text had been rewritten. */
const rewritten = JSON.parse(imported.stdout.replaceAll(`${REWRITE_MARKER} `, '').replaceAll(REWRITE_MARKER, ''));

describe('trialkit validate on an imported draft', () => {
  test('exits 1 and names each marked text by path, with the fix', () => {
    const run = cli('validate', draftFile);
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      /imported\.json: eligibility\.questions\[0\]\.text: This text is an imported draft .*\[REWRITE\].*rewrite it in plain words.*and remove \[REWRITE\]/i,
    );
    const marked = draft.eligibility.questions.filter((q) => q.text.includes(REWRITE_MARKER)).length;
    assert.ok(marked > 1);
    assert.match(run.stdout, new RegExp(`✗ .*imported\\.json: ${marked} problem\\(s\\)`));
  });

  test('--json lists every marked path, in document order', () => {
    const run = cli('validate', draftFile, '--json');
    assert.equal(run.code, 1);
    const out = JSON.parse(run.stdout);
    assert.equal(out.ok, false);
    const expected = draft.eligibility.questions.map((q, i) => (q.text.includes(REWRITE_MARKER) ? `eligibility.questions[${i}].text` : null)).filter(Boolean);
    assert.deepEqual(
      out.problems.map((p) => p.path),
      expected,
    );
  });

  test('the same config rewritten (markers removed) is valid: the marker alone failed it', () => {
    const run = cli('validate', writeTmp('rewritten.json', rewritten));
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /✓ .*a valid trial config/);
  });

  test('validateConfig, which the elements use, still accepts the draft (only the marked part falls back)', () => {
    assert.equal(validateConfig(draft).ok, true);
  });
});

describe('trialkit lint on an imported draft', () => {
  test('reports each marked text as a draft-text error, exit 1', () => {
    const run = cli('lint', draftFile, '--json');
    assert.equal(run.code, 1);
    const findings = JSON.parse(run.stdout).findings.filter((f) => f.code === 'draft-text');
    const first = findings.find((f) => f.path === 'eligibility.questions[0].text');
    assert.ok(first, JSON.stringify(findings.map((f) => f.path)));
    assert.equal(first.severity, 'error');
    assert.match(first.fix, /Rewrite it in plain words.*remove \[REWRITE\]/);
    assert.equal(findings.length, draft.eligibility.questions.filter((q) => q.text.includes(REWRITE_MARKER)).length);
    assert.ok(findings.every((f) => f.severity === 'error'));
  });

  test('the rewritten config has no draft-text finding', () => {
    const run = cli('lint', writeTmp('rewritten-lint.json', rewritten), '--json');
    assert.ok(!JSON.parse(run.stdout).findings.some((f) => f.code === 'draft-text'));
  });
});

describe('draft-text covers every text, not only question texts', () => {
  const m = (text) => `${REWRITE_MARKER} ${text}`;
  const config = {
    schemaVersion: 1,
    id: 'd',
    title: 'A study about sleep',
    summary: { en: 'This study asks how well people sleep.', es: m('Este estudio pregunta cómo duermen las personas.') },
    status: 'recruiting',
    contact: { email: 'a@example.org' },
    locations: [{ name: m('Hospital Universitario'), country: 'ES' }],
    eligibility: {
      questions: [
        {
          id: 'a',
          type: 'choice',
          text: 'How do you sleep?',
          help: m('Think of last week.'),
          options: [
            { value: 'x', label: m('Well') },
            { value: 'y', label: 'Badly' },
          ],
          eligibleIf: { q: 'a', equals: 'x' },
          reason: m('The study is for good sleepers.'),
        },
      ],
    },
    faq: [{ id: 'f', question: 'Who pays?', answer: m('The sponsor pays.') }],
    glossary: [{ term: 'Sleep', definition: m('Rest at night.') }],
    participation: { costs: m('No costs.') },
  };
  const paths = [
    'summary.es',
    'participation.costs',
    'locations[0].name',
    'eligibility.questions[0].help',
    'eligibility.questions[0].options[0].label',
    'eligibility.questions[0].reason',
    'faq[0].answer',
    'glossary[0].definition',
  ];

  test('lint: an error at every marked path, with the language where there is one', () => {
    const findings = lint(config).findings.filter((f) => f.code === 'draft-text');
    assert.deepEqual(findings.map((f) => f.path).sort(), [...paths].sort());
    assert.ok(findings.every((f) => f.severity === 'error' && f.excerpt.includes(REWRITE_MARKER)));
    assert.equal(findings.find((f) => f.path === 'summary.es').lang, 'es');
    assert.match(findings.find((f) => f.path === 'locations[0].name').excerpt, /Hospital Universitario/);
  });

  test('draftTextProblems: the same paths, each message with the fix; none for a clean config', () => {
    const problems = draftTextProblems(config);
    assert.deepEqual(problems.map((p) => p.path).sort(), [...paths].sort());
    assert.ok(problems.every((p) => /Rewrite it in plain words and remove \[REWRITE\]\./.test(p.message)));
    assert.deepEqual(draftTextProblems(rewritten), []);
    assert.deepEqual(draftTextProblems(null), []);
  });
});
