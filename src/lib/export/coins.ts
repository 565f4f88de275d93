import type { CslItem } from '../csl/csl-item.ts';

/**
 * The OpenURL ContextObject (COinS) for an item: the `title` of an empty
 * `<span class="Z3988">`, from which Zotero saves every item listed on a page at once.
 */
export function buildCoinsTitle(item: CslItem): string {
  const isJournal = item.type === 'article-journal';
  const params: [string, unknown][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', isJournal ? 'info:ofi/fmt:kev:mtx:journal' : 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', isJournal ? 'article' : item.type === 'chapter' ? 'bookitem' : item.type === 'report' ? 'report' : 'book'],
    [isJournal ? 'rft.atitle' : 'rft.btitle', item.title],
    [isJournal ? 'rft.jtitle' : 'rft.pub', isJournal ? item['container-title'] : item.publisher],
    ['rft.date', item.issued?.['date-parts']?.[0]?.[0]],
    ['rft.volume', item.volume],
    ['rft.issue', item.issue],
    ['rft.pages', item.page],
    ['rft_id', item.DOI ? `info:doi/${item.DOI}` : undefined],
    ['rft_id', item.PMID ? `info:pmid/${item.PMID}` : undefined],
  ];
  for (const author of item.author ?? []) {
    params.push(['rft.au', author.given ? `${author.family ?? ''}, ${author.given}` : (author.family ?? author.literal)]);
  }
  return params
    .filter(([, value]) => value !== undefined && value !== null && String(value) !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&');
}
