import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CacheInputs } from '../build/cache-key.ts';
import type { CslItem } from '../lib/csl/csl-item.ts';
import { formatBibliography, type FormattedStyles } from '../lib/csl/format-reference.ts';

/** Below this many items, starting workers (each loads citation-js) costs more than it saves. */
const WORKER_THRESHOLD = 400;

/** The worker module, beside this one. */
const WORKER = new URL('./format-worker.ts', import.meta.url);

/** The code that formats references, in this thread and in the workers, followed through its imports: the formatted references' cache key. */
export const FORMATTING_CODE: CacheInputs = { modules: [fileURLToPath(import.meta.url), fileURLToPath(WORKER)] };

/** The worker module's address; throws naming the path when it is not there. */
function workerScript(): URL {
  if (!existsSync(WORKER))
    throw new Error(`${fileURLToPath(WORKER)}: the reference-formatting worker is missing. Fix: restore it, or change WORKER in src/loaders/format-references.ts to its new path.`);
  return WORKER;
}

/**
 * Formats every item in every reference style. citeproc-js takes milliseconds per reference, so
 * large bibliographies are split across worker threads, one per core.
 */
export async function formatReferences(items: CslItem[]): Promise<Map<string, FormattedStyles>> {
  const workers = Math.min(availableParallelism(), Math.ceil(items.length / WORKER_THRESHOLD));
  if (workers <= 1) return formatBibliography(items);
  const size = Math.ceil(items.length / workers);
  const shares = Array.from({ length: workers }, (_, index) => items.slice(index * size, (index + 1) * size));
  const script = workerScript();
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<[string, FormattedStyles][]>((resolve, reject) => {
          const worker = new Worker(script, { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`the reference-formatting worker stopped with exit code ${code}`)));
        }),
    ),
  );
  return new Map(results.flat());
}
