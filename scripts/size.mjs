// Prints the gzip size (level 9) of each bundle: what a visitor downloads.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').sort() : [];
const files = [
  ['dist/trialkit.js', 'script-tag bundle: <trial-study>, <trial-card>, English'],
  ...chunks.map((name) => [
    `dist/chunks/${name}`,
    name.startsWith('ui-')
      ? 'UI strings of one language, loaded when a page uses it'
      : name.startsWith('glossary-')
        ? 'built-in glossary of one language, loaded after first render'
        : name.startsWith('validate-')
          ? 'the config checker (zod + schema), fetched beside the config'
          : name.startsWith('trial-')
            ? 'an element, defined when a page first uses it'
            : 'a part loaded only when it is opened or needed',
  ]),
  ['dist/npm/index.js', 'npm entry (lit, zod external)'],
  ['dist/trialkit.schema.json', 'JSON Schema'],
];
const rows = files
  .filter(([file]) => existsSync(file))
  .map(([file, what]) => {
    const raw = readFileSync(file);
    return { file, what, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
if (!rows.length) {
  console.error('No bundles found. Run `npm run build` first.');
  process.exit(2);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('bundle'.padEnd(36), 'raw'.padStart(10), 'gzip -9'.padStart(10), ' what');
for (const row of rows) console.log(row.file.padEnd(36), kb(row.raw).padStart(10), kb(row.gzip).padStart(10), ` ${row.what}`);
