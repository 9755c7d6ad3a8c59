// The `trialkit` command line, for Node: dist/cli.js (the executable, src/cli/bin.ts) and
// dist/cli/run.js (`run(argv, io)`, src/cli/main.ts, which tests import). Its own code (core, i18n
// catalogs, packet) is bundled; npm dependencies and Node built-ins stay imports.
import esbuild from 'rollup-plugin-esbuild';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

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
  plugins: [esbuild({ tsconfig: 'tsconfig.json', target: 'node20' })],
};
