// The finder demo's community catalog (issue 13): big and varied enough to try the finder on, with
// every made-up study marked as one so nobody mistakes it for a real study. Run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../dist/npm/core/catalog.js';
import { findRewriteMarkers } from '../../dist/npm/core/rewrite-marker.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const raw = JSON.parse(readFileSync(join(root, 'demo/finder/catalog.json'), 'utf8'));
const parsed = parseCatalog(raw);
const summaries = parsed.catalog.trials.map((t) => t.summary);
const en = (text) => (typeof text === 'string' ? text : (text?.en ?? ''));
const EXAMPLE = 'Made-up example for this demo: not a real study.';
// Countries are written as ISO codes in the examples and as names in the ClinicalTrials.gov imports.
const COUNTRY = { 'United States': 'US', Canada: 'CA', 'United Kingdom': 'GB', France: 'FR', China: 'CN' };

/** Real studies: the demo trial files (`src`) and the inline ClinicalTrials.gov imports. */
const isReal = (entry) => entry.src !== undefined || entry.config?.registry?.nctId !== undefined;

describe('demo/finder/catalog.json', () => {
  test('every entry is valid and reaches the list (none left out)', () => {
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.catalog.trials.length, raw.trials.length);
    for (const entry of raw.trials) {
      if (entry.config) assert.deepEqual(findRewriteMarkers(entry.config), [], entry.config.id);
    }
  });

  test('has at least 30 trials, 5 conditions, 3 statuses and places in 3 countries', () => {
    assert.ok(summaries.length >= 30, `${summaries.length} trials`);
    const conditions = new Set(summaries.flatMap((s) => (s.conditions ?? []).map((c) => en(c).toLowerCase())));
    assert.ok(conditions.size >= 5, [...conditions].join(', '));
    const statuses = new Set(summaries.map((s) => s.status));
    for (const status of ['recruiting', 'not_yet_recruiting', 'enrolling_by_invitation', 'completed']) {
      assert.ok(statuses.has(status), `a ${status} study`);
    }
    const countries = new Set(summaries.flatMap((s) => (s.locations ?? []).map((l) => COUNTRY[l.country] ?? l.country)));
    for (const country of ['US', 'CA', 'GB']) assert.ok(countries.has(country), `places in ${country}`);
    assert.ok(
      summaries.some((s) => s.participation?.remote),
      'some studies are from home',
    );
    assert.ok(
      summaries.some((s) => s.locations?.some((l) => l.recruiting === false)),
      'some places are not taking volunteers',
    );
  });

  test('typing "MS" has at least two multiple sclerosis studies to find', () => {
    const ms = summaries.filter((s) => (s.conditions ?? []).some((c) => /\(MS\)/.test(en(c))));
    assert.ok(ms.length >= 2, `${ms.length} MS studies`);
  });

  test('keeps the real studies: the three demo trials and the ClinicalTrials.gov fixtures', () => {
    const srcs = raw.trials.filter((t) => t.src).map((t) => t.src);
    for (const file of ['lung-cancer-chemo-io.json', 'cll-apg-2575.json', 'breast-cancer-neratinib.json']) {
      assert.ok(srcs.includes(`../trials/${file}`), file);
    }
    for (const src of srcs) assert.ok(existsSync(join(root, 'demo/finder', src)), src);
    const nctIds = raw.trials.map((t) => t.config?.registry?.nctId).filter(Boolean);
    assert.deepEqual(nctIds.sort(), ['NCT00184067', 'NCT03934567']);
  });

  test('every made-up study says so: title, summary, study team and every place', () => {
    const examples = raw.trials.filter((t) => !isReal(t));
    assert.ok(examples.length > 0);
    for (const { config } of examples) {
      assert.match(config.id, /^example-/);
      assert.match(en(config.title), /^Example: /, `${config.id}: the list shows titles only`);
      assert.ok(en(config.summary).startsWith(EXAMPLE), `${config.id}: ${en(config.summary)}`);
      if (typeof config.summary !== 'string' && config.summary.es) {
        assert.match(config.summary.es, /^Ejemplo inventado para esta demostración/, config.id);
      }
      assert.match(en(config.contact.name), /not real/, config.id);
      assert.equal(config.contact.phone, undefined, `${config.id}: no phone number anyone could call`);
      for (const place of config.locations ?? []) assert.match(en(place.name), /\(not real\)$/, config.id);
    }
    assert.match(en(raw.title), /example studies made up for this demo/);
  });
});
