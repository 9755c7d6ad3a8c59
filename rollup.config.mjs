// The script-tag bundle: one minified ES module that registers every element, with nothing external.
// (The npm build is plain `tsc` output with lit and zod left as dependencies.)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';

/**
 * terser minifies each chunk (esbuild only transpiles): on the same tree it made the eager bundle
 * 0.7 KB gzip smaller than esbuild's minifier and a page with all four elements 0.9 KB smaller.
 * Output stays UTF-8 (terser escapes nothing by default).
 */
const terser = () => ({
  name: 'terser',
  async renderChunk(code) {
    const result = await minify(code, { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });
    return { code: result.code, map: null };
  },
});

/**
 * esbuild writes its decorator helper (`__decorateClass`) into every module that uses decorators:
 * four copies in trialkit.js and one in each element's chunk. This puts one copy in a module of its
 * own (in trialkit.js, which every chunk imports from already) and has each module import it.
 */
const HELPER_ID = '\0trialkit-decorate-class';
const HELPER =
  /^(?:"use strict";\n)?var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\n(var __decorateClass = \(decorators, target, key, kind\) => \{\n[^]*?\n\};\n)/;
const sharedDecoratorHelper = () => {
  let helper;
  return {
    name: 'shared-decorator-helper',
    resolveId: (id) => (id === HELPER_ID ? id : null),
    load: (id) => (id === HELPER_ID ? `var __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nexport ${helper}` : null),
    transform(code) {
      const found = HELPER.exec(code);
      if (!found) return null;
      helper ??= found[1];
      // Every module gets the same helper from esbuild; a different one would be a new esbuild's, kept where it is.
      if (found[1] !== helper) return null;
      return { code: `import { __decorateClass } from '${HELPER_ID}';\n${code.slice(found[0].length)}`, map: null };
    },
  };
};

export default {
  input: 'src/bundle.ts',
  // Languages other than English (and other on-demand parts) become small chunks beside the bundle,
  // loaded from the same place only when a page needs them.
  // On-demand chunks import lit and the core from the bundle itself rather than from a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'trialkit.js',
    // Chunk names say what they hold: trial-faq-…, ui-es-…, glossary-en-…, qr-panel-…
    chunkFileNames: (chunk) => {
      const ids = [chunk.facadeModuleId ?? '', ...chunk.moduleIds].map((id) => id.replace(/\\/g, '/'));
      const id = ids[0];
      const element = ids.map((module) => /\/elements\/([\w-]+)\/register\.ts$/.exec(module)).find(Boolean);
      if (element) return `chunks/${element[1]}-[hash].js`;
      const language = /\/(i18n|glossary)\/([\w-]+?)(?:\/index)?\.ts$/.exec(id);
      if (language) return `chunks/${language[1] === 'i18n' ? 'ui' : 'glossary'}-${language[2]}-[hash].js`;
      return 'chunks/[name]-[hash].js';
    },
    format: 'es',
    sourcemap: false,
  },
  // zod's core has a harmless internal import cycle; everything else is worth seeing.
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
    warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    // The styles' css`` literals, minified (lightningcss): whitespace and comments are a tenth of the
    // eager bundle. html`` templates are left exactly as written: their whitespace is text.
    minifyLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { shouldMinify: () => false } }),
    // UTF-8 output (module scripts are always read as UTF-8): Chinese or Arabic strings as \uXXXX escapes
    // would be twice the size, and gzip does not win it all back. Transpiling only: terser minifies.
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', legalComments: 'none', charset: 'utf8' }),
    sharedDecoratorHelper(),
    // TRIALKIT_UNMINIFIED=1 keeps the source's names, for CPU profiles (bench/trace.mjs); the size
    // budgets then fail, as they should.
    ...(process.env.TRIALKIT_UNMINIFIED ? [] : [terser()]),
  ],
};
