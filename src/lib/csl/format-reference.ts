import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item.ts';

/** The reference styles the site offers, by the name citation-js gives their CSL template. */
export const REFERENCE_STYLES = [
  { id: 'apa', template: 'apa', label: 'APA 7' },
  { id: 'vancouver', template: 'vancouver', label: 'Vancouver' },
  { id: 'harvard', template: 'harvard1', label: 'Harvard' },
] as const;

export type ReferenceStyleId = (typeof REFERENCE_STYLES)[number]['id'];

/** A reference formatted for the page (HTML, escaped by citeproc) and for the clipboard (plain text). */
export interface FormattedReference {
  html: string;
  text: string;
}

const cache = new Map<string, FormattedReference>();

/** Formats one item as a bibliography entry in the given style, with citation-js's CSL engine. */
export function formatReference(item: CslItem, style: ReferenceStyleId): FormattedReference {
  const cacheKey = `${style}\u0000${JSON.stringify(item)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const template = REFERENCE_STYLES.find((candidate) => candidate.id === style)?.template ?? 'apa';
  const cite = new Cite([item]);
  const options = { template, lang: 'en-GB' };
  const html = extractEntryHtml(String(cite.format('bibliography', { ...options, format: 'html' })));
  const text = String(cite.format('bibliography', { ...options, format: 'text' })).trim().replace(/^1\.\s+/, '');
  const formatted = { html, text };
  cache.set(cacheKey, formatted);
  return formatted;
}


/** Keeps the entry's own markup: drops citeproc's wrapper divs and Vancouver's list number. */
function extractEntryHtml(html: string): string {
  const rightInline = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html);
  if (rightInline?.[1]) return rightInline[1].trim();
  const entry = /<div[^>]*class="csl-entry">([\s\S]*?)<\/div>/.exec(html);
  return (entry?.[1] ?? '').trim();
}
