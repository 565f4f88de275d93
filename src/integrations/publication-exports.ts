import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { publicationExportFormatOf } from '../lib/export/export-addresses.ts';
import { whenPagesStart } from '../build/astro-page-cache-links.ts';
import { linkFiles } from '../build/link-tree.ts';
import { peakMemoryMb } from '../build/peak-memory.ts';
import { recordPhase } from '../build/record-phase.ts';
import { exportFiles, type PublicationExportsOptions } from './publication-export-cache.ts';

export type { PublicationExportsOptions } from './publication-export-cache.ts';

/** The worker module, beside this one. */
const WORKER = new URL('./publication-export-worker.ts', import.meta.url);

/** What the worker reports: files reused and made, and the path of every export file (relative to the site root). */
interface CacheUpdate {
  reused: number;
  made: number;
  paths: string[];
}

/** Brings the export-file cache up to date in a worker thread; resolves with what it did, rejects with its error. */
function updateInWorker(root: string, options: PublicationExportsOptions, folder: string): Promise<CacheUpdate & { seconds: number }> {
  if (!existsSync(WORKER))
    throw new Error(`${fileURLToPath(WORKER)}: the export-file worker is missing. Fix: restore it, or change WORKER in src/integrations/publication-exports.ts to its new path.`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { root, options, folder } });
    worker.once('message', (update: CacheUpdate) => resolve({ ...update, seconds: (performance.now() - started) / 1000 }));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the export-file worker stopped with exit code ${code}`)));
  });
}

/**
 * Writes every publication's export files (one per format of src/lib/export/export-formats.ts) into
 * the build. As Astro routes these were one endpoint per publication and format, which at 10,000
 * publications cost more than rendering the pages themselves, on every build. The files come from
 * the same .bib files, read by the same loader code, as the publication pages; the dev server
 * answers the same addresses.
 *
 * The files are kept in Astro's cache folder, publication by publication (publication-export-cache.ts):
 * a rebuild writes only the files of publications whose record (or the export code) changed. That
 * work runs in a worker thread beside Astro's page rendering, which keeps one core busy; when the
 * pages are written, the files are linked (hard links) into the build. The worker starts with the
 * pages (the first page Astro stores in or restores from its incremental-build cache), not with the
 * build: Vite's bundling and the collecting of every route's paths before it are the Astro
 * process's peaks of memory, and the worker beside them took an edit at 10,000 publications over
 * 2 GB (docs/benchmarks.md). Without that signal it starts once the pages are written.
 */
export function publicationExportsIntegration(options: PublicationExportsOptions): AstroIntegration {
  let root = process.cwd();
  let cacheDir = new URL('node_modules/.astro/', `file://${root}/`);
  let update: Promise<CacheUpdate & { seconds: number }> | undefined;
  const cacheFolder = () => join(fileURLToPath(cacheDir), 'publication-exports');
  const startUpdate = () => {
    if (update) return;
    update = updateInWorker(root, options, cacheFolder());
    // Awaited when the pages are written; until then a failure must not count as unhandled.
    update.catch(() => undefined);
  };
  return {
    name: 'refocus:publication-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = config.cacheDir;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).slice(1);
          const format = publicationExportFormatOf(path);
          if (!format) return next();
          try {
            const file = (await exportFiles(root, options)).find((candidate) => candidate.path === path);
            if (!file) return next();
            response.setHeader('Content-Type', format.mediaType);
            response.end(file.body);
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:start': () => {
        update = undefined;
        whenPagesStart(startUpdate);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`pages written (peak memory so far ${peakMemoryMb()} MB)`);
        const started = performance.now();
        const startedAt = new Date();
        const besidePages = update !== undefined;
        const { reused, made, paths, seconds } = await (update ?? updateInWorker(root, options, cacheFolder()));
        update = undefined;
        await linkFiles(join(cacheFolder(), 'files'), fileURLToPath(dir), paths);
        recordPhase({ name: 'exportFiles', counts: { files: paths.length }, reused, made }, startedAt);
        const worker = besidePages ? `${seconds.toFixed(1)} s in a worker started with the pages` : 'the worker started after the pages, as no page was cached';
        const took = `in ${((performance.now() - started) / 1000).toFixed(1)} s after the pages (${worker})`;
        logger.info(
          made === 0
            ? `the records and the export code are unchanged since the last build; reused its publication export files ${took}`
            : `wrote ${made} publication export files and reused ${reused} ${took}`,
        );
      },
    },
  };
}
