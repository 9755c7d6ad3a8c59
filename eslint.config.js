// ESLint flat config: JavaScript and TypeScript rules, lit templates (eslint-plugin-lit), custom
// element rules (eslint-plugin-wc) and accessibility inside templates (eslint-plugin-lit-a11y).
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output, generated files and recorded test data.
    ignores: ['**/dist/', '**/chunks/', 'custom-elements.json', 'node_modules/', 'test/fixtures/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  litA11y.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    settings: {
      // Our elements extend LitElement through TrialElement: both count as custom element bases.
      wc: { elementBaseClasses: ['LitElement', 'TrialElement'] },
    },
    rules: {
      // LitElement implements every lifecycle callback, so `super.connectedCallback()` never needs a guard.
      'wc/guard-super-call': 'off',
      // `_` marks a parameter a callback's signature needs but this body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `node` starts a walk up the tree from the element; `element` is read by getters of an object literal.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['node', 'element'] }],
      // `declare module 'react' { namespace JSX … }` is how React's JSX types are extended (src/react.ts).
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node: build scripts, benchmarks, the CLI, Node tests, the test server and tool configs.
    files: ['scripts/**', 'bench/**/*.mjs', 'src/cli/**', 'src/tooling/**', 'test/node/**', 'test/server/**', '*.config.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
