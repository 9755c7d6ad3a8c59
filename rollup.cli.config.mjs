// The `trialkit` command line: one Node ES module, dist/cli.js. Its own code (core, i18n catalogs,
// packet) is bundled; npm dependencies and Node built-ins stay imports.
import esbuild from 'rollup-plugin-esbuild';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default {
  input: 'src/cli/main.ts',
  external: isBare,
  output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
  plugins: [esbuild({ tsconfig: 'tsconfig.json', target: 'node20' })],
};
