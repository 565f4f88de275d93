/**
 * How each CSL item type is declared in the formats that carry a type: RIS `TY`, the COinS
 * (OpenURL) format and genre, and the signal Zotero's page reader (Embedded Metadata) needs to
 * choose the item type. One row per CSL type citation-js makes of the entry types the loader
 * accepts; the Zotero item type each row must become is `zotero` (the tests hold the writers to it).
 */
export interface ExportType {
  /** Zotero's item type for this CSL type. */
  zotero: string;
  /** RIS reference type. */
  ris: string;
  /** OpenURL metadata format (the part after `info:ofi/fmt:kev:mtx:`). */
  coinsFormat: 'journal' | 'book' | 'dissertation' | 'dc';
  /** OpenURL `rft.genre` (for the journal and book formats). */
  coinsGenre?: string;
  /**
   * The page tag that tells Zotero's page reader the type where no Highwire tag does (a book
   * without ISBN, a web page, a data set…): Open Graph or EPrints where they have the type,
   * else Zotero's own `z.itemType`. Not `DC.type`, which Zotero also copies into every "type" field.
   */
  pageType?: [name: string, content: string];
  /** schema.org type for JSON-LD. */
  schema: string;
}

const journal: ExportType = { zotero: 'journalArticle', ris: 'JOUR', coinsFormat: 'journal', coinsGenre: 'article', schema: 'ScholarlyArticle' };
const document: ExportType = { zotero: 'document', ris: 'GEN', coinsFormat: 'dc', pageType: ['z.itemType', 'document'], schema: 'CreativeWork' };

/** The export declaration of every CSL type; unknown types are written as documents. */
export const EXPORT_TYPES: Record<string, ExportType> = {
  'article-journal': journal,
  article: journal,
  'article-magazine': { ...journal, zotero: 'magazineArticle', ris: 'MGZN' },
  'article-newspaper': { ...journal, zotero: 'newspaperArticle', ris: 'NEWS' },
  book: { zotero: 'book', ris: 'BOOK', coinsFormat: 'book', coinsGenre: 'book', pageType: ['og:type', 'book'], schema: 'Book' },
  chapter: { zotero: 'bookSection', ris: 'CHAP', coinsFormat: 'book', coinsGenre: 'bookitem', schema: 'Chapter' },
  'paper-conference': { zotero: 'conferencePaper', ris: 'CPAPER', coinsFormat: 'book', coinsGenre: 'proceeding', schema: 'ScholarlyArticle' },
  report: { zotero: 'report', ris: 'RPRT', coinsFormat: 'book', coinsGenre: 'report', pageType: ['eprints.type', 'report'], schema: 'Report' },
  thesis: { zotero: 'thesis', ris: 'THES', coinsFormat: 'dissertation', pageType: ['eprints.type', 'thesis'], schema: 'Thesis' },
  webpage: { zotero: 'webpage', ris: 'ELEC', coinsFormat: 'dc', pageType: ['og:type', 'website'], schema: 'WebPage' },
  dataset: { zotero: 'dataset', ris: 'DATA', coinsFormat: 'dc', pageType: ['eprints.type', 'dataset'], schema: 'Dataset' },
  software: { zotero: 'computerProgram', ris: 'COMP', coinsFormat: 'dc', pageType: ['z.itemType', 'computerProgram'], schema: 'SoftwareSourceCode' },
  manuscript: { zotero: 'manuscript', ris: 'UNPB', coinsFormat: 'dc', pageType: ['z.itemType', 'manuscript'], schema: 'CreativeWork' },
  document,
};

/** The export declaration of a CSL type (a document for types without one). */
export function exportTypeOf(cslType: string): ExportType {
  return EXPORT_TYPES[cslType] ?? document;
}
