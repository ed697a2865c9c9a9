// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** @param {string} where */
const restricted = (where) => (/** @type {string} */ name) => ({
  name,
  message: `${name} does not exist ${where}: this code must not depend on it.`,
});
const NODE_ONLY = [
  'process',
  'Buffer',
  '__dirname',
  '__filename',
  'require',
  'module',
  'global',
].map(restricted('in the browser'));
const BROWSER_ONLY = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
].map(restricted('in Node'));

export default defineConfig(
  { ignores: ['dist/', 'dist-public/', '.astro/', '.tmp/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  // Type-aware rules: floating promises, unsafe any, misused promises and the like.
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      // Everything outside src/browser runs in Node: the build, the tools and the tests.
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Fixed vocabularies (statuses, kinds, formats) grow: a switch must handle every value.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
  // Browser islands and the <script> blocks of .astro files run in the page, not in Node.
  {
    files: ['src/browser/**/*.ts', '**/*.astro/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-globals': ['error', ...NODE_ONLY] },
  },
  // Shared logic runs in both, so it may use neither's globals.
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...NODE_ONLY, ...BROWSER_ONLY] },
  },
  // The build, the tools and the tests that do not drive a browser run in Node only.
  {
    files: [
      'src/content-model/**/*.ts',
      'src/site/**/*.ts',
      'src/integrations/**/*.ts',
      'src/*.ts',
      'tools/**/*.ts',
      'tests/unit/**/*.ts',
      'tests/build/**/*.ts',
    ],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_ONLY] },
  },
  // In .astro files typescript-eslint cannot see Astro's types (props inferred from
  // getStaticPaths, template elements, astroHTML), so type-aware rules would report false
  // positives there; `astro check` type-checks them instead, and TypeScript owns undefined names.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    rules: { 'no-undef': 'off' },
  },
);
