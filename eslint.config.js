/**
 * ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro (which parses
 * the frontmatter, template expressions and <script> blocks of .astro files). Formatting is
 * Prettier's job (prettier.config.ts), so no stylistic rules here. docs/quality.md says why these.
 * `npm run lint`.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist.staging/', 'dist.previous/', '.astro/', '.tmp/', 'test-results/', 'playwright-report/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Node for the build, scripts and tests; the browser for client modules and <script> blocks.
    // TypeScript checks undefined names in .ts files, so these only matter for .js, .mjs and .astro.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `const { volume: _volume, ...rest } = item` drops a field on purpose: the rest is what is used.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // public/scripts/ is served as written, in ES5 for every browser: `catch (e)` there has no
    // binding-free form.
    files: ['public/**/*.js'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
