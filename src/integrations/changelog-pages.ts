import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { checkChanges, entryLines } from '../lib/changes/changelog.ts';
import { CHANGES_FILE, ChangeSchema } from '../schemas/changes.ts';

/**
 * Fails the build when a changelog entry names a page the build did not make: only once every page is
 * built can the site's paths be known. (Citation keys are checked earlier, by src/queries/changes.ts.)
 */
export function changelogPagesIntegration(): AstroIntegration {
  return {
    name: 'refocus-changelog-pages',
    hooks: {
      'astro:build:done': async ({ pages }) => {
        if (!existsSync(CHANGES_FILE)) return; // the changelog is optional
        const text = await readFile(CHANGES_FILE, 'utf8');
        // The collection already validated the entries; this reads the same file for their pages and lines.
        const changes = (parse(text) as unknown[]).map((entry) => ChangeSchema.parse(entry));
        const sitePaths = new Set(pages.map((page) => `/${page.pathname}`));
        const messages = checkChanges(changes, { file: CHANGES_FILE, lines: entryLines(text), sitePaths });
        if (messages.length > 0) throw new Error(`The changelog has ${messages.length} problem(s):\n${messages.map((message) => `  - ${message}`).join('\n')}`);
      },
    },
  };
}
