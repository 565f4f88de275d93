import type { CslItem } from '../csl/csl-item.ts';
import { familyWithParticles, givenWithSuffix, isOrganisation } from './export-names.ts';
import { exportTypeOf } from './export-types.ts';
import { isoDate, publicUrl } from './export-values.ts';

type Param = [string, unknown];

/** Titles: a part (article, chapter, paper) goes in `atitle` with its container in `jtitle`/`btitle`; a whole work in `btitle` or `title`. */
function titleParams(item: CslItem, format: string, genre: string | undefined): Param[] {
  const container = item['container-title'];
  if (format === 'journal')
    return [
      ['rft.atitle', item.title],
      ['rft.jtitle', container],
    ];
  if (format === 'book' && (genre === 'bookitem' || genre === 'proceeding'))
    return [
      ['rft.atitle', item.title],
      ['rft.btitle', container],
    ];
  if (format === 'book') return [['rft.btitle', item.title]];
  return [['rft.title', item.title]];
}

/**
 * Authors as `aulast`/`aufirst` pairs (the suffix after a comma in `aufirst`, as Zotero stores it).
 * An organisation is `au` ending in a comma, which Zotero keeps whole: Zotero drops `aucorp`
 * names (it gives them no creator type), and splits an `au` without a comma at its last space.
 */
function authorParams(item: CslItem): Param[] {
  return (item.author ?? []).flatMap((name): Param[] =>
    isOrganisation(name)
      ? [['rft.au', `${familyWithParticles(name)},`]]
      : [
          ['rft.aulast', familyWithParticles(name)],
          ['rft.aufirst', givenWithSuffix(name)],
        ],
  );
}

/**
 * The OpenURL ContextObject (COinS) for an item: the `title` of an empty
 * `<span class="Z3988">`, from which Zotero saves every item listed on a page at once. The format
 * and genre follow ./export-types.ts, so Zotero chooses the same item type as from the exports.
 */
export function buildCoinsTitle(item: CslItem): string {
  const type = exportTypeOf(item.type);
  const params: Param[] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', `info:ofi/fmt:kev:mtx:${type.coinsFormat}`],
    ['rft.genre', type.coinsGenre],
    ...(type.coinsFormat === 'dc' ? [['rft.type', type.zotero] as Param] : []),
    ...titleParams(item, type.coinsFormat, type.coinsGenre),
    ...authorParams(item),
    ['rft.date', isoDate(item.issued)],
    ['rft.volume', item.volume],
    ['rft.issue', item.issue],
    ['rft.pages', item.page],
    ['rft.edition', item.edition],
    ['rft.series', item['collection-title']],
    [type.coinsFormat === 'dissertation' ? 'rft.inst' : 'rft.pub', item.publisher],
    ['rft.place', item['publisher-place']],
    ['rft.degree', type.coinsFormat === 'dissertation' ? item.genre : undefined],
    ['rft.isbn', item.ISBN],
    ['rft.issn', item.ISSN],
    ['rft_id', item.DOI ? `info:doi/${item.DOI}` : undefined],
    ['rft_id', item.PMID ? `info:pmid/${item.PMID}` : undefined],
    ['rft_id', publicUrl(item)],
  ];
  return params
    .filter(([, value]) => value !== undefined && value !== null && String(value) !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&');
}
