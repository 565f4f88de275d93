import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rebaseHtml } from '../lib/site/rebase-html.ts';

/**
 * Under a base path (BASE_PATH, content/site.yaml), rewrites every built page's root-absolute links,
 * those of components and of content/ MDX alike, to lie under it (src/lib/site/rebase-html.ts).
 * Register it before the search index, which reads the finished pages.
 */
export function basePathIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'refocus-base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (base === '/') return;
        const files = (await readdir(dir, { recursive: true })).filter((path) => path.endsWith('.html'));
        for (let start = 0; start < files.length; start += 64) {
          await Promise.all(
            files.slice(start, start + 64).map(async (file) => {
              const url = new URL(file, dir);
              const html = await readFile(url, 'utf8');
              const rebased = rebaseHtml(html, base);
              // A new file replaces the page rather than the page being rewritten in place: the page
              // may be a hard link shared with a build cache (src/build/astro-page-cache-links.ts).
              if (rebased === html) return;
              const path = fileURLToPath(url);
              await writeFile(`${path}.rebased`, rebased);
              await rename(`${path}.rebased`, path);
            }),
          );
        }
        logger.info(`links of ${files.length} HTML files put under the base path ${base}`);
      },
    },
  };
}
