/** One `<Cite keys="…" />` use of a citation key, with the line it is on. */
export interface CitationUse {
  key: string;
  line: number;
}

/** A prose document: where it lives (for messages), where it is published, and its MDX source. */
export interface CitingDocument {
  /** Source file, relative to the project, for error messages. */
  file: string;
  /** The page's path on the site. */
  href: string;
  title: string;
  /** The MDX source. */
  body: string;
  /** Lines before the body starts (the frontmatter), so reported lines match the file. */
  bodyLineOffset?: number;
}

const CITE_TAG = /<Cite\b[^>]*?\bkeys\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})[^>]*\/?>/g;

/** Every citation key cited in an MDX body with `<Cite keys="a b" />`, in order of appearance. */
export function findCitations(body: string, lineOffset = 0): CitationUse[] {
  const uses: CitationUse[] = [];
  for (const match of body.matchAll(CITE_TAG)) {
    const keys = (match[1] ?? match[2] ?? match[3] ?? '').split(/[\s,;]+/).filter(Boolean);
    const line = lineOffset + body.slice(0, match.index).split('\n').length;
    for (const key of keys) uses.push({ key: key.replace(/^@/, ''), line });
  }
  return uses;
}

/** The distinct keys a body cites, in order of first citation. */
export function citedKeys(body: string): string[] {
  return [...new Set(findCitations(body).map((use) => use.key))];
}

/**
 * Checks every citation in every document against the bibliography's keys. Returns one message
 * per unknown key, naming the file, the line and the fix; an empty list means all is well.
 */
export function findUnknownCitations(documents: CitingDocument[], knownKeys: Set<string>): string[] {
  const messages: string[] = [];
  for (const document of documents) {
    for (const use of findCitations(document.body, document.bodyLineOffset)) {
      if (knownKeys.has(use.key)) continue;
      const near = [...knownKeys].find((key) => key.toLowerCase() === use.key.toLowerCase());
      const hint = near ? `did you mean "${near}"? Keys are case-sensitive` : 'add the publication to a .bib file in references/, or correct the key';
      messages.push(`${document.file}:${use.line}: unknown citation key "${use.key}". Fix: ${hint}.`);
    }
  }
  return messages;
}

/** For each cited key, the documents that cite it (each once, in the order given). */
export function indexCitingDocuments(documents: CitingDocument[]): Map<string, CitingDocument[]> {
  const index = new Map<string, CitingDocument[]>();
  for (const document of documents) {
    for (const key of citedKeys(document.body)) index.set(key, [...(index.get(key) ?? []), document]);
  }
  return index;
}
