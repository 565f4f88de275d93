import type { APIRoute } from 'astro';
import { formatBibtexEntry } from '../lib/export/format-bibtex.ts';
import { exportFormat, exportResponse } from '../queries/exports.ts';
import { SITE } from '../queries/site.ts';
import { SITE_TITLE, SITE_VERSION } from '../site.ts';

/** /site.bib: how to cite the site itself (a BibTeX entry written here, so BibTeX only). */
export const GET: APIRoute = () => {
  const url = SITE.home;
  const entry = formatBibtexEntry({
    key: 'refocusevidence',
    entryType: 'misc',
    fields: [
      { name: 'title', value: `{${SITE_TITLE}}: the evidence base of the {REFOCUS} intervention` },
      { name: 'author', value: `{${SITE.owner}}` },
      { name: 'year', value: SITE_VERSION.date.slice(0, 4) },
      // BibTeX styles print neither `version` nor `url`, and Zotero has no version field for a document.
      { name: 'note', value: `Version ${SITE_VERSION.version} of ${SITE_VERSION.date}. Available at ${url}` },
      { name: 'url', value: url },
      { name: 'urldate', value: SITE_VERSION.date },
      {
        name: 'note',
        value: `Published by ${SITE.owner}; the site's own text under ${SITE.licence.name} (${SITE.licence.url}). Contact: ${SITE.contact ? SITE.contact.href : 'none configured'}`,
      },
    ],
  });
  return exportResponse(entry, exportFormat('bib'));
};
