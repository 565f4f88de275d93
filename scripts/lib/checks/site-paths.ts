/**
 * The address a browser asks for to get a built file: `index.html` → `/`, `about/index.html` →
 * `/about/`, `404.html` → `/404.html`, `references.bib` → `/references.bib`.
 */
export function addressOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Where an address leads in the build: the file it serves, or why it serves nothing. */
export type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'missing-slash'; file: string; address: string }
  | { kind: 'missing' };

/**
 * Finds the built file a static server returns for an address (a pathname, already decoded), as
 * a server of `build.format: 'directory'` output does: `/about/` → `about/index.html`. An address
 * without its trailing slash is reported apart, since the site always writes the slash.
 */
export function resolveAddress(pathname: string, files: ReadonlySet<string>): Resolution {
  const path = pathname.replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) {
    const file = `${path}index.html`;
    return files.has(file) ? { kind: 'file', file } : { kind: 'missing' };
  }
  if (files.has(path)) return { kind: 'file', file: path };
  if (files.has(`${path}/index.html`)) return { kind: 'missing-slash', file: `${path}/index.html`, address: `/${path}/` };
  return { kind: 'missing' };
}

/** Whether a built file is an HTML page. */
export function isHtmlFile(file: string): boolean {
  return file.endsWith('.html');
}

/** Decodes a percent-encoded address or fragment; undefined when the encoding is malformed. */
export function decodeAddress(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
