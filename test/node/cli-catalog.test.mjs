// `trialkit catalog` in-process through `run(argv, io)`: config files and folders, a ClinicalTrials.gov
// search page built from the six fixtures and each fixture alone, and the committed demo catalog.
// Run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './cli-harness.mjs';
import { parseCatalog, summaryOf } from '../../dist/npm/core/catalog.js';
import { validateConfig } from '../../dist/npm/core/validate.js';
import { REWRITE_MARKER } from '../../dist/npm/core/rewrite-marker.js';
import { catalogSchema } from '../../dist/npm/core/catalog-schema.js';
import { safeParse } from 'zod/mini';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = (name) => join(root, 'demo/trials', `${name}.json`);
const fixture = (name) => join(root, 'test/fixtures', name);
const tmp = mkdtempSync(join(tmpdir(), 'trialkit-catalog-'));
const DEMO_FILES = ['breast-cancer-neratinib', 'breast-cancer-pallas', 'cll-apg-2575', 'lung-cancer-chemo-io'];
const FIXTURES = ['NCT00184067', 'NCT02513394', 'NCT03377387', 'NCT03934567', 'NCT04267848', 'NCT05147467'];

const readDemo = (name) => JSON.parse(readFileSync(demo(name), 'utf8'));

describe('trialkit catalog: config files and folders', () => {
  test('a folder gives each valid config as { src, summary }, relative to --base; a bad config is left out (exit 1)', async () => {
    const run = await cli(['catalog', join(root, 'demo/trials'), '--base', join(root, 'demo/trials')]);
    assert.equal(run.code, 1, run.stderr);
    const catalog = JSON.parse(run.stdout);
    assert.equal(catalog.catalogVersion, 1);
    assert.deepEqual(
      catalog.trials.map((t) => t.src),
      DEMO_FILES.map((name) => `${name}.json`),
    );
    for (const entry of catalog.trials) {
      const config = validateConfig(readDemo(entry.src.replace(/\.json$/, '')));
      assert.ok(config.ok);
      assert.deepEqual(entry.summary, JSON.parse(JSON.stringify(summaryOf(config.config))), entry.src);
      assert.deepEqual(Object.keys(entry), ['src', 'summary']);
    }
    assert.match(run.stderr, /broken-example\.json: not a valid trial config, left out/);
    // The catalog already in the folder is not read as a trial.
    assert.match(run.stderr, /catalog\.json: skipped \(a catalog\)/);
    assert.deepEqual(parseCatalog(catalog).problems, []);
  });

  test('with -o, src paths are relative to the catalog’s folder and lead back to the files', async () => {
    const out = join(tmp, 'site/finder/catalog.json');
    mkdirSync(dirname(out), { recursive: true });
    const run = await cli(['catalog', demo('cll-apg-2575'), demo('lung-cancer-chemo-io'), '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const catalog = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      catalog.trials.map((t) => resolve(dirname(out), t.src)),
      [demo('cll-apg-2575'), demo('lung-cancer-chemo-io')],
    );
    assert.ok(
      catalog.trials.every((t) => !t.src.includes('\\')),
      'URL-style separators',
    );
    assert.match(run.stderr, /✓ catalog of 2 trial\(s\) written to/);
  });

  test('a repeated trial id is left out and named', async () => {
    const copy = join(tmp, 'copy.json');
    copyFileSync(demo('cll-apg-2575'), copy);
    const run = await cli(['catalog', demo('cll-apg-2575'), copy]);
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout).trials.length, 1);
    assert.match(run.stderr, /copy\.json: the trial id "apg-2575-cll" is already used by/);
  });

  test('a folder skips JSON that is not a trial config, with a note', async () => {
    const folder = join(tmp, 'mixed');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(demo('cll-apg-2575'), join(folder, 'sub/cll.json'));
    writeFileSync(join(folder, 'package.json'), '{ "name": "x" }');
    writeFileSync(join(folder, 'notes.txt'), 'not json');
    const run = await cli(['catalog', folder, '--base', folder]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).trials.map((t) => t.src),
      ['sub/cll.json'],
    );
    assert.match(run.stderr, /package\.json: skipped \(not a trial config\)/);
  });
});

