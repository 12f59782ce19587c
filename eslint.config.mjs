import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  // lit-a11y ships a legacy-format config: register the plugin and take its recommended rules.
  { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    files: ['**/*.mjs', 'scripts/**', '.ci/**', 'bin/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain scripts that run in a test page.
    files: ['test/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The WordPress plugin's editor script, run by the block editor.
    files: ['wordpress/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Read the elements from the server build, where Lit provides customElements.
    files: ['scripts/build-css.mjs', 'scripts/build-wordpress.mjs'],
    languageOptions: { globals: { ...globals.node, customElements: 'readonly' } },
  },
  {
    // Drives a browser: the functions it hands to page.evaluate run in the page.
    files: ['scripts/smoke-stories.mjs', 'scripts/bench.mjs', 'scripts/bench-page.mjs', 'test/node/hydration.test.mjs', 'test/node/embed-frames.test.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // chai's property assertions (`expect(x).to.be.true`) read as bare expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // Layers, imports pointing one way: entry points → elements → core → data; the server apart.
  {
    files: ['src/data/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../core/*', '../elements/*', '../server/*', '../*.js'], message: 'src/data/ imports nothing else of src/: it is the layer everything else reads.' }] }] },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../elements/*', '../server/*', '../*.js'], message: 'src/core/ serves the elements: it imports only itself and src/data/.' }] }] },
  },
  {
    files: ['src/elements/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../../server/*', '../../*.js', '../../core/prerender-hooks.js'], message: 'An element imports core, data and other elements, never the server or an entry point.' }] }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
