// The review packet holds every text a patient can see: the official title, every place, the
// card's own age wording and what the pre-screener says for the study's status. Runs the built
// CLI (dist/cli.js); run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const demo = (name) => join(root, 'demo/trials', `${name}.json`);
const tmp = mkdtempSync(join(tmpdir(), 'trialkit-packet-'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function packet(configOrPath) {
  const path = typeof configOrPath === 'string' ? configOrPath : join(tmp, `${configOrPath.id}.json`);
  if (typeof configOrPath !== 'string') writeFileSync(path, JSON.stringify(configOrPath));
  const run = spawnSync(process.execPath, [CLI, 'packet', path, '--date', '2025-06-01'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

const small = (overrides) => ({
  schemaVersion: 1,
  id: 'packet-test',
  title: 'A small study',
  summary: 'A short summary in plain words.',
  status: 'recruiting',
  contact: { email: 'study@example.org' },
  ...overrides,
});

describe('trialkit packet holds every patient-facing text', () => {
  test('the official title and every place (name, city, region, postal code, country, taking volunteers or not)', () => {
    const config = JSON.parse(readFileSync(demo('lung-cancer-chemo-io'), 'utf8'));
    const html = packet(demo('lung-cancer-chemo-io'));
    assert.ok(html.includes(escape(config.officialTitle)), 'officialTitle');
    assert.equal(config.locations.length, 1148);
    const missing = config.locations.filter((place) => !html.includes(escape(typeof place.name === 'string' ? place.name : place.name.en)));
    assert.deepEqual(missing, [], 'every place name');
    const first = config.locations[0];
    const address = [first.city, first.region, first.postalCode, first.country].filter(Boolean).join(', ');
    assert.ok(html.includes(escape(address)), 'the address with its postal code');
    const taking = config.locations.filter((place) => place.recruiting !== false).length;
    assert.equal((html.match(/Place \d+: taking volunteers/g) ?? []).length, taking);
    assert.equal((html.match(/Place \d+: not taking volunteers/g) ?? []).length, 1148 - taking);
    // The card's order: every place taking volunteers comes before any that is not.
    assert.ok(html.indexOf(`Place ${taking}: taking volunteers`) < html.indexOf(`Place ${taking + 1}: not taking volunteers`));
    assert.match(html, /No acepta voluntarios aquí/, 'the per-place label, in Spanish too');
  });

  test('ages in the card\'s wording: "Ages 18 and older", months for decimals, nothing for "0 and over"', () => {
    assert.match(packet(demo('cll-apg-2575')), />Ages 18 and older</);
    const months = packet(small({ id: 'months', who: { minAge: 0.5, maxAge: 17 } }));
    assert.match(months, /From 6 months to 17 years old/);
    const toddlers = packet(small({ id: 'toddlers', who: { minAge: 1.5, maxAge: 17 } }));
    assert.match(toddlers, /From 18 months to 17 years old/);
    const everyone = packet(small({ id: 'everyone', who: { minAge: 0, sex: 'all' } }));
    assert.doesNotMatch(everyone, /Ages 0|0 and older/);
  });

  test('what the pre-screener says, given the study status', () => {
    const closed = packet(demo('breast-cancer-neratinib'));
    assert.match(closed, /active_not_recruiting: Not taking volunteers: the pre-screener does not start/);
    assert.doesNotMatch(closed.slice(closed.indexOf('id="status"'), closed.indexOf('id="built-in"')), /You may be able to take part/);
    const open = packet(demo('cll-apg-2575'));
    assert.match(open, /recruiting: Taking volunteers: the pre-screener asks its questions/);
    assert.match(open, /You may be able to take part/);
    const invitation = packet(small({ id: 'invitation', status: 'enrolling_by_invitation' }));
    assert.match(invitation, /joining is by invitation from the study team/);
    const notYet = packet(small({ id: 'not-yet', status: 'not_yet_recruiting' }));
    assert.match(notYet, /has not started taking volunteers yet/);
  });
});
