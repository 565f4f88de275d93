import { readFileSync } from 'node:fs';
import { inSite, relative } from '../support/base-path.ts';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { loadBibliography } from '../../src/lib/bibtex/load-bibliography.ts';
import { readRis } from '../support/site.ts';

const PAGE = '/publications/leamy2011conceptual/';

test.describe('a publication page', () => {
  test('shows the full record, with DOI and PubMed links', async ({ page }) => {
    await page.goto(relative(PAGE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conceptual framework for personal recovery in mental health: systematic review and narrative synthesis');
    const facts = page.locator('dl.facts').first();
    await expect(facts).toContainText('Mary Leamy, Victoria J. Bird, Clair Le Boutillier, Julie Williams, Mike Slade');
    await expect(facts).toContainText('British Journal of Psychiatry');
    await expect(facts).toContainText('199(6), 445–452');
    await expect(facts.getByRole('link', { name: 'https://doi.org/10.1192/bjp.bp.110.083733' })).toHaveAttribute('href', 'https://doi.org/10.1192/bjp.bp.110.083733');
    // The references give the DOI as a link too.
    await expect(page.locator('#reference-apa').getByRole('link', { name: 'https://doi.org/10.1192/bjp.bp.110.083733' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1192/bjp.bp.110.083733',
    );
    await expect(page.getByRole('link', { name: 'PMID 22130746' })).toHaveAttribute('href', 'https://pubmed.ncbi.nlm.nih.gov/22130746/');
  });

  test('carries Highwire tags and JSON-LD for Zotero and Google Scholar', async ({ page }) => {
    await page.goto(relative(PAGE));
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', /^Conceptual framework for personal recovery/);
    await expect(page.locator('meta[name="citation_author"]')).toHaveCount(5);
    await expect(page.locator('meta[name="citation_doi"]')).toHaveAttribute('content', '10.1192/bjp.bp.110.083733');
    await expect(page.locator('meta[name="citation_journal_title"]')).toHaveAttribute('content', 'British Journal of Psychiatry');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: expect.stringMatching(/^Conceptual framework/),
      datePublished: '2011-12',
      sameAs: 'https://doi.org/10.1192/bjp.bp.110.083733',
    });
    expect(jsonLd.author).toHaveLength(5);
  });

  test('formats the reference in APA 7, Vancouver and Harvard, and each copy button copies its own', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(relative(PAGE));
    for (const [style, pattern] of [
      ['APA 7', /^Leamy, M\., Bird, V\. J\., Le Boutillier, C\., Williams, J\., & Slade, M\. \(2011\)\. Conceptual framework/],
      ['Vancouver', /^Leamy M, Bird VJ, Le Boutillier C, Williams J, Slade M\. Conceptual framework.*2011 Dec;199\(6\):445–52/],
      ['Harvard', /^Leamy, M\. et al\. \(2011\) “Conceptual framework/],
    ] as const) {
      const button = page.getByRole('button', { name: `Copy ${style} reference` });
      await button.click();
      // The visible confirmation comes once the clipboard holds the text (writing rich text is asynchronous).
      await expect(button.locator('+ .copy-status')).toHaveText('Copied');
      await expect(page.getByRole('status')).toHaveText('Copied to the clipboard.');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(pattern);
    }
    // Rich text too, so that the journal stays in italics when pasted into a word processor.
    await page.getByRole('button', { name: 'Copy APA 7 reference' }).click();
    // Read again while another spec's copy (the clipboard is the browser's, shared) changes it under us.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          try {
            const [item] = await navigator.clipboard.read();
            return item?.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
          } catch {
            return '';
          }
        }),
      )
      .toContain('<i>British Journal of Psychiatry</i>');
  });

  test('offers .bib, .ris and CSL-JSON downloads that parse back to the same record', async ({ page }) => {
    await page.goto(relative(PAGE));
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      return readFileSync((await file.path()) ?? '', 'utf8');
    };
    const [bib] = loadBibliography([{ file: 'download.bib', text: await download('BibTeX (.bib)') }]);
    expect(bib).toMatchObject({ key: 'leamy2011conceptual', csl: { DOI: '10.1192/bjp.bp.110.083733', volume: '199', page: '445-452' } });
    const [ris] = readRis(await download('RIS (.ris)'));
    expect(ris?.get('TY')).toEqual(['JOUR']);
    expect(ris?.get('AU')).toEqual(['Leamy, Mary', 'Bird, Victoria J.', 'Le Boutillier, Clair', 'Williams, Julie', 'Slade, Mike']);
    expect(ris?.get('DO')).toEqual(['10.1192/bjp.bp.110.083733']);
    expect(ris?.get('SP')).toEqual(['445']);
    const csl = JSON.parse(await download('CSL-JSON (.json)'));
    expect(csl).toEqual([expect.objectContaining({ id: 'leamy2011conceptual', type: 'article-journal', DOI: '10.1192/bjp.bp.110.083733', 'citation-key': 'leamy2011conceptual' })]);
  });

  test('lists the pages that cite it, and shows its place in the evidence base', async ({ page }) => {
    await page.goto(relative(PAGE));
    const citedOn = page.locator('#cited-on + ul');
    await expect(citedOn.getByRole('link', { name: 'Theory stage' })).toHaveAttribute('href', inSite('/evidence/theory/'));
    const tags = page.getByRole('region', { name: 'In the evidence base' });
    await expect(tags.getByRole('link', { name: 'Systematic review' })).toBeVisible();
    await expect(tags.getByRole('link', { name: /^Hope/ })).toHaveAttribute('href', inSite('/chime/hope/'));
  });
});

