import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../bibtex/load-bibliography.ts';
import { bibliographyExportLinks, exportFormatOfFile, listExportLinks, publicationExportFormatOf, publicationExportLinks } from './export-addresses.ts';
import { EXPORT_FORMATS, defineExportFormats, exportFormat, writeExport, type ExportFormat } from './export-formats.ts';
import { joinedDownload } from './joined-download.ts';
import { publicationExportFiles, toExportable } from './publication-export-files.ts';

/** A format the site does not offer: one citation key per line. Registering it must be all it takes. */
const KEY_LIST: ExportFormat = {
  id: 'keys',
  extension: 'keys',
  mediaType: 'text/plain; charset=utf-8',
  label: 'Key list',
  write: (records) => records.map((record) => `${record.key}\n`).join(''),
  comment: (text) => `# ${text}\n`,
  join: (files) =>
    [
      ...new Set(
        files
          .join('')
          .split('\n')
          .filter((line) => line && !line.startsWith('#')),
      ),
    ]
      .map((line) => `${line}\n`)
      .join(''),
  wholeBibliography: true,
  lists: true,
};
const TEST_FORMATS = defineExportFormats([...EXPORT_FORMATS, KEY_LIST]);

const bib = `@inproceedings{smith:2010, author={Smith, Ann}, title={A paper}, crossref={proc2010}, pages={1--9}}
@proceedings{proc2010, title={Proceedings of Recovery 2010}, year={2010}, editor={Jones, Bo}, publisher={Press}}`;
const publications = loadBibliography([{ file: 'x.bib', text: bib }]).map((publication) => toExportable(publication));

describe('a format added to the registry', () => {
  it('gets a file per publication, with its crossref parent, beside the other formats', () => {
    const files = new Map([...publicationExportFiles(publications, TEST_FORMATS)].map((file) => [file.path, file.body]));
    expect([...files.keys()].filter((path) => path.startsWith('publications/smith_3a_2010.'))).toEqual([
      'publications/smith_3a_2010.bib',
      'publications/smith_3a_2010.ris',
      'publications/smith_3a_2010.json',
      'publications/smith_3a_2010.keys',
    ]);
    expect(files.get('publications/smith_3a_2010.keys')).toBe('smith:2010\nproc2010\n');
  });

  it('gets a link on the publication page, in the whole bibliography and on lists', () => {
    expect(publicationExportLinks('smith:2010', TEST_FORMATS).map(({ href, format }) => `${format.label} ${href}`)).toEqual([
      'BibTeX /publications/smith_3a_2010.bib',
      'RIS /publications/smith_3a_2010.ris',
      'CSL-JSON /publications/smith_3a_2010.json',
      'Key list /publications/smith_3a_2010.keys',
    ]);
    expect(bibliographyExportLinks(TEST_FORMATS).map((link) => link.href)).toEqual(['/references.bib', '/references.ris', '/references.json', '/references.keys']);
    expect(listExportLinks('/evidence/theory', TEST_FORMATS).map((link) => link.href)).toEqual(['/evidence/theory.bib', '/evidence/theory.keys']);
  });

  it('is joined into one basket or search download, a shared parent kept once', () => {
    const files = [...publicationExportFiles(publications, TEST_FORMATS)].filter((file) => file.path.endsWith('.keys')).map((file) => file.body);
    expect(joinedDownload(exportFormat('keys', TEST_FORMATS), files, 'cite-basket')).toEqual({
      name: 'cite-basket.keys',
      mediaType: 'text/plain; charset=utf-8',
      text: 'smith:2010\nproc2010\n',
    });
  });

  it('is recognised by the dev and static servers, and headed by its comment', () => {
    expect(publicationExportFormatOf('publications/smith_3a_2010.keys', TEST_FORMATS)).toBe(KEY_LIST);
    expect(exportFormatOfFile('map/components/theory--hope.keys', new Set(), TEST_FORMATS)).toBe(KEY_LIST);
    expect(writeExport(publications, KEY_LIST, 'All publications')).toBe('# All publications\nsmith:2010\nproc2010\n');
  });
});

