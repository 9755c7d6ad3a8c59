// Right-to-left readiness that a browser test would not notice: every style in src/ uses logical
// properties (so an Arabic widget mirrors by itself), and the new languages are lazy chunks, not
// in the script-tag bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

function sourceFiles(dir) {
  return readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(`${dir}${entry.name}/`) : entry.name.endsWith('.ts') ? [`${dir}${entry.name}`] : [],
  );
}

/** The CSS in a source file: lit `css` templates and `…_CSS = \`…\`` strings (the QR print page). */
function stylesIn(source) {
  return [...source.matchAll(/(?:\bcss|_CSS\s*=\s*)`([^`]*)`/g)].map((match) => match[1]);
}

/** Physical properties and values, with what to use instead. */
const PHYSICAL = [
  [/\b(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)\b/, 'margin-inline-start, padding-block-end, border-inline-start…'],
  [/(?:^|[\s;{])(?:left|right|top|bottom)\s*:/, 'inset-inline-start, inset-block-start…'],
  [/\bborder-(?:top|bottom)-(?:left|right)-radius\b/, 'border-start-start-radius…'],
  [/\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/, 'start / end (inline-start / inline-end)'],
  [/(?:^|[\s;{])(?:min-|max-)?(?:width|height)\s*:/, 'inline-size, block-size…'],
  [/\((?:min-|max-)?width\s*:/, 'a container query on inline-size'],
  // Three or four values name the left and right sides separately.
  [
    /(?:^|[\s;{])(?:margin|padding|border-width|border-style|border-color|inset)\s*:\s*[^\s;{}]+\s+[^\s;{}]+\s+[^\s;{}]+/,
    'margin-block / margin-inline (two values are symmetric)',
  ],
];

test('every style in src/ uses logical properties (right-to-left languages mirror by themselves)', () => {
  const found = [];
  for (const file of sourceFiles('src/')) {
    for (const css of stylesIn(read(file))) {
      for (const line of css.split('\n')) {
        // A glyph that must point the same way in both directions (the FAQ chevron points down).
        if (line.includes('physical on purpose')) continue;
        for (const [pattern, instead] of PHYSICAL) {
          if (pattern.test(line)) found.push(`${file}: "${line.trim()}" (use ${instead})`);
        }
      }
    }
  }
  assert.deepEqual(found, []);
});

test('the check itself finds physical properties', () => {
  const flagged = (css) => PHYSICAL.some(([pattern]) => css.split('\n').some((line) => pattern.test(line)));
  for (const bad of [
    'margin-left: 1em;',
    '  padding: 0 1em 0 2em;',
    'margin: 0 0 1em;',
    'text-align: right;',
    'left: 0;',
    'max-width: 3em;',
    '@container (max-width: 20em) {',
    'border-top-left-radius: 2px;',
  ]) {
    assert.ok(flagged(bad), bad);
  }
  for (const good of [
    'margin-inline-start: 1em;',
    'padding: 0.5em 1em;',
    'text-align: start;',
    'inset-inline-start: 0;',
    'max-inline-size: 3em;',
    'border-radius: 50%;',
    'margin: 0;',
    'padding: 0; border: 0; font: inherit; color: red;',
  ]) {
    assert.ok(!flagged(good), good);
  }
});

test('Simplified Chinese and Arabic are chunks of their own, not in the script-tag bundle', () => {
  const bundle = read('dist/trialkit.js');
  const chinese = '正在招募志愿者';
  const arabic = 'تبحث عن متطوعين الآن';
  assert.ok(!bundle.includes(chinese) && !bundle.includes(arabic), 'no Chinese or Arabic strings in dist/trialkit.js');
  const chunks = readdirSync(new URL('dist/chunks/', root)).map((name) => read(`dist/chunks/${name}`));
  assert.equal(chunks.filter((code) => code.includes(chinese)).length, 1, 'one Chinese chunk');
  assert.equal(chunks.filter((code) => code.includes(arabic)).length, 1, 'one Arabic chunk');
  assert.ok(
    chunks.every((code) => !(code.includes(chinese) && code.includes(arabic))),
    'each language in its own chunk',
  );
});
