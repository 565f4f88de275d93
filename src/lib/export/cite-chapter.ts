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

/** A chapter as a BibTeX @incollection-like @inbook entry of the manual summary, citable on its own. */
export function formatChapterBibtex(citation: ChapterCitation): string {
  return formatBibtexEntry({
    key: `refocusmanual-${citation.slug}`,
    entryType: 'inbook',
    fields: [
      { name: 'title', value: protectCapitals(citation.chapterTitle) },
      { name: 'booktitle', value: protectCapitals(citation.manualTitle) },
      { name: 'author', value: `{${citation.siteTitle} contributors}` },
      { name: 'publisher', value: citation.siteTitle },
      { name: 'year', value: citation.date.slice(0, 4) },
      { name: 'version', value: citation.version },
      { name: 'url', value: citation.url },
      { name: 'urldate', value: citation.date },
    ],
  });
}

/** The chapter citation as readers copy it: "Chapter. In Manual (version v, date). Site. URL". */
export function formatChapterCitationText(citation: ChapterCitation): string {
  return `${citation.siteTitle} contributors (${citation.date.slice(0, 4)}). ${citation.chapterTitle}. In ${citation.manualTitle} (version ${citation.version}, ${citation.date}). ${citation.siteTitle}. ${citation.url}`;
}
