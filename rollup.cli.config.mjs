// The `trialkit` command line, for Node: dist/cli.js (the executable, src/cli/bin.ts) and
// dist/cli/run.js (`run(argv, io)`, src/cli/main.ts, which tests import). Its own code (core, i18n
// catalogs, packet) is bundled; npm dependencies and Node built-ins stay imports.
import esbuild from 'rollup-plugin-esbuild';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/**
 * `trialkit render` imports the npm build of trialkit/render (dist/npm/render/, tsc's output)
 * rather than a bundled copy: one copy of the elements per process, so that a program that
 * imports trialkit/render and runs the CLI in-process (the tests do) renders with one registry.
 */
const renderEntry = {
  name: 'trialkit-render-entry',
  resolveId(source, importer) {
    if (source === '../render/index.js' && importer?.replace(/\\/g, '/').includes('/src/cli/')) {
      // Written as it is ('absolute': not rebased), from dist/cli/run.js, where main.ts is built.
      return { id: '../npm/render/index.js', external: 'absolute' };
    }
    return null;
  },
};

export default {
  input: { cli: 'src/cli/bin.ts', run: 'src/cli/main.ts' },
  external: isBare,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: (chunk) => (chunk.name === 'cli' ? 'cli.js' : 'cli/[name].js'),
    // Languages other than English load on demand, as in the browser bundle; kept apart from its chunks.
    chunkFileNames: 'cli/chunks/[name]-[hash].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  plugins: [renderEntry, esbuild({ tsconfig: 'tsconfig.json', target: 'node20' })],
};
