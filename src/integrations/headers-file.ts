import { appendFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { buildHeaderRules, formatHeaderRules } from '../lib/site/headers-file.ts';

/**
 * Appends to dist/_headers (copied from public/_headers) the export media types and cache rules,
 * written under the base path from the export registry (src/lib/site/headers-file.ts).
 */
export function headersFileIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'refocus-headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        await appendFile(new URL('_headers', dir), `\n${formatHeaderRules(buildHeaderRules(base))}`);
      },
    },
  };
}
