import { describe, expect, it } from 'vitest';
import { parseManualContents, serialiseManualContents, type ManualContents } from './manual-contents.ts';

const CONTENTS: ManualContents = {
  title: 'The REFOCUS manual: a practitioner’s summary',
  edition: { version: '1.0', date: '2026-11-27' },
  chapters: [
    { slug: 'introduction', title: 'Introduction & aims', order: 1 },
    { slug: 'coaching', title: 'Coaching', order: 2 },
  ],
};

describe('the manual contents file', () => {
  it('reads back what was written', () => {
    expect(parseManualContents(serialiseManualContents(CONTENTS), 'dist/manual/contents.json')).toEqual(CONTENTS);
  });

  it('names the file and every problem at once', () => {
    const broken = { title: '', edition: { version: '1.0', date: '27/11/2026' }, chapters: [{ slug: 'introduction', title: 'Introduction', order: 2 }] };
    expect(() => parseManualContents(JSON.stringify(broken), 'dist/manual/contents.json')).toThrow(
      [
        "dist/manual/contents.json: the manual's contents are incomplete:",
        '  - "title" is missing',
        '  - "edition.date" is "27/11/2026", not a date like 2026-11-27',
        '  - chapter 1 needs a slug, a title and order 1; it has {"slug":"introduction","title":"Introduction","order":2}',
        'Fix: check content/manual/ and src/pages/manual/contents.json.ts, then build again.',
      ].join('\n'),
    );
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseManualContents('<html>', 'dist/manual/contents.json')).toThrow(/^dist\/manual\/contents\.json: not JSON/);
  });
});
