// Bundles the framework recipes (examples/react, examples/vue) as an app's bundler would.
// `import 'trialkit'` resolves through this package's own `exports` map to the npm build in
// dist/npm (esbuild follows a package's self-reference, as Node does), so the recipes test what
// an npm user gets. Run `npm run build` first; `npm test` does.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(`${root}dist/npm/index.js`)) {
  console.error('build-examples: dist/npm is missing. Run `npm run build` first.');
  process.exit(1);
}

// Development builds: the frameworks' own warnings stay on, so the recipe tests fail on them.
const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development';

const recipes = [
  { name: 'react', entry: 'src/main.tsx', define: {} },
  {
    name: 'vue',
    entry: 'src/main.ts',
    // Vue's esm-bundler build reads these compile-time flags.
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  },
];

for (const recipe of recipes) {
  const dir = `${root}examples/${recipe.name}`;
  rmSync(`${dir}/dist`, { recursive: true, force: true });
  await build({
    absWorkingDir: dir,
    entryPoints: { app: recipe.entry },
    tsconfig: `${dir}/tsconfig.json`,
    outdir: `${dir}/dist`,
    bundle: true,
    splitting: true, // trialkit's on-demand language chunks stay separate files
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: mode === 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode), ...recipe.define },
    legalComments: 'none',
    logLevel: 'warning',
  });
  console.log(`examples/${recipe.name}/dist/app.js (${mode})`);
}
