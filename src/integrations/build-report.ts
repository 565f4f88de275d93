import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkAstroPageCache, pageCacheLinks } from '../build/astro-page-cache-links.ts';
import { countReusedPages, readIncrementalManifest, type IncrementalManifest } from '../build/incremental-pages.ts';
import { recordPhase } from '../build/record-phase.ts';

/**
 * Makes Astro's incremental build link pages between the site and its cache rather than write
 * them twice (src/build/astro-page-cache-links.ts), and records the `pages` phase of the build report (src/build/build-report.ts): from the start of
 * Astro's build to the written pages, how many pages there are and how many Astro's incremental
 * build reused. Register it before the integrations that work on the written pages.
 */
export function buildReportIntegration(): AstroIntegration {
  let root = process.cwd();
  let manifestFile = '';
  let previous: IncrementalManifest | undefined;
  let startedAt = new Date();
  return {
    name: 'refocus:build-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        manifestFile = fileURLToPath(new URL('incremental-build.json', config.cacheDir));
      },
      'astro:build:start': async () => {
        startedAt = new Date();
        await linkAstroPageCache(root);
        // Read before Astro writes this build's manifest over it.
        previous = readIncrementalManifest(manifestFile);
      },
      'astro:build:done': ({ pages, logger }) => {
        const next = readIncrementalManifest(manifestFile);
        if (!next)
          throw new Error(
            `${manifestFile}: Astro wrote no incremental-build manifest. Fix: keep experimental.incrementalBuild on in astro.config.mjs, or drop the page-reuse count from src/integrations/build-report.ts.`,
          );
        const reused = countReusedPages(previous, next);
        logger.info(
          `pages shared with the incremental-build cache by hard links: ${pageCacheLinks.stored} stored, ${pageCacheLinks.restored} restored${pageCacheLinks.copied > 0 ? `; ${pageCacheLinks.copied} copied (another file system)` : ''}`,
        );
        recordPhase({ name: 'pages', counts: { pages: pages.length }, reused, made: pages.length - reused }, startedAt);
      },
    },
  };
}
