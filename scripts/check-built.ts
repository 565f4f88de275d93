/**
 * Stops `npm test` at once when there is no built site: the post-build checks, Lighthouse and the
 * browser tests all run against dist/, and npm test does not build it (so that CI builds once:
 * `npm run build`, then `npm test`). `node scripts/check-built.ts [dist]`; exits 1 with one line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`npm test: ${dist}/index.html does not exist: run npm run build first (npm test checks the site that build wrote).`);
  process.exit(1);
}
