// Checks how `npm run build` split <trial-share>: the bundle keeps none of it; the element and its
// first screen (the links) are one chunk, and what the buttons do, the QR encoder and the Mastodon
// form are chunks loaded from the same place afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);
const read = (path) => readFileSync(new URL(path, dist), 'utf8');
const chunks = readdirSync(new URL('chunks/', dist));
const chunk = (prefix) => {
  const name = chunks.find((file) => file.startsWith(`${prefix}-`));
  assert.ok(name, `dist/chunks/${prefix}-*.js exists (have: ${chunks.join(', ')})`);
  return read(`chunks/${name}`);
};

test('the QR encoder is a chunk of its own, not in dist/trialkit.js', () => {
  assert.doesNotMatch(read('trialkit.js'), /lean-qr error/);
  assert.match(chunk('qr-panel'), /lean-qr error/);
});

test('share links live in the trial-share chunk, loaded only where <trial-share> is used', () => {
  assert.doesNotMatch(read('trialkit.js'), /bsky\.app|wa\.me/);
  const element = chunk('trial-share');
  for (const host of ['https://wa.me/', 'https://bsky.app/intent/compose', 'https://x.com/intent/tweet', 'https://t.me/share/url']) {
    assert.ok(element.includes(host), `${host} in trial-share`);
  }
  assert.ok(!chunks.some((name) => name.startsWith('share-view-')), 'no separate share-view chunk: the first screen comes with the element');
});

test('what the buttons do (clipboard, share sheet, panels) is a chunk of its own, not in the first screen', () => {
  const element = chunk('trial-share');
  const actions = chunk('share-actions');
  for (const api of ['writeText', 'execCommand', '.share(']) {
    assert.ok(actions.includes(api), `${api} in share-actions`);
    assert.ok(!element.includes(api), `${api} not in trial-share`);
  }
});

test('chunks import only from the bundle or each other (nothing from another host)', () => {
  for (const name of chunks) {
    const code = read(`chunks/${name}`);
    for (const [, specifier] of code.matchAll(/\bimport\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      assert.match(specifier, /^\.\.?\//, `${name} imports ${specifier}`);
    }
    assert.doesNotMatch(code, /<script|<iframe\s+src|\bnew Image\(/, `${name} loads no third-party content`);
  }
});
