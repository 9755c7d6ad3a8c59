// The script-tag bundle: one self-contained, minified ES module that registers every element.
// (The npm build is plain `tsc` output with lit and zod left as dependencies.)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/index.ts',
  output: { file: 'dist/trialkit.js', format: 'es', sourcemap: false },
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