test('whole-bibliography exports hold every publication once', async ({ request }) => {
  const html = await (await request.get('./publications/')).text();
  const listed = (html.match(/data-publication /g) ?? []).length;
  const bib = await (await request.get('./references.bib')).text();
  expect(loadBibliography([{ file: 'references.bib', text: bib }])).toHaveLength(listed);
  expect(readRis(await (await request.get('./references.ris')).text())).toHaveLength(listed);
  expect(JSON.parse(await (await request.get('./references.json')).text())).toHaveLength(listed);
});

test.describe('provenance', () => {
  const provenance = parse(readFileSync('content/data/provenance.yaml', 'utf8')) as Record<string, { sources: { label: string; url: string }[]; unverified?: string[] }>;
  const incompleteKey = Object.keys(provenance).find((key) => (provenance[key]?.unverified ?? []).some((field) => !['pmid', 'pmcid'].includes(field)));
  const completeKey = Object.keys(provenance).find((key) => (provenance[key]?.unverified ?? []).length === 0);

  test('every page says where its record was checked; an incomplete record says so beside its reference', async ({ page }) => {
    expect(incompleteKey && completeKey).toBeTruthy();
    await page.goto(relative(`/publications/${completeKey}/`));
    const section = page.getByRole('region', { name: 'Where this record comes from' });
    for (const source of provenance[completeKey ?? '']?.sources ?? []) await expect(section.getByRole('link', { name: source.label })).toHaveAttribute('href', source.url);
    await expect(page.locator('#record-note')).toHaveCount(0);
    await page.goto(relative(`/publications/${incompleteKey}/`));
    await expect(page.locator('#record-note')).toContainText('Incomplete record');
    await expect(page.getByRole('region', { name: 'Where this record comes from' })).toContainText((provenance[incompleteKey ?? '']?.unverified ?? []).join(', '));
  });

  test('reference lists and listings mark the incomplete record and link to its note', async ({ page }) => {
    await page.goto(relative('/publications/'));
    const item = page.locator('li[data-publication]').filter({ has: page.locator(`a[href="${inSite(`/publications/${incompleteKey}/`)}"]`) });
    await expect(item.getByRole('link', { name: 'Incomplete record' })).toHaveAttribute('href', inSite(`/publications/${incompleteKey}/#record-note`));
    const complete = page.locator('li[data-publication]').filter({ has: page.locator(`a[href="${inSite(`/publications/${completeKey}/`)}"]`) });
    await expect(complete.getByRole('link', { name: 'Incomplete record' })).toHaveCount(0);
  });
});
