import type { CslItem } from '../csl/csl-item.ts';
import { formatBibtexEntry } from './format-bibtex.ts';

/** What a chapter citation needs. */
export interface ChapterCitation {
  slug: string;
  chapterTitle: string;
  manualTitle: string;
  siteTitle: string;
  version: string;
  date: string;
  url: string;
}

/** Braces every capital-led word so BibTeX styles do not lower-case "REFOCUS" or "CHIME". */
function protectCapitals(text: string): string {
  return text.replace(/\b([A-Z]{2,}[A-Za-z]*)\b/g, '{$1}');
}

/** The chapter's authors: the site's contributors, as one organisational name. */
const contributors = (citation: ChapterCitation) => `${citation.siteTitle} contributors`;

/**
 * A chapter as a BibTeX @incollection of the manual summary, citable on its own. The type and
 * fields are the ones plain.bst, apalike.bst, biber's data model and Zotero all read: the site is
 * the collection's editor and publisher (biblatex requires an editor for @incollection); the
 * version goes in `note` with the address, because BibTeX styles print neither `version` nor
 * `url`, and Zotero has no version field for a book section.
 */
export function formatChapterBibtex(citation: ChapterCitation): string {
  return formatBibtexEntry({
    key: `refocusmanual-${citation.slug}`,
    entryType: 'incollection',
    fields: [
      { name: 'author', value: `{${contributors(citation)}}` },
      { name: 'title', value: protectCapitals(citation.chapterTitle) },
      { name: 'editor', value: `{${citation.siteTitle}}` },
      { name: 'booktitle', value: protectCapitals(citation.manualTitle) },
      { name: 'publisher', value: citation.siteTitle },
      { name: 'year', value: citation.date.slice(0, 4) },
      { name: 'note', value: `Version ${citation.version} of ${citation.date}. Available at ${citation.url}` },
      { name: 'url', value: citation.url },
      { name: 'urldate', value: citation.date },
    ],
  });
}

/** The chapter as a CSL item (a book chapter), for its page's Highwire and COinS metadata. */
export function buildChapterCsl(citation: ChapterCitation): CslItem {
  const [year, month, day] = citation.date.split('-').map(Number);
  return {
    id: `refocusmanual-${citation.slug}`,
    type: 'chapter',
    title: citation.chapterTitle,
    author: [{ literal: contributors(citation) }],
    editor: [{ literal: citation.siteTitle }],
    'container-title': citation.manualTitle,
    publisher: citation.siteTitle,
    issued: { 'date-parts': [[year, month, day].filter((part): part is number => Number.isFinite(part))] },
    URL: citation.url,
  };
}

/** The chapter citation as readers copy it: "Chapter. In Manual (version v, date). Site. URL". */
export function formatChapterCitationText(citation: ChapterCitation): string {
  return `${contributors(citation)} (${citation.date.slice(0, 4)}). ${citation.chapterTitle}. In ${citation.manualTitle} (version ${citation.version}, ${citation.date}). ${citation.siteTitle}. ${citation.url}`;
}
