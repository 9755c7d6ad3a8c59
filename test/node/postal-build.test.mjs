// Checks the postal-code tables `npm run build` wrote (scripts/build-postal.mjs) with the same
// functions the finder uses to name, fetch and read them. Run after the build (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { distanceKm } from '../../dist/npm/core/locations.js';
import { isPostalTable, lookupInTable, postalChunkPath } from '../../dist/npm/core/postal.js';

const dist = new URL('../../dist/', import.meta.url);
const chunk = (code) => JSON.parse(readFileSync(new URL(postalChunkPath(code, 'US'), dist), 'utf8'));

test('a known ZIP is where it should be', () => {
  const places = [
    ['98101', { lat: 47.6062, lon: -122.3321 }, 'Seattle'],
    ['10001', { lat: 40.7128, lon: -74.006 }, 'New York'],
    ['60601', { lat: 41.8781, lon: -87.6298 }, 'Chicago'],
    ['02115', { lat: 42.3601, lon: -71.0589 }, 'Boston'],
  ];
  for (const [zip, city, name] of places) {
    const point = lookupInTable(chunk(zip), zip);
    assert.ok(point, `${zip} is in the table`);
    assert.ok(distanceKm(point, city) < 10, `${zip} is ${distanceKm(point, city).toFixed(1)} km from ${name}`);
  }
  assert.equal(lookupInTable(chunk('00000'), '00000'), undefined, 'a code that does not exist is not found');
});

test('ten chunks, one per first digit, each a valid table of its own codes, small enough for a phone', () => {
  const files = readdirSync(new URL('postal/', dist)).sort();
  assert.deepEqual(
    files,
    Array.from({ length: 10 }, (_, d) => `US-${d}.json`),
  );
  let total = 0;
  for (const file of files) {
    const text = readFileSync(new URL(`postal/${file}`, dist), 'utf8');
    const table = JSON.parse(text);
    assert.ok(isPostalTable(table), file);
    assert.equal(table.country, 'US');
    assert.match(table.precision, /centre/);
    const codes = Object.keys(table.codes);
    total += codes.length;
    assert.ok(
      codes.every((code) => /^\d{5}$/.test(code) && `US-${code[0]}.json` === file),
      `${file} holds only its own codes`,
    );
    const gzip = gzipSync(text, { level: 9 }).length;
    assert.ok(gzip < 30 * 1024, `${file} is ${(gzip / 1024).toFixed(1)} KB gzip`);
  }
  assert.ok(total > 30_000, `${total} ZIP codes`);
});

test('no point claims more than a ZIP centre’s precision (2 decimals)', () => {
  const { codes } = chunk('98101');
  for (const [lat, lon] of Object.values(codes)) {
    assert.ok(Math.abs(lat * 100 - Math.round(lat * 100)) < 1e-6 && Math.abs(lon * 100 - Math.round(lon * 100)) < 1e-6);
  }
});
