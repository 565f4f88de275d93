// Brings the export-file cache up to date in a worker thread while Astro renders the pages (see publication-exports.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { updatePublicationExportCache, type PublicationExportsOptions } from './publication-export-cache.ts';

const { root, options, folder } = workerData as { root: string; options: PublicationExportsOptions; folder: string };
parentPort?.postMessage(await updatePublicationExportCache(root, options, folder));
