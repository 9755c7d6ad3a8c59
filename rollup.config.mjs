// The script-tag bundle: one minified ES module that registers every element, with nothing external.
// (The npm build is plain `tsc` output with lit and zod left as dependencies.)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/index.ts',
  // On-demand chunks import what they share (lit, core helpers) from trialkit.js itself, rather
  // than rollup moving everything into a shared chunk behind a one-line trialkit.js facade.
  preserveEntrySignatures: 'allow-extension',
  // Languages other than English (and other on-demand parts) become small chunks beside the bundle,
  // loaded from the same place only when a page needs them.
  output: { dir: 'dist', entryFileNames: 'trialkit.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: false },
  // zod's core has a harmless internal import cycle; everything else is worth seeing.
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
    warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: true, legalComments: 'none' }),
  ],
};