describe('the site registry', () => {
  it('offers BibTeX, RIS and CSL-JSON with their registered media types', () => {
    expect(EXPORT_FORMATS.map(({ id, extension, mediaType, label }) => ({ id, extension, mediaType, label }))).toEqual([
      { id: 'bib', extension: 'bib', mediaType: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
      { id: 'ris', extension: 'ris', mediaType: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
      { id: 'json', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
    ]);
  });

  it('writes a heading only into formats that have comments', () => {
    expect(writeExport(publications.slice(1), exportFormat('bib'), 'Heading')).toMatch(/^% Heading\n\n@proceedings\{proc2010,/);
    expect(writeExport(publications.slice(1), exportFormat('ris'), 'Heading')).toMatch(/^TY {2}- BOOK\r\n/);
  });

  it('counts .json as CSL-JSON only at export addresses', () => {
    const shared = new Set(['json']);
    expect(exportFormatOfFile('publications/a.json', shared)?.id).toBe('json');
    expect(exportFormatOfFile('references.json', shared)?.id).toBe('json');
    expect(exportFormatOfFile('graph.json', shared)).toBeUndefined();
    expect(exportFormatOfFile('evidence/theory.bib', shared)?.id).toBe('bib');
    expect(publicationExportFormatOf('publications/a/index.html')).toBeUndefined();
  });

  it('names an unknown format and the known ones', () => {
    expect(() => exportFormat('enw')).toThrow('unknown export format "enw". Known formats: bib, ris, json (src/lib/export/export-formats.ts)');
  });

  it('refuses a registry with a repeated id or extension, or an extension with a dot', () => {
    expect(() => defineExportFormats([...EXPORT_FORMATS, { ...KEY_LIST, id: 'ris', extension: '.txt' }, { ...KEY_LIST, extension: 'bib' }])).toThrow(
      'src/lib/export/export-formats.ts: format "ris": the extension ".txt" must be lower-case letters and digits, without the dot; format "ris": the id is used twice; give each format its own id; format "keys": the extension "bib" is used twice; give each format its own extension.',
    );
  });
});

describe('the caveat of an incomplete record', () => {
  const caveat = 'smith:2010: Incomplete record: no public record we could check shows its volume, so it is left out. Check the publication itself before citing.';
  const [paper, proceedings] = loadBibliography([{ file: 'x.bib', text: bib }]).map((publication) => toExportable(publication, new Map([['smith:2010', caveat]])));

  it('goes with its record only, into every format: a comment above the BibTeX entry, a RIS note, a line of CSL note', () => {
    expect(paper?.caveat).toBe(caveat);
    expect(proceedings?.caveat).toBeUndefined();
    const records = [paper!, proceedings!];
    const bibtex = writeExport(records, exportFormat('bib'), 'Heading');
    expect(bibtex).toContain(`% ${caveat}\n@inproceedings{smith:2010,`);
    expect(bibtex.match(/Incomplete record/g)).toHaveLength(1);
    expect(writeExport(records, exportFormat('ris'))).toContain(`N1  - ${caveat}\r\n`);
    const items = JSON.parse(writeExport(records, exportFormat('json'))) as { id: string; note?: string }[];
    expect(items.find((item) => item.id === 'smith:2010')?.note?.split('\n')[0]).toBe(caveat);
    expect(items.find((item) => item.id === 'proc2010')?.note).toBeUndefined();
  });

  it('stays with its entry when BibTeX files are joined (the basket, the search export), while headings go', () => {
    const joined = exportFormat('bib').join([writeExport([paper!, proceedings!], exportFormat('bib'), 'Page one'), writeExport([proceedings!], exportFormat('bib'), 'Page two')]);
    expect(joined).not.toContain('Page one');
    expect(joined).toContain(`% ${caveat}\n@inproceedings{smith:2010,`);
    expect(joined.match(/@proceedings\{proc2010,/g)).toHaveLength(1);
  });
});