describe('trialkit catalog --ctgov', () => {
  test('a search page of the six fixtures becomes six inline drafts with summaries', async () => {
    const run = await cli(['catalog', '--ctgov', fixture('ctgov-search-page.json')]);
    assert.equal(run.code, 0, run.stderr);
    const catalog = JSON.parse(run.stdout);
    assert.deepEqual(
      catalog.trials.map((t) => t.summary.id),
      FIXTURES.map((id) => id.toLowerCase()),
    );
    for (const entry of catalog.trials) {
      assert.deepEqual(Object.keys(entry), ['config', 'summary']);
      assert.ok(validateConfig(entry.config).ok, entry.summary.id);
      assert.deepEqual(entry.summary, JSON.parse(JSON.stringify(summaryOf(entry.config))));
    }
    const alchemist = catalog.trials.find((t) => t.summary.id === 'nct04267848');
    assert.equal(alchemist.summary.locations.length, 1148);
    assert.ok(alchemist.summary.locations.some((l) => l.geo));
  });

  test('clinical registry titles and summaries are marked [REWRITE], so the finder does not show them', async () => {
    const run = await cli(['catalog', '--ctgov', fixture('ctgov-search-page.json')]);
    const catalog = JSON.parse(run.stdout);
    const marked = catalog.trials.filter((t) => String(t.config.title).startsWith(REWRITE_MARKER));
    assert.ok(marked.length >= 5, `${marked.length} titles marked`);
    // "Continuation Booster Trial After a Vaccine Combining Tyrosinase/GP100/MART-1 Peptides…"
    assert.ok(String(catalog.trials[0].config.title).startsWith(REWRITE_MARKER));
    assert.match(run.stderr, /above reading grade 8, marked \[REWRITE\]/);
    const { catalog: shown, problems } = parseCatalog(catalog);
    assert.equal(shown.trials.length, catalog.trials.length - marked.length);
    for (const entry of shown.trials) assert.ok(!JSON.stringify(entry.summary).includes(REWRITE_MARKER));
    assert.ok(problems.every((p) => p.message.includes(REWRITE_MARKER)));
    // A higher target grade marks fewer texts.
    const lenient = JSON.parse((await cli(['catalog', '--ctgov', fixture('ctgov-search-page.json'), '--target-grade', '20'])).stdout);
    assert.ok(lenient.trials.filter((t) => String(t.config.title).startsWith(REWRITE_MARKER)).length < marked.length);
  });

  for (const id of FIXTURES) {
    test(`one record (${id}) alone is one entry`, async () => {
      const run = await cli(['catalog', '--ctgov', fixture(`ctgov/${id}.json`)]);
      assert.equal(run.code, 0, run.stderr);
      const catalog = JSON.parse(run.stdout);
      assert.equal(catalog.trials.length, 1);
      assert.equal(catalog.trials[0].config.registry.nctId, id);
    });
  }

  test('configs and a search page together, config files first', async () => {
    const run = await cli(['catalog', demo('cll-apg-2575'), '--ctgov', fixture('ctgov/NCT00184067.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).trials.map((t) => t.summary.id),
      ['apg-2575-cll', 'nct00184067'],
    );
  });

  test('what is not a search page is left out with what to download; a study that cannot be imported is named', async () => {
    const notPage = join(tmp, 'not-page.json');
    writeFileSync(notPage, JSON.stringify({ hello: 'world' }));
    const bad = await cli(['catalog', '--ctgov', notPage]);
    assert.equal(bad.code, 1);
    assert.deepEqual(JSON.parse(bad.stdout).trials, []);
    assert.match(bad.stderr, /not a ClinicalTrials\.gov API v2 search page/);
    const page = join(tmp, 'page-with-bad.json');
    writeFileSync(page, JSON.stringify({ studies: [{ protocolSection: {} }, JSON.parse(readFileSync(fixture('ctgov/NCT00184067.json'), 'utf8'))] }));
    const mixed = await cli(['catalog', '--ctgov', page]);
    assert.equal(mixed.code, 1);
    assert.equal(JSON.parse(mixed.stdout).trials.length, 1);
    assert.match(mixed.stderr, /page-with-bad\.json: studies\[0\]: The record has no valid "protocolSection\.identificationModule\.nctId"/);
  });
});

describe('trialkit catalog: usage', () => {
  test('nothing to read, a missing file, or catalog options on another command: exit 2', async () => {
    const none = await cli(['catalog']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /`trialkit catalog` needs config files, folders or --ctgov/);
    const missing = await cli(['catalog', join(tmp, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: cannot read the trial config \(no such file\)/);
    const misplaced = await cli(['validate', demo('cll-apg-2575'), '--ctgov', 'x.json']);
    assert.equal(misplaced.code, 2);
    assert.match(misplaced.stderr, /--ctgov and --base belong to `trialkit catalog`/);
    const grade = await cli(['catalog', demo('cll-apg-2575'), '--target-grade', 'hard']);
    assert.equal(grade.code, 2);
  });

  test('--help lists the command', async () => {
    const run = await cli(['--help']);
    assert.match(run.stdout, /trialkit catalog <config\.json or folder>\.\.\. \[--ctgov <search-page\.json>\]/);
  });
});

describe('demo/trials/catalog.json', () => {
  test('is what `trialkit catalog` writes from the demo trials today (regenerate it when they change)', async () => {
    const out = join(tmp, 'demo-catalog/catalog.json');
    mkdirSync(dirname(out), { recursive: true });
    const run = await cli(['catalog', ...DEMO_FILES.map(demo), '--base', join(root, 'demo/trials'), '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(readFileSync(join(root, 'demo/trials/catalog.json'), 'utf8')), JSON.parse(readFileSync(out, 'utf8')));
  });
});

describe('trialkit validate on a catalog', () => {
  test('the demo catalog is valid', async () => {
    const run = await cli(['validate', join(root, 'demo/trials/catalog.json')]);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /✓ .*catalog\.json: a valid trial catalog \(4 trial\(s\)\)\./);
  });

  test('a bad entry and every draft text of an inline config are problems, by path', async () => {
    const file = join(tmp, 'bad-catalog.json');
    const drafted = JSON.parse((await cli(['catalog', '--ctgov', fixture('ctgov/NCT05147467.json')])).stdout);
    drafted.trials.push({ src: 'javascript:alert(1)' });
    writeFileSync(file, JSON.stringify(drafted));
    const run = await cli(['validate', file, '--json']);
    assert.equal(run.code, 1);
    const out = JSON.parse(run.stdout);
    assert.equal(out.kind, 'catalog');
    const paths = out.problems.map((p) => p.path);
    assert.ok(paths.includes('trials[1].src'), paths.join(', '));
    assert.ok(paths.includes('trials[0].config.eligibility.questions[0].text'), 'draft questions of an inline config');
    assert.equal(new Set(paths).size, paths.length, 'each path once');
  });
});

describe('dist/trialkit.catalog.schema.json', () => {
  test('describes a catalog and rejects unknown fields', () => {
    const schema = JSON.parse(readFileSync(join(root, 'dist/trialkit.catalog.schema.json'), 'utf8'));
    assert.deepEqual(schema.required.sort(), ['catalogVersion', 'trials']);
    assert.equal(schema.additionalProperties, false);
    const entries = schema.properties.trials.items.anyOf;
    assert.deepEqual(
      entries.map((e) => e.required),
      [['src'], ['config']],
    );
    assert.ok(entries[1].properties.config.properties.eligibility, 'an inline config is a full trial config');
  });

  test('agrees with parseCatalog on the demo catalog, a --ctgov catalog and a typo', async () => {
    const demoCatalog = JSON.parse(readFileSync(join(root, 'demo/trials/catalog.json'), 'utf8'));
    const imported = JSON.parse((await cli(['catalog', '--ctgov', fixture('ctgov-search-page.json')])).stdout);
    for (const catalog of [demoCatalog, imported]) assert.ok(safeParse(catalogSchema, catalog).success);
    const typo = { catalogVersion: 1, trials: [{ src: 'a.json', sumary: {} }] };
    assert.equal(safeParse(catalogSchema, typo).success, false);
    assert.equal(parseCatalog(typo).catalog.trials.length, 0);
  });
});
