/**
 * Builds the manual's PDFs from the built pages, with Playwright driving the system Chromium:
 * dist/manual/<slug>.pdf per chapter and dist/manual/practitioner-summary.pdf (cover, contents, every
 * chapter). A4, running header, page numbers, working links, outline, tagged, metadata set.
 * The chapters, their order and the edition come from dist/manual/contents.json, which the Astro
 * build writes from the content layer (src/pages/manual/contents.json.ts).
 * Run after `astro build` (npm run build does): `node scripts/build-pdfs.ts [dist]`.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { parseManualContents, type ManualContentsChapter } from '../src/lib/manual/manual-contents.ts';
import { recordPhase } from '../src/build/record-phase.ts';
import { buildFooterTemplate, buildHeaderTemplate, pdfKeywords } from './lib/pdf/pdf-templates.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser/find-chromium.ts';
import { digestOfPdfInputs, restorePdfs, storePdfs } from './lib/pdf/pdf-cache.ts';
import { readOutline } from './lib/pdf/pdf-outline.ts';
import { serveStatic } from './lib/serve-static.ts';
import { readSiteIdentity } from '../src/queries/site.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const AUTHOR = 'REFOCUS Evidence contributors';

type Chapter = ManualContentsChapter;

/** The manual's chapters in order, title and edition, as the Astro build wrote them. */
function readChapters(): { chapters: Chapter[]; manualTitle: string; version: string; date: string } {
  const file = join(dist, 'manual/contents.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`build-pdfs: ${file} is missing. Fix: build the site first (npm run build); src/pages/manual/contents.json.ts writes it.`);
  }
  const { title, edition, chapters } = parseManualContents(text, file);
  return { chapters, manualTitle: title, version: edition.version, date: edition.date };
}

/** Points relative links at the published site, so that links in the PDF work outside this machine. */
async function makeLinksAbsolute(page: Page): Promise<void> {
  await page.evaluate(() => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const origin = new URL(canonical).origin;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('/')) link.setAttribute('href', origin + href);
    }
  });
}

async function printPdf(page: Page, runningTitle: string, edition: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: buildHeaderTemplate(runningTitle),
    footerTemplate: buildFooterTemplate(edition),
    margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
    outline: true,
    tagged: true,
    preferCSSPageSize: false,
  });
}

async function setMetadata(pdf: Buffer, meta: { title: string; subject: string; keywords: string[]; date: string }): Promise<{ bytes: Uint8Array; pages: number }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = new Date(`${meta.date}T00:00:00Z`);
  document.setTitle(meta.title, { showInWindowTitleBar: true });
  document.setAuthor(AUTHOR);
  document.setSubject(meta.subject);
  document.setKeywords(meta.keywords);
  document.setCreator('REFOCUS Evidence (Astro, Playwright, Chromium)');
  document.setProducer('pdf-lib');
  document.setCreationDate(date);
  document.setModificationDate(date);
  document.setLanguage('en-GB');
  return { bytes: await document.save({ useObjectStreams: false }), pages: document.getPageCount() };
}

/** The page each chapter starts on, from the top-level bookmarks Chromium made of the chapter headings. */
async function chapterPagesFromOutline(pdf: Buffer, chapters: Chapter[]): Promise<number[]> {
  const outline = (await readOutline(pdf)).filter((entry) => entry.depth === 1);
  return chapters.map((chapter) => {
    // Chromium drops the space where a long heading wraps, so titles are compared without spaces;
    // a chapter's heading is numbered ("Chapter 2: …"), its title is not.
    const bare = (text: string) => text.replace(/\s+/g, '').replace(/^Chapter\d+:/, '');
    const entry = outline.find((candidate) => bare(candidate.title) === bare(chapter.title));
    if (!entry) throw new Error(`the whole manual's outline has no bookmark for the chapter "${chapter.title}"`);
    return entry.page;
  });
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const digest = await digestOfPdfInputs(dist, findChromium(), import.meta.filename);
  const cached = restorePdfs(digest, dist);
  if (cached) {
    console.log(`PDF: the manual's pages and the printing code are unchanged since the last build; reused its ${cached.size} PDFs`);
    writePdfSizes(cached);
    recordPhase({ name: 'pdfs', counts: { pdfs: cached.size }, reused: cached.size, made: 0 }, startedAt);
    return;
  }
  const sizes = await printManual();
  writePdfSizes(sizes);
  storePdfs(digest, dist, sizes);
  recordPhase({ name: 'pdfs', counts: { pdfs: sizes.size }, reused: 0, made: sizes.size }, startedAt);
}

