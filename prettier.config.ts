/**
 * Prettier, set to the code style already in use: single quotes, semicolons, trailing commas, and
 * long lines (180 columns: the narrowest width that keeps most of today's lines as they are).
 * prettier-plugin-astro formats .astro files. What it leaves alone is in .prettierignore.
 * `npm run format` writes; `npm run format:check` (part of npm test) only reports.
 */
import type { Config } from 'prettier';

const config: Config = {
  printWidth: 180,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  // Whitespace in markup is meaning: with the default ('css') Prettier may break a line before
  // punctuation after an inline element, which puts a visible space in the page.
  htmlWhitespaceSensitivity: 'strict',
};

export default config;
