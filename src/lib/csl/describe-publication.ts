import { yearOf } from './citation-labels.ts';
import type { CslItem, CslName } from './csl-item.ts';

/** The facts a publication page and listing show, in display form. */
export interface PublicationFacts {
  title: string;
  /** Every author, "Given Family" or an organisation's name. */
  authors: string[];
  /** True when the source list ended in "and others". */
  authorsTruncated: boolean;
  year: string;
  /** Journal, book or publisher the item appeared in. */
  container?: string;
  /** Volume, issue and pages in the usual short form: "199(6), 445–452". */
  locator?: string;
  doiUrl?: string;
  pubmedUrl?: string;
  pmcUrl?: string;
  url?: string;
  /** A short, human name for the CSL type: "Journal article", "Book", … */
  typeLabel: string;
}

const TYPE_LABELS: Record<string, string> = {
  'article-journal': 'Journal article',
  article: 'Article',
  book: 'Book',
  chapter: 'Book chapter',
  'paper-conference': 'Conference paper',
  report: 'Report',
  thesis: 'Thesis',
  webpage: 'Web page',
  dataset: 'Dataset',
  document: 'Document',
  manuscript: 'Manuscript',
  software: 'Software',
};

/** A person's name as a reader would say it; an organisation's name whole. */
export function displayName(name: CslName): string {
  if (name.literal) return name.literal;
  return [name.given, name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ');
}

/**
 * What a work without a title is listed as: its note in square brackets, as APA describes an
 * untitled work ("[Work in progress]"), or "[Untitled]". Display only; the item keeps no title.
 */
export function untitledTitle(item: CslItem): string {
  const note = item.note?.trim();
  return note && note.length <= 120 ? `[${note}]` : '[Untitled]';
}

/** The display facts of a CSL item. */
export function describePublication(item: CslItem, authorsTruncated = false): PublicationFacts {
  const volumeIssue = item.volume ? `${item.volume}${item.issue ? `(${item.issue})` : ''}` : item.issue ? `(${item.issue})` : '';
  const pages = item.page ? String(item.page).replace(/-/g, '–') : '';
  const locator = [volumeIssue, pages].filter(Boolean).join(', ');
  const container = item['container-title'] ?? item.publisher;
  const facts: PublicationFacts = {
    title: item.title ?? untitledTitle(item),
    authors: (item.author ?? item.editor ?? []).map(displayName),
    authorsTruncated,
    year: yearOf(item),
    typeLabel: TYPE_LABELS[item.type] ?? 'Publication',
  };
  if (container) facts.container = container;
  if (locator) facts.locator = locator;
  if (item.DOI) facts.doiUrl = `https://doi.org/${item.DOI}`;
  if (item.PMID) facts.pubmedUrl = `https://pubmed.ncbi.nlm.nih.gov/${item.PMID}/`;
  if (item.PMCID) facts.pmcUrl = `https://pmc.ncbi.nlm.nih.gov/articles/${item.PMCID}/`;
  if (item.URL && /^https?:\/\//i.test(item.URL)) facts.url = item.URL;
  return facts;
}
