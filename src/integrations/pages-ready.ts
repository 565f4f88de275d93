import type { AstroIntegration } from 'astro';
import { announcePagesReady } from '../build/pages-ready.ts';

/**
 * Tells the build script that the pages are final, so that it starts printing the manual's PDFs
 * while the search index is made (src/build/pages-ready.ts). Register it after every integration
 * that changes a page (base path) and before the search index.
 */
export function pagesReadyIntegration(): AstroIntegration {
  return {
    name: 'refocus:pages-ready',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (announcePagesReady()) logger.info('pages final: the manual PDFs are printed while the search index is made');
      },
    },
  };
}
