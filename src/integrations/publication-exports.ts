import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { loadBibliography, type BibtexSource } from '../lib/bibtex/load-bibliography.ts';
import { publicationExportFormatOf } from '../lib/export/export-addresses.ts';
import { publicationExportFiles, toExportable, type ExportFile } from '../lib/export/publication-export-files.ts';
import { exportCaveatsOf } from '../lib/provenance/check-provenance.ts';
import { readBibtexSources } from '../loaders/bibtex-loader.ts';
import { digestOfInputs, type CacheInputs } from '../build/cache-key.ts';
import { linkTree } from '../build/link-tree.ts';
import { peakMemoryMb } from '../build/peak-memory.ts';
import { recordPhase } from '../build/record-phase.ts';

/** Options for {@link publicationExportsIntegration}. */
export interface PublicationExportsOptions {
  /** Folder holding the .bib files, relative to the project root (the same as the publications loader's). */
  directory: string;
  /** Files read strictly, as the publications loader reads them (see bibtexLoader). */
  strictFiles: string[];
  /** The provenance file (relative to the project root), whose incomplete records carry a caveat into their exports; none when absent. */
  provenance?: string;
}

/** The export inputs besides the code: the .bib files and the provenance file's text ('' without one). */
interface ExportSources {
  bibtex: BibtexSource[];
  provenance: string;
}

async function readExportSources(root: string, options: PublicationExportsOptions): Promise<ExportSources> {
  const [bibtex, provenance] = await Promise.all([readBibtexSources(root, options.directory), options.provenance ? readFile(join(root, options.provenance), 'utf8') : '']);
  return { bibtex, provenance };
}

/** The code the export files are made by: this module and everything it imports, with the packages' versions. */
const EXPORT_CODE: CacheInputs = { modules: [fileURLToPath(import.meta.url)] };

/** A digest of everything the export files are made from: the .bib files, the provenance file, the code that writes them and the packages. */
async function digestOfExportInputs(root: string, sources: ExportSources): Promise<string> {
  const hash = createHash('sha256').update(await digestOfInputs(root, EXPORT_CODE));
  for (const source of sources.bibtex) hash.update(`${source.file}\u0000${source.text}\u0000`);
  hash.update(`provenance\u0000${sources.provenance}`);
  return hash.digest('hex').slice(0, 32);
}

/** Every publication's export files, from the .bib files as the loader reads them, with the caveats of incomplete records. */
function exportFilesFrom(sources: ExportSources, strictFiles: string[]): ExportFile[] {
  const caveats = exportCaveatsOf((parseYaml(sources.provenance) as Parameters<typeof exportCaveatsOf>[0] | null) ?? {});
  return [...publicationExportFiles(loadBibliography(sources.bibtex, { strictFiles }).map((publication) => toExportable(publication, caveats)))];
}

async function exportFiles(root: string, options: PublicationExportsOptions): Promise<ExportFile[]> {
  return exportFilesFrom(await readExportSources(root, options), options.strictFiles);
}

/**
 * Writes every publication's export files (one per format of src/lib/export/export-formats.ts) into
 * the build in one pass. As Astro routes these were one endpoint per publication and format, which
 * at 10,000 publications cost more than rendering the pages themselves, on every build. The files come from the same .bib files, read by the same
 * loader code, as the publication pages; the dev server answers the same addresses. A rebuild from
 * unchanged .bib files and code links the last build's files from Astro's cache folder.
 */
export function publicationExportsIntegration(options: PublicationExportsOptions): AstroIntegration {
  let root = process.cwd();
  let cacheDir = new URL('node_modules/.astro/', `file://${root}/`);
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
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`pages written (peak memory so far ${peakMemoryMb()} MB)`);
        const started = performance.now();
        const startedAt = new Date();
        const sources = await readExportSources(root, options);
        // The files are written into the cache folder and linked into the build, so that a rebuild
        // from the same .bib files and the same code links the last build's files instead.
        const cacheRoot = join(fileURLToPath(cacheDir), 'publication-exports');
        const cached = join(cacheRoot, await digestOfExportInputs(root, sources));
        const cachedFiles = join(cached, 'files');
        if (existsSync(join(cached, 'done'))) {
          const reused = await linkTree(cachedFiles, fileURLToPath(dir));
          recordPhase({ name: 'exportFiles', counts: { files: reused }, reused, made: 0 }, startedAt);
          logger.info(
            `the .bib files and the export code are unchanged since the last build; reused its publication export files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
          return;
        }
        const files = exportFilesFrom(sources, options.strictFiles);
        await rm(cacheRoot, { recursive: true, force: true });
        const folders = new Set(files.map((file) => dirname(join(cachedFiles, file.path))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        // A few hundred writes in flight at once: fast, and well under any open-file limit.
        for (let start = 0; start < files.length; start += 256) {
          await Promise.all(files.slice(start, start + 256).map((file) => writeFile(join(cachedFiles, file.path), file.body)));
        }
        await linkTree(cachedFiles, fileURLToPath(dir));
        await writeFile(join(cached, 'done'), '');
        recordPhase({ name: 'exportFiles', counts: { files: files.length }, reused: 0, made: files.length }, startedAt);
        logger.info(`wrote ${files.length} publication export files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
