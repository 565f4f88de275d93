import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadBibliography, MACRO_FILE, type BibtexSource } from '../lib/bibtex/load-bibliography.ts';
import { BibliographyError, formatProblem } from '../lib/bibtex/problems.ts';
import { PublicationSchema } from '../schemas/publication.ts';
import { toPlainValue } from '../lib/csl/rich-text.ts';
import { peakMemoryMb } from '../build/peak-memory.ts';
import { recordPhase } from '../build/record-phase.ts';
import { digestOfInputs } from '../build/cache-key.ts';
import { FORMATTING_CODE, formatReferences } from './format-references.ts';

/** This loader and everything it runs: a change to any of it must not reuse the stored entries. */
const LOADER_CODE = { modules: [fileURLToPath(import.meta.url)] };

/** Raise when the stored publication data changes shape, so cached entries are rebuilt. */
const CACHE_VERSION = 'publications-v6';
/** Warnings printed in the build output; all of them are listed on the data-quality page. */
const WARNINGS_IN_LOG = 50;

/** Options for {@link bibtexLoader}. */
export interface BibtexLoaderOptions {
  /** Folder holding the .bib files, relative to the project root. */
  directory: string;
  /**
   * Files read strictly (relative to the project root): a missing title or year there fails the build
   * instead of being warned about. The annotated bibliography of content/framework.yaml is one.
   */
  strictFiles: string[];
}

/**
 * Loads every `*.bib` file in a folder as one bibliography (so @string macros and crossrefs may span
 * files) into a collection with one entry per citation key. Any problem in any file fails the build
 * with one message listing them all. Unchanged files are not parsed again (content-layer cache).
 */
export function bibtexLoader(options: BibtexLoaderOptions): Loader {
  if (!options.directory) throw new Error('bibtexLoader: give the folder of .bib files, e.g. bibtexLoader({ directory: "references" })');
  return {
    name: 'bibtex-loader',
    schema: PublicationSchema,
    async load({ store, meta, parseData, generateDigest, logger, config }) {
      const startedAt = new Date();
      const root = fileURLToPath(config.root);
      const sources = await readBibtexSources(root, options.directory);
      // The cache keys cover the files and what turns them into data: this loader's output shape, and
      // the code that runs (followed through its imports, with the packages' versions). A formatted
      // reference is kept while its item and the formatting code (the salt) are unchanged.
      const [salt, loaderCode] = await Promise.all([digestOfInputs(root, { ...FORMATTING_CODE, values: [CACHE_VERSION] }), digestOfInputs(root, LOADER_CODE)]);
      const digest = generateDigest([salt, loaderCode, options.strictFiles.join('\n'), ...sources.map((source) => `${source.file}\n${source.text}`)].join('\n\u0000'));
      if (meta.get('digest') === digest && store.keys().length > 0) {
        logger.info(`${options.directory}: unchanged, ${store.keys().length} publications from the cache`);
        recordPhase({ name: 'references', counts: { publications: store.keys().length, bibFiles: sources.length }, reused: store.keys().length, made: 0 }, startedAt);
        return;
      }
      let publications;
      try {
        publications = loadBibliography(sources, { strictFiles: options.strictFiles });
      } catch (error) {
        // eslint-disable-next-line preserve-caught-error -- the message is the whole report; as a `cause`, Astro would print it twice.
        if (error instanceof BibliographyError) throw new Error(`${error.message}\n(Nothing was built: fix the lines above and build again.)`);
        throw error;
      }
      const warnings = publications.flatMap((publication) => publication.warnings);
      for (const warning of warnings.slice(0, WARNINGS_IN_LOG)) logger.warn(formatProblem(warning));
      if (warnings.length > 0)
        logger.warn(
          `${warnings.length} warning${warnings.length === 1 ? '' : 's'} in ${options.directory}/${warnings.length > WARNINGS_IN_LOG ? ` (the first ${WARNINGS_IN_LOG} above)` : ''}: every one is listed, by file, on /about/data-quality/`,
        );
      // An entry whose item and formatting code are unchanged keeps the references formatted last time:
      // editing one entry of a large bibliography formats that entry, not all of them.
      const formatKeys = new Map(publications.map((publication) => [publication.key, generateDigest(`${salt}\n${JSON.stringify(publication.csl)}`)]));
      const previous = new Map(store.values().map((entry) => [entry.id, entry.data as { formatKey?: string; references?: unknown }]));
      const reused = new Map(
        publications.flatMap((publication) => {
          const before = previous.get(publication.key);
          return before?.references && before.formatKey === formatKeys.get(publication.key) ? [[publication.key, before.references] as const] : [];
        }),
      );
      const started = Date.now();
      const formatted = await formatReferences(publications.filter((publication) => !reused.has(publication.key)).map((publication) => publication.csl));
      logger.info(
        `formatted ${formatted.size} reference${formatted.size === 1 ? '' : 's'} in 3 styles in ${((Date.now() - started) / 1000).toFixed(1)} s${reused.size > 0 ? `; reused ${reused.size} unchanged ones` : ''} (peak memory so far ${peakMemoryMb()} MB)`,
      );
      store.clear();
      for (const publication of publications) {
        const filePath = publication.file;
        // Pages, meta tags and exports read plain text; the rich text was only needed for formatting.
        const csl = toPlainValue(publication.csl);
        const references = formatted.get(publication.key) ?? reused.get(publication.key);
        const data = await parseData({ id: publication.key, data: { ...publication, csl, references, formatKey: formatKeys.get(publication.key) }, filePath });
        store.set({ id: publication.key, data, filePath, digest: generateDigest(data) });
      }
      meta.set('digest', digest);
      logger.info(`${options.directory}: ${publications.length} publications from ${sources.length} files`);
      recordPhase({ name: 'references', counts: { publications: publications.length, bibFiles: sources.length }, reused: reused.size, made: formatted.size }, startedAt);
    },
  };
}

/** Reads the folder's .bib files and TeX macro files (.tex, .sty, .def) in name order, refusing text that is not UTF-8. */
export async function readBibtexSources(root: string, directory: string): Promise<BibtexSource[]> {
  const folder = join(root, directory);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.bib') || MACRO_FILE.test(name)).sort();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return Promise.all(
    names.map(async (name) => {
      const path = join(folder, name);
      const file = relative(root, path);
      const bytes = await readFile(path);
      try {
        return { file, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
      } catch {
        const line = firstLineWithInvalidUtf8(bytes);
        throw new BibliographyError([
          {
            file,
            line,
            message: `the file is not UTF-8 text (the first byte that is not UTF-8 is on line ${line})`,
            fix: `convert it, e.g. iconv -f latin1 -t utf-8 ${file} -o ${file}.utf8 and replace the original`,
          },
        ]);
      }
    }),
  );
}

function firstLineWithInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  return text.slice(0, Math.max(bad, 0)).split('\n').length;
}
