/**
 * Serves the built site (dist/) as a static host would: under the base path it was built for (read
 * from the build's home page, so a build for /refocus/ is served at /refocus/), with the site's
 * 404 page and status 404 for unknown addresses, and each file's media type (scripts/lib/serve-static.ts).
 * `node scripts/preview.ts [--port 4321]` (npm run preview).
 */
import { existsSync, readFileSync } from 'node:fs';
import { baseOfBuild, serveStatic } from './lib/serve-static.ts';

const portIndex = process.argv.indexOf('--port');
const port = Number(portIndex > 0 ? process.argv[portIndex + 1] : (process.env.PREVIEW_PORT ?? 4321));
const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`preview: ${dist}/index.html does not exist. Fix: build the site first (npm run build).`);
  process.exit(1);
}
const base = baseOfBuild(readFileSync(`${dist}/index.html`, 'utf8'));
const server = await serveStatic(dist, base, port);
console.log(`preview: serving ${dist}/ at ${server.origin}${base} (Ctrl-C to stop)`);
