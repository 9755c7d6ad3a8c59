// Bundles the demo site's own scripts (the embed builder and the funnel page) with esbuild. They
// import trialkit's core from src/, as an app would; the elements come from dist/trialkit.js.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = ['builder', 'funnel'];

await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(pages.map((page) => [`${page}/dist/${page}`, `demo/${page}/${page}.ts`])),
  outdir: 'demo',
  bundle: true,
  splitting: true,
  // Shared chunks go to demo/dist/chunks/ (git-ignored like every dist/): build output, not source.
  chunkNames: 'dist/chunks/[name]-[hash]',
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`demo pages bundled: ${pages.join(', ')}`);
