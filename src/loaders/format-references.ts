import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../lib/csl/csl-item.ts';
import { formatBibliography, type FormattedStyles } from '../lib/csl/format-reference.ts';

/** Below this many items, starting workers (each loads citation-js) costs more than it saves. */
const WORKER_THRESHOLD = 400;

/**
 * Formats every item in every reference style. citeproc-js takes milliseconds per reference, so
 * large bibliographies are split across worker threads, one per core.
 */
export async function formatReferences(items: CslItem[], projectRoot: string): Promise<Map<string, FormattedStyles>> {
  const workers = Math.min(availableParallelism(), Math.ceil(items.length / WORKER_THRESHOLD));
  if (workers <= 1) return formatBibliography(items);
  const size = Math.ceil(items.length / workers);
  const shares = Array.from({ length: workers }, (_, index) => items.slice(index * size, (index + 1) * size));
  const script = join(projectRoot, 'src/loaders/format-worker.ts');
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
