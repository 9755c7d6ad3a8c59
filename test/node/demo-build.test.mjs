// The demo pages' esbuild output is build output, not source: after `npm run build` nothing it
// wrote is tracked by git or left untracked-but-not-ignored. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

test('the demo bundles and their hashed chunks are ignored, never committed', () => {
  assert.ok(existsSync(`${root}demo/builder/dist/builder.js`), 'run `npm run build` first');
  assert.deepEqual(
    git('ls-files', 'demo').filter((file) => /(^|\/)(chunks|dist)\//.test(file)),
    [],
    'no build output in git',
  );
  assert.deepEqual(git('ls-files', '--others', '--exclude-standard', 'demo'), [], 'everything the build wrote under demo/ is ignored');
  assert.ok(
    git('ls-files', '--others', '--ignored', '--exclude-standard', 'demo').some((file) => file.startsWith('demo/dist/chunks/')),
    'chunks go to demo/dist/chunks/',
  );
});
