// Formats a share of the bibliography in a worker thread (see format-references.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '../lib/csl/csl-item.ts';
import { formatAllStyles } from '../lib/csl/format-reference.ts';

const items = workerData as CslItem[];
parentPort?.postMessage(items.map((item) => [item.id, formatAllStyles(item)]));
