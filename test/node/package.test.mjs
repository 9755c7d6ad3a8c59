// What the published package promises its users. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('every package a published .d.ts imports is a dependency, or a peer dependency marked optional', () => {
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const files = readdirSync(join(root, 'dist/npm'), { recursive: true }).filter((file) => file.endsWith('.d.ts'));
  assert.ok(files.length > 10, 'run `npm run build` first');
  const missing = new Set();
  for (const file of files) {
    const text = readFileSync(join(root, 'dist/npm', file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, specifier] of text.matchAll(/\bfrom\s+'([^'.][^']*)'|\bimport\(\s*'([^'.][^']*)'\s*\)/g)) {
      if (!specifier || specifier.startsWith('node:') || specifier.split('/')[0] === pkg.name) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      // A bare `react` import type-checks against @types/react.
      const types = declared.has(name) ? name : `@types/${name}`;
      if (!declared.has(types)) missing.add(`${name} (in ${file})`);
    }
  }
  assert.deepEqual([...missing], []);
  // React users get JSX types from `trialkit/react`; nobody else should have to install React's types.
  assert.equal(pkg.peerDependenciesMeta?.['@types/react']?.optional, true);
});

test('custom-elements.json and the README give each element the same heading-level range', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const range = (text) =>
    /(\d)\s*[–-]\s*(\d)/
      .exec(text ?? '')
      ?.slice(1, 3)
      .join('–');
  let compared = 0;
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const attribute = declaration.attributes?.find((a) => a.name === 'heading-level');
      if (!declaration.tagName || !attribute) continue;
      const section = readme.split(`### \`<${declaration.tagName}>\``)[1]?.split('\n### ')[0] ?? '';
      const row = /^\| `heading-level` \|([^|]*)\|/m.exec(section)?.[1];
      assert.ok(row, `README documents heading-level of <${declaration.tagName}>`);
      const documented = declaration.members?.find((m) => m.name === 'headingLevel')?.description ?? attribute.description;
      assert.equal(range(documented), range(row), `<${declaration.tagName}>: manifest "${documented}" vs README "${row.trim()}"`);
      compared++;
    }
  }
  assert.ok(compared >= 3, `compared ${compared} elements`);
});
