import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { exportFormatOfFile } from '../../src/lib/export/export-addresses.ts';

/** Media types of the site's other files; export files take theirs from src/lib/export/export-formats.ts. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
};

/** Extensions that files other than exports use too (`.json`): only an export address makes such a file an export. */
const SHARED_EXTENSIONS = new Set(Object.keys(TYPES).map((extension) => extension.slice(1)));

/** The media type of a built file, from its path under the site root. */
export function mediaTypeOf(path: string): string {
  return exportFormatOfFile(path, SHARED_EXTENSIONS)?.mediaType ?? TYPES[extname(path)] ?? 'application/octet-stream';
}

/** Whether hosts compress a file of this media type (text of any kind; images other than SVG, PDFs and WebAssembly are left alone). */
export function isCompressible(mediaType: string): boolean {
  return /^text\/|json|javascript|xml|svg|bibtex|research-info-systems/.test(mediaType);
}

/** The base path a build was made for: the path of its home page's canonical link (`/` without one). */
export function baseOfBuild(indexHtml: string): string {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(indexHtml)?.[1];
  const path = href && URL.canParse(href) ? new URL(href).pathname : '/';
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Serves a built site folder on 127.0.0.1 (at `port`, or a free one), for preview, the PDF build and measurements, as a
 * host would: under `base` (the site's base path, `/refocus/`), with the site's 404 page elsewhere.
 */
export async function serveStatic(folder: string, base = '/', port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Outside the base path nothing is served: the file looked up there does not exist.
    const path = requested.startsWith(base) ? normalize(`/${requested.slice(base.length)}`) : undefined;
    let file = path === undefined ? join(root, '.outside-the-base-path') : join(root, path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // As static hosts do: the site's own 404 page, with status 404.
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response.writeHead(404, { 'Content-Type': TYPES['.html'] }));
      else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = mediaTypeOf(relative(root, file).split('\\').join('/'));
    // As hosts do (GitHub Pages, Netlify, Cloudflare, nginx with gzip on), text goes out gzipped to
    // browsers that ask for it, so page weights and Lighthouse's timings are those readers get.
    if (isCompressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, failed) => server.once('error', failed).listen(port, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(() => done())) };
}
