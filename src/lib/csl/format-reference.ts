import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item.ts';
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
  const preprintRule = '<choose><if type="article article-journal" match="any"><choose><if match="none" variable="page volume"><text value="Preprint" prefix="[" suffix="]"/></if></choose></if></choose>';
  if (!original.includes(preprintRule)) throw new Error('format-reference: the harvard1 CSL style no longer has the "[Preprint]" rule this site removes. Fix: review registerHarvardPublished() against the new style.');
  templates.add('harvard1-published', original.replace(preprintRule, ''));
}
registerHarvardPublished();

/**
 * Formats one item (CSL rich text, as convertToCsl makes it) as a bibliography entry in the given
 * style, with citation-js's CSL engine
 * (citeproc-js). The engine runs once per style: the plain text is derived from the HTML, which
 * halves the cost (citeproc takes several milliseconds a reference; see the README's benchmark).
 */
export function formatReference(item: CslItem, style: ReferenceStyleId): FormattedReference {
  const cacheKey = `${style}\u0000${JSON.stringify(item)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const template = REFERENCE_STYLES.find((candidate) => candidate.id === style)?.template ?? 'apa';
  const output = String(plugins.output.format('bibliography', [item] as never, { template, lang: 'en-GB', format: 'html' }));
  const entryHtml = extractEntryHtml(output);
  const formatted = { html: unmaskAngles(entryHtml, '&lt;', '&gt;'), text: unmaskAngles(htmlToText(entryHtml)) };
  cache.set(cacheKey, formatted);
  return formatted;
}

/** The item in every style the site offers. */
export function formatAllStyles(item: CslItem): Record<ReferenceStyleId, FormattedReference> {
  return { apa: formatReference(item, 'apa'), vancouver: formatReference(item, 'vancouver'), harvard: formatReference(item, 'harvard') };
}

/** citeproc's HTML output as plain text: tags dropped, its numeric and named entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
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
