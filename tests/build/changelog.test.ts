/**
 * A change added to content/changes.yaml appears, after a build, on /changes/, on the page of the
 * publication it names and in the Atom feed, which still validates (scripts/check-feed.ts, with jing).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildProject, copyProject } from '../support/project-copy.ts';

const ENTRY = `
- id: 2030-01-15-test-correction
  date: 2030-01-15
  kind: corrected
  title: A page range corrected in a test
  summary: This entry was added by tests/build/changelog.test.ts to see it reach every place it should.
  publications: [leamy2011conceptual]
  pages: [/evidence/theory/]
`;

it('a new change reaches /changes/, the publication it names and the feed', async () => {
  const folder = copyProject();
  try {
    appendFileSync(join(folder, 'content/changes.yaml'), ENTRY);
    const { status, output } = buildProject(folder);
    expect(status, output).toBe(0);
    const dist = (path: string) => readFileSync(join(folder, 'dist', path), 'utf8');
    // Newest first: the new entry heads the list and the kind's page.
    expect(dist('changes/index.html').match(/<li class="change" id="([^"]+)"/)?.[1]).toBe('2030-01-15-test-correction');
    expect(dist('changes/corrected/index.html')).toContain('id="2030-01-15-test-correction"');
    expect(dist('publications/leamy2011conceptual/index.html')).toMatch(
      /<a href="\/changes\/#2030-01-15-test-correction"><time datetime="2030-01-15">Corrected on 15 January 2030<\/time><\/a>: A page range corrected in a test/,
    );
    const feed = dist('changes.atom');
    expect(feed).toContain('<id>tag:127.0.0.1,2030-01-15:changes/2030-01-15-test-correction</id>');
    expect(feed).toContain('<updated>2030-01-15T00:00:00.000Z</updated>\n    <author>');
    const check = spawnSync(process.execPath, ['scripts/check-feed.ts'], { cwd: folder, encoding: 'utf8' });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
