import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item.ts';
import { batchesWithoutAmbiguity } from './reference-batches.ts';
import { unmaskAngles } from './rich-text.ts';

/** The reference styles the site offers, by the name citation-js gives their CSL template. */
export const REFERENCE_STYLES = [
  { id: 'apa', template: 'apa', label: 'APA 7' },
  { id: 'vancouver', template: 'vancouver', label: 'Vancouver' },
  { id: 'harvard', template: 'harvard1-published', label: 'Harvard' },
] as const;

export type ReferenceStyleId = (typeof REFERENCE_STYLES)[number]['id'];

/** A reference formatted for the page (HTML, escaped by citeproc) and for the clipboard (plain text). */
export interface FormattedReference {
  html: string;
  text: string;
}

const cache = new Map<string, FormattedReference>();

/**
 * citation-js's Harvard style (Cite Them Right) labels any journal article without volume and pages
 * "[Preprint]". In this bibliography such fields are missing because they could not be verified, not
 * because the article is a preprint, so the site uses the style without that rule (CSL styles are
 * CC BY-SA; the change is credited in the README).
 */
function registerHarvardPublished(): void {
  const templates = plugins.config.get('@csl').styles;
  if (templates.has('harvard1-published')) return;
  const original = String(templates.get('harvard1'));
  const preprintRule =
    '<choose><if type="article article-journal" match="any"><choose><if match="none" variable="page volume"><text value="Preprint" prefix="[" suffix="]"/></if></choose></if></choose>';
  if (!original.includes(preprintRule))
    throw new Error(
      'format-reference: the harvard1 CSL style no longer has the "[Preprint]" rule this site removes. Fix: review registerHarvardPublished() against the new style.',
    );
  templates.add('harvard1-published', original.replace(preprintRule, ''));
}
registerHarvardPublished();

/** The name of a style's variant for formatting entries in batches (see registerEntryStyles). */
const entryTemplate = (template: string) => `${template}-entry`;

/**
 * A bibliography call sorts its entries and disambiguates them against each other, and citeproc
 * spends over a third of its time there (profiled: setsortkeys and setdisambigs). The site formats
 * batches of entries that cannot be confused (reference-batches.ts) and reads each entry on its
 * own, so neither step can change an entry: the batch variant of each style leaves out its <sort>
 * keys and the options that disambiguate between entries (year suffixes, added names). It keeps
 * disambiguate-add-givenname, which also tells apart two authors of one entry who share a surname
 * ("Yazdani, Danial" and "Yazdani, Donya"). Tests check each entry equals the original style's.
 */
function registerEntryStyles(): void {
  const templates = plugins.config.get('@csl').styles;
  for (const { template } of REFERENCE_STYLES) {
    if (templates.has(entryTemplate(template))) continue;
    const original = String(templates.get(template));
    const variant = original.replace(/<sort>[\s\S]*?<\/sort>/g, '').replace(/\s(disambiguate-add-names|disambiguate-add-year-suffix)="true"/g, '');
    templates.add(entryTemplate(template), variant);
  }
}
registerEntryStyles();

/** Every style's formatting of one item. */
export type FormattedStyles = Record<ReferenceStyleId, FormattedReference>;

/**
 * Formats one item (CSL rich text, as convertToCsl makes it) as a bibliography entry in the given
 * style, with citation-js's CSL engine (citeproc-js).
 */
export function formatReference(item: CslItem, style: ReferenceStyleId): FormattedReference {
  const cacheKey = `${style}\u0000${JSON.stringify(item)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const formatted = formatBatch([item], style, 'original').get(item.id);
  if (!formatted) throw new Error(`format-reference: citeproc returned no entry for "${item.id}".`);
  cache.set(cacheKey, formatted);
  return formatted;
}

/** The item in every style the site offers. */
export function formatAllStyles(item: CslItem): FormattedStyles {
  return { apa: formatReference(item, 'apa'), vancouver: formatReference(item, 'vancouver'), harvard: formatReference(item, 'harvard') };
}

/**
 * Formats many items in every style, several to a citeproc call (see reference-batches.ts for why
 * this is faster and why it gives each item exactly the entry it would get on its own). The engine
 * runs once per style: the plain text is derived from the HTML.
 */
export function formatBibliography(items: CslItem[]): Map<string, FormattedStyles> {
  const byStyle = new Map<ReferenceStyleId, Map<string, FormattedReference>>();
  const batches = batchesWithoutAmbiguity(items);
  for (const { id } of REFERENCE_STYLES) {
    const formatted = new Map<string, FormattedReference>();
    for (const batch of batches) for (const [key, value] of formatBatch(batch, id, 'entry')) formatted.set(key, value);
    byStyle.set(id, formatted);
  }
  return new Map(items.map((item) => [item.id, Object.fromEntries(REFERENCE_STYLES.map(({ id }) => [id, byStyle.get(id)?.get(item.id)])) as FormattedStyles]));
}

/** One citeproc call for a batch whose items cannot be confused with each other, in the original style or its batch variant. */
function formatBatch(items: CslItem[], style: ReferenceStyleId, variant: 'original' | 'entry'): Map<string, FormattedReference> {
  const original = REFERENCE_STYLES.find((candidate) => candidate.id === style)?.template ?? 'apa';
  const template = variant === 'entry' ? entryTemplate(original) : original;
  const entries = plugins.output.format('bibliography', items as never, { template, lang: 'en-GB', format: 'html', asEntryArray: true }) as unknown as [string, string][];
  const formatted = new Map<string, FormattedReference>();
  for (const [id, html] of entries) {
    const entryHtml = extractEntryHtml(html);
    formatted.set(String(id), { html: linkAddresses(unmaskAngles(entryHtml, '&lt;', '&gt;')), text: unmaskAngles(htmlToText(entryHtml)) });
  }
  for (const item of items) if (!formatted.has(item.id)) throw new Error(`format-reference: citeproc returned no ${style} entry for "${item.id}".`);
  return formatted;
}

/** An address in citeproc's HTML (a DOI as https://doi.org/…, a URL), up to a space or tag, without the sentence's closing punctuation. */
const ADDRESS = /(?<!href=")\bhttps?:\/\/[^\s<>"]+?(?=[.,;:)]*(?:\s|<|$))/g;

/** Makes the addresses that citeproc writes as text (the DOI, a URL) into links, as reference lists on the web show them. */
export function linkAddresses(html: string): string {
  return html.replace(ADDRESS, (address) => `<a href="${address}">${address}</a>`);
}

/** citeproc's HTML output as plain text: tags dropped, its numeric and named entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Keeps the entry's own markup: drops citeproc's wrapper divs and Vancouver's list number. */
function extractEntryHtml(html: string): string {
  const rightInline = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html);
  if (rightInline?.[1]) return rightInline[1].trim();
  const entry = /<div[^>]*class="csl-entry">([\s\S]*?)<\/div>/.exec(html);
  return (entry?.[1] ?? '').trim();
}
