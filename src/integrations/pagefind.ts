import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_EXCLUDE_SELECTORS } from '../lib/search/facets.ts';
import { pageUrlOf, separateBlockText } from '../lib/search/index-html.ts';

interface PagefindResponse {
  errors: string[];
}

/** Throws once with every error Pagefind reported, so a broken index never ships quietly. */
function assertNoErrors<T extends PagefindResponse>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n${response.errors.map((error) => `  - ${error}`).join('\n')}`);
  }
  return response;
}

/** The number of pages in the written index, read from its entry file (HTML files without data-pagefind-body are skipped). */
async function countIndexedPages(outputPath: URL): Promise<number> {
  const entry = JSON.parse(await readFile(new URL('pagefind-entry.json', outputPath), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((total, language) => total + (language.page_count ?? 0), 0);
}

/** Every HTML file under dist/, as paths relative to it, sorted. */
async function listHtmlFiles(dir: URL): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((path) => path.endsWith('.html')).sort();
}

/**
 * Indexes the built site with Pagefind's Node API and writes the bundle to dist/pagefind/.
 * Only elements marked data-pagefind-body are indexed (see BaseLayout's `searchType`), minus the
 * selectors in SEARCH_EXCLUDE_SELECTORS. Each file is handed over as HTML (rather than with
 * addDirectory) so that separateBlockText can keep the words of lists and tables apart.
 */
export async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<{ htmlFiles: number; indexedPages: number }> {
  const started = performance.now();
  try {
    const { index } = assertNoErrors('starting', await pagefind.createIndex({ excludeSelectors: [...SEARCH_EXCLUDE_SELECTORS], forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind failed while starting: it returned no index.');
    const files = await listHtmlFiles(dir);
    const problems: string[] = [];
    for (const file of files) {
      const { errors } = await index.addHTMLFile({ url: pageUrlOf(file), content: separateBlockText(await readFile(new URL(file, dir), 'utf8')) });
      problems.push(...errors.map((error) => `${file}: ${error}`));
    }
    assertNoErrors('reading the built pages', { errors: problems });
    const htmlFiles = files.length;
    const outputPath = new URL('pagefind/', dir);
    assertNoErrors('writing the index', await index.writeFiles({ outputPath: fileURLToPath(outputPath) }));
    const indexedPages = await countIndexedPages(outputPath);
    if (indexedPages === 0) {
      throw new Error(`Pagefind indexed none of the ${htmlFiles} HTML files. Fix: check that layouts still mark their main content with data-pagefind-body (BaseLayout's searchType prop).`);
    }
    logger.info(`Pagefind indexed ${indexedPages} of ${htmlFiles} HTML files in ${Math.round(performance.now() - started)} ms`);
    return { htmlFiles, indexedPages };
  } finally {
    await pagefind.close();
  }
}

/** Builds the Pagefind search index after Astro has written dist/. Register it after the integrations that write pages. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'refocus-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(dir, logger);
      },
    },
  };
}