/** Prints every chapter and the whole manual into dist/manual/; returns each PDF's size by slug. */
async function printManual(): Promise<Map<string, number>> {
  const { chapters, manualTitle, version, date } = readChapters();
  const edition = `${manualTitle}, version ${version} (${date})`;
  const { base } = readSiteIdentity();
  const server = await serveStatic(dist, base);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const sizes = new Map<string, number>();
  try {
    const page = await browser.newPage();
    const pageCounts: number[] = [];
    const articles: string[] = [];
    for (const chapter of chapters) {
      await page.goto(`${server.origin}${base}manual/${chapter.slug}/`, { waitUntil: 'load' });
      await makeLinksAbsolute(page);
      const { bytes, pages } = await setMetadata(await printPdf(page, chapter.title, edition), {
        title: `${chapter.title} · ${manualTitle}`,
        subject: `Chapter of ${manualTitle}, a summary of the REFOCUS intervention`,
        keywords: pdfKeywords(chapter.title),
        date,
      });
      writeFileSync(join(dist, `manual/${chapter.slug}.pdf`), bytes);
      sizes.set(chapter.slug, bytes.length);
      pageCounts.push(pages);
      articles.push(
        await page.locator('article[data-manual-chapter]').evaluate((article, slug) => {
          const copy = article.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.no-print').forEach((element) => element.remove());
          copy.querySelectorAll('[id]').forEach((element) => element.setAttribute('id', `${slug}--${element.id}`));
          copy.querySelectorAll('[aria-labelledby]').forEach((element) => element.setAttribute('aria-labelledby', `${slug}--${element.getAttribute('aria-labelledby')}`));
          copy.querySelectorAll('a[href^="#"]').forEach((link) => link.setAttribute('href', `#${slug}--${(link.getAttribute('href') ?? '').slice(1)}`));
          return `<section class="manual-chapter" id="chapter-${slug}">${copy.innerHTML}</section>`;
        }, chapter.slug),
      );
      console.log(`PDF: manual/${chapter.slug}.pdf (${pages} pages)`);
    }

    // The whole manual: cover and contents from /manual/print/, then every chapter. The contents'
    // page numbers are read back from the printed PDF's outline, then printed again until they hold.
    await page.goto(`${server.origin}${base}manual/print/`, { waitUntil: 'load' });
    await page.evaluate(() => document.querySelectorAll('.no-print, .breadcrumbs').forEach((element) => element.remove()));
    await page.evaluate((html) => document.querySelector('[data-manual-chapters-slot]')?.insertAdjacentHTML('beforeend', html), articles.join('\n'));
    await makeLinksAbsolute(page);
    let printed = await printPdf(page, manualTitle, edition);
    let starts: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await chapterPagesFromOutline(printed, chapters);
      if (found.join() === starts.join()) break;
      starts = found;
      await page.evaluate(
        ({ slugs, startPages }) => {
          slugs.forEach((slug, index) => {
            const entry = document.querySelector(`[data-contents-chapter="${slug}"]`);
            entry?.querySelector('a')?.setAttribute('href', `#chapter-${slug}`);
            const pageNumber = entry?.querySelector('[data-contents-page]');
            if (pageNumber) pageNumber.textContent = String(startPages[index]);
          });
        },
        { slugs: chapters.map((chapter) => chapter.slug), startPages: starts },
      );
      printed = await printPdf(page, manualTitle, edition);
    }
    const whole = await setMetadata(printed, {
      title: manualTitle,
      subject: 'A practitioner’s summary of the REFOCUS intervention, with the evidence behind it',
      keywords: pdfKeywords(),
      date,
    });
    writeFileSync(join(dist, 'manual/practitioner-summary.pdf'), whole.bytes);
    sizes.set('practitioner-summary', whole.bytes.length);
    console.log(`PDF: manual/practitioner-summary.pdf (${whole.pages} pages; chapters start on pages ${starts.join(', ')})`);
  } finally {
    await browser.close();
    await server.close();
  }
  return sizes;
}

/** The manual's index page names each PDF's size, known only once they are printed. */
function writePdfSizes(sizes: Map<string, number>): void {
  const indexPath = join(dist, 'manual/index.html');
  let index = readFileSync(indexPath, 'utf8');
  for (const [slug, size] of sizes) {
    index = index.replace(`<span data-pdf-size="${slug}">size given after the build</span>`, `<span data-pdf-size="${slug}">${formatSize(size)}</span>`);
  }
  writeFileSync(indexPath, index);
  for (const slug of sizes.keys()) statSync(join(dist, `manual/${slug}.pdf`));
}

main().catch((error: unknown) => {
  console.error(`The PDF build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
