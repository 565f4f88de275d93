// Formats a share of the bibliography in a worker thread (see format-references.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '../lib/csl/csl-item.ts';
import { formatBibliography } from '../lib/csl/format-reference.ts';

parentPort?.postMessage([...formatBibliography(workerData as CslItem[])]);
