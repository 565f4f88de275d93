/**
 * The address a browser asks for to get a built file: `index.html` → `/`, `about/index.html` →
 * `/about/`, `404.html` → `/404.html`, `references.bib` → `/references.bib`; under a base path
 * (`/refocus/`) the address starts with it (`/refocus/about/`).
 */
export function addressOf(file: string, base = '/'): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** Where an address leads in the build: the file it serves, or why it serves nothing. */
export type Resolution = { kind: 'file'; file: string } | { kind: 'missing-slash'; file: string; address: string } | { kind: 'missing' };

/**
 * Finds the built file a static server returns for an address (a pathname, already decoded), as
 * a server of `build.format: 'directory'` output does: `/about/` → `about/index.html`. An address
 * without its trailing slash is reported apart, since the site always writes the slash.
 */
export function resolveAddress(pathname: string, files: ReadonlySet<string>, base = '/'): Resolution {
  // The site is served under its base path (`/refocus/`) and nowhere else.
  if (!pathname.startsWith(base)) return pathname === base.slice(0, -1) ? { kind: 'missing-slash', file: 'index.html', address: base } : { kind: 'missing' };
  const path = pathname.slice(base.length).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) {
    const file = `${path}index.html`;
    return files.has(file) ? { kind: 'file', file } : { kind: 'missing' };
  }
  if (files.has(path)) return { kind: 'file', file: path };
  if (files.has(`${path}/index.html`)) return { kind: 'missing-slash', file: `${path}/index.html`, address: `${base}${path}/` };
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
