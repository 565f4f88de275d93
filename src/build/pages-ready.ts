/**
 * The message the Astro process sends to scripts/build.ts once every page is written and final
 * (after the base-path rewrite, before the search index), so that the manual's PDFs are printed
 * while Pagefind indexes: the PDFs read only the manual's pages, the site's scripts and styles and
 * /manual/contents.json, none of which changes after that point.
 */
export const PAGES_READY = { type: 'refocus:pages-ready' } as const;

/** Whether a message from the Astro process is {@link PAGES_READY}. */
export function isPagesReady(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PAGES_READY.type;
}

/**
 * Tells scripts/build.ts that the pages are ready. Does nothing where no build script listens (a
 * bare `astro build`, `astro dev`): the process then has no IPC channel.
 */
export function announcePagesReady(send: ((message: unknown) => boolean) | undefined = process.send?.bind(process)): boolean {
  return send?.(PAGES_READY) ?? false;
}
