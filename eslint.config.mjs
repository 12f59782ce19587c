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
    // Reads the elements' styles from the server build, where Lit provides customElements.
    files: ['scripts/build-css.mjs'],
    languageOptions: { globals: { ...globals.node, customElements: 'readonly' } },
  },
  {
    // Drives a browser: the functions it hands to page.evaluate run in the page.
    files: ['scripts/smoke-stories.mjs', 'scripts/bench.mjs', 'scripts/bench-page.mjs', 'test/node/hydration.test.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // chai's property assertions (`expect(x).to.be.true`) read as bare expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
