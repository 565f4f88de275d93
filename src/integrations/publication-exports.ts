import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadBibliography } from '../lib/bibtex/load-bibliography.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export/export-formats.ts';
import { publicationExportFiles, toExportable, type ExportFile } from '../lib/export/publication-export-files.ts';
import { readBibtexSources } from '../loaders/bibtex-loader.ts';

/** Options for {@link publicationExportsIntegration}. */
export interface PublicationExportsOptions {
  /** Folder holding the .bib files, relative to the project root (the same as the publications loader's). */
  directory: string;
}

async function exportFiles(root: string, directory: string): Promise<ExportFile[]> {
  return [...publicationExportFiles(loadBibliography(await readBibtexSources(root, directory)).map(toExportable))];
}

/**
 * Writes every publication's .bib, .ris and .json file into the build in one pass. As Astro routes
 * these were three endpoints per publication, which at 10,000 publications cost more than rendering
 * the pages themselves, on every build. The files come from the same .bib files, read by the same
 * loader code, as the publication pages; the dev server answers the same addresses.
 */
export function publicationExportsIntegration(options: PublicationExportsOptions): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'refocus:publication-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).slice(1);
          const format = /^publications\/[^/]+\.(bib|ris|json)$/.exec(path)?.[1] as ExportFormat | undefined;
          if (!format) return next();
          try {
            const file = (await exportFiles(root, options.directory)).find((candidate) => candidate.path === path);
            if (!file) return next();
            response.setHeader('Content-Type', EXPORT_FORMATS[format].mediaType);
            response.end(file.body);
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await exportFiles(root, options.directory);
        const folders = new Set(files.map((file) => dirname(fileURLToPath(new URL(file.path, dir)))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        // A few hundred writes in flight at once: fast, and well under any open-file limit.
        for (let start = 0; start < files.length; start += 256) {
          await Promise.all(files.slice(start, start + 256).map((file) => writeFile(new URL(file.path, dir), file.body)));
        }
        logger.info(`wrote ${files.length} publication export files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
