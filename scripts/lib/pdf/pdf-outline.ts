import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** One bookmark of a PDF's outline: its title, the 1-based page it points at, and its depth (1 = top). */
export interface OutlineEntry {
  title: string;
  page: number;
  depth: number;
}

/** Reads a PDF's outline (bookmarks) with pdf-lib, depth first, as a reader's sidebar shows it. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const document = await PDFDocument.load(bytes);
  const pageNumbers = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const entries: OutlineEntry[] = [];
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const visit = (ref: unknown, depth: number) => {
    let current = ref instanceof PDFRef ? document.context.lookup(ref, PDFDict) : undefined;
    while (current) {
      const title = current.lookup(PDFName.of('Title'));
      const destination = current.lookup(PDFName.of('Dest'));
      const target = destination instanceof PDFArray ? destination.get(0) : undefined;
      entries.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        page: target instanceof PDFRef ? (pageNumbers.get(target.toString()) ?? 0) : 0,
        depth,
      });
      visit(current.get(PDFName.of('First')), depth + 1);
      const next = current.get(PDFName.of('Next'));
      current = next instanceof PDFRef ? document.context.lookup(next, PDFDict) : undefined;
    }
  };
  if (outlines) visit(outlines.get(PDFName.of('First')), 1);
  return entries;
}
