/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const TEMPLATE_STYLE = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 18mm;';

/** Chromium's running header: the chapter (or manual) title on every page. */
export function buildHeaderTemplate(runningTitle: string): string {
  return `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between;"><span>${escapeHtml(runningTitle)}</span></div>`;
}

/** Chromium's footer: edition on the left, "Page n of N" on the right. */
export function buildFooterTemplate(edition: string): string {
  return `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between;"><span>${escapeHtml(edition)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/**
 * The page on which each chapter starts in the whole manual: chapters start on a new page after
 * the front matter, so each start is the front matter's length plus the pages of the chapters before.
 */
export function chapterStartPages(frontMatterPages: number, chapterPageCounts: number[]): number[] {
  const starts: number[] = [];
  let next = frontMatterPages + 1;
  for (const count of chapterPageCounts) {
    starts.push(next);
    next += count;
  }
  return starts;
}

/** PDF keywords for a chapter: the fixed subject words and the chapter title. */
export function pdfKeywords(chapterTitle?: string): string[] {
  return ['REFOCUS', 'recovery', 'mental health', 'CHIME', 'manual', ...(chapterTitle ? [chapterTitle] : [])];
}
