import { execFileSync } from 'node:child_process';
import { HOME, inSite } from '../support/base-path.ts';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { readOutline } from '../../scripts/lib/pdf/pdf-outline.ts';
import { readManualEdition } from '../support/manual-edition.ts';

const edition = readManualEdition();
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CHAPTERS = [
  ['recovery-and-the-refocus-model', 'Recovery and the REFOCUS model'],
  ['recovery-promoting-relationships', 'Recovery-promoting relationships'],
  ['understanding-values-and-treatment-preferences', 'Understanding values and treatment preferences'],
  ['assessing-and-amplifying-strengths', 'Assessing and amplifying strengths'],
  ['supporting-goal-striving', 'Supporting goal-striving'],
  ['implementing-refocus', 'Implementing REFOCUS'],
] as const;

/** The text of one page, as a reader copying from the PDF gets it (poppler's pdftotext). */
function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

test.describe('manual PDFs', () => {
  for (const [slug, title] of CHAPTERS) {
    test(`chapter PDF ${slug}: opens, holds its title, a citation and page numbers, with outline and metadata`, async () => {
      const file = `dist/manual/${slug}.pdf`;
      const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      expect(document.getTitle()).toBe(`${title} · ${edition.title}`);
      expect(document.getAuthor()).toBe('REFOCUS Evidence contributors');
      expect(document.getSubject()).toBe(`Chapter of ${edition.title}, a summary of the REFOCUS intervention`);
      expect(document.getKeywords()).toContain('REFOCUS');
      expect(document.getCreationDate()?.toISOString()).toBe(`${edition.date}T00:00:00.000Z`);
      const pages = document.getPageCount();
      const first = pageText(file, 1);
      expect(first.replace(/\s+/g, ' ')).toContain(title);
      expect(first).toMatch(/\(Bird et al\., 2011\)/);
      expect(first).toMatch(new RegExp(`Page 1 of ${pages}`));
      // The chapter ends with its reference list, and no page is left blank.
      const whole = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(whole.slice(whole.lastIndexOf('References'))).toMatch(/\(20\d\d\)\. [\s\S]*https:\/\/doi\.org\/10\./);
      expect(
        pageText(file, pages)
          .replace(/.*(summary|Page \d+ of \d+).*/g, '')
          .trim().length,
      ).toBeGreaterThan(100);
      const outline = await readOutline(readFileSync(file));
      expect(outline[0]).toMatchObject({ depth: 1, page: 1 });
      expect(outline.map((entry) => entry.title)).toContain('References');
    });
  }

  test('the whole manual has a cover, contents with correct page numbers, and every chapter in order', async () => {
    const file = 'dist/manual/practitioner-summary.pdf';
    const bytes = readFileSync(file);
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(document.getTitle()).toBe(edition.title);
    expect(pageText(file, 1)).toContain(`Version ${edition.version} · ${edition.date}`);
    const contents = pageText(file, 2);
    const chapterEntries = (await readOutline(bytes)).filter((entry) => entry.depth === 1).slice(1);
    // Bookmarks are the chapters' numbered headings ("Chapter 2: Recovery-promoting relationships").
    expect(chapterEntries.map((entry) => entry.title.replace(/\s+/g, ''))).toEqual(CHAPTERS.map(([, title], index) => `Chapter${index + 1}:${title.replace(/\s+/g, '')}`));
    for (const [index, [, title]] of CHAPTERS.entries()) {
      const start = chapterEntries[index]?.page ?? 0;
      expect(contents).toMatch(new RegExp(`${title.replace(/[-]/g, '.')}\\s+${start}\\b`));
      expect(pageText(file, start)).toMatch(new RegExp(`Chapter ${index + 1} of ${CHAPTERS.length}`));
      if (index > 0) expect(start).toBeGreaterThan(chapterEntries[index - 1]?.page ?? 0);
    }
  });

  test('text is extractable and links point at the published site', async () => {
    const text = execFileSync('pdftotext', ['dist/manual/supporting-goal-striving.pdf', '-'], { encoding: 'utf8' });
    expect(text.length).toBeGreaterThan(2000);
    const raw = readFileSync('dist/manual/supporting-goal-striving.pdf', 'latin1');
    // Links point at the site's configured address (the preview address when none is configured), base path included.
    const escaped = HOME.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    expect(raw).toMatch(new RegExp(`/URI \\(${escaped}publications/[a-z0-9]+/\\)`));
    const siteLinks = [...raw.matchAll(/\/URI \((https?:\/\/(?:127\.0\.0\.1|localhost)[^)]*)\)/g)].map((match) => match[1] ?? '');
    expect(siteLinks.filter((uri) => !uri.startsWith(HOME))).toEqual([]);
  });
});

test.describe('manual pages', () => {
  test('the manual lists every chapter with a working PDF download and its size', async ({ page, request }) => {
    await page.goto('./manual/');
    const items = page.locator('[data-manual-chapters] > li');
    await expect(items).toHaveCount(CHAPTERS.length);
    for (const [slug, title] of CHAPTERS) {
      const link = page.getByRole('link', { name: new RegExp(`Download chapter \\d \\(PDF, \\d+ KB\\)\\s?: ${title}`) });
      await expect(link).toHaveAttribute('href', inSite(`/manual/${slug}.pdf`));
      const response = await request.get(`./manual/${slug}.pdf`);
      expect(response.ok()).toBe(true);
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const whole = await request.get('./manual/practitioner-summary.pdf');
    expect((await whole.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a chapter page has contents, previous/next, version and a citation with its own .bib', async ({ page, request }) => {
    await page.goto('./manual/assessing-and-amplifying-strengths/');
    // Version and date, and no build hash (#15): readers cannot use one.
    await expect(page.locator('.chapter-meta')).toHaveText(new RegExp(`^Chapter 4 of 6 · .* version ${escaped(edition.version)}, ${edition.date}$`));
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Previous chapter/ })).toHaveAttribute('href', inSite('/manual/understanding-values-and-treatment-preferences/'));
    await expect(page.getByRole('link', { name: /Next chapter/ })).toHaveAttribute('href', inSite('/manual/supporting-goal-striving/'));
    await expect(page.locator('#chapter-citation')).toContainText(`Assessing and amplifying strengths. In ${edition.title} (version ${edition.version}, ${edition.date})`);
    const bib = await (await request.get('./manual/assessing-and-amplifying-strengths.bib')).text();
    expect(bib).toMatch(/@incollection\{refocusmanual-assessing-and-amplifying-strengths,/);
    expect(bib).toContain(`note      = {Version ${edition.version} of ${edition.date}.`);
  });

  test('print preview hides the navigation and page tools', async ({ page }) => {
    await page.goto('./manual/supporting-goal-striving/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.toc', '.pager', '.skip-link']) {
      await expect(page.locator(selector)).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
