import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../browser/find-chromium.ts';
import { digestOfPdfInputs } from './pdf-cache.ts';

function makeDist(chapterHtml: string, css = 'body{}'): string {
  const dist = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
  mkdirSync(join(dist, 'manual/one'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'manual/one/index.html'), chapterHtml);
  writeFileSync(join(dist, '_astro/site.css'), css);
  mkdirSync(join(dist, 'scripts'));
  writeFileSync(join(dist, 'scripts/theme.js'), '');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  mkdirSync(join(dist, 'publications'));
  writeFileSync(join(dist, 'publications/index.html'), String(Math.random()));
  return dist;
}

describe('digestOfPdfInputs', () => {
  const chromium = findChromium();
  const printer = resolve(import.meta.dirname, '../../build-pdfs.ts');
  const digestOf = (dist: string) => digestOfPdfInputs(dist, chromium, printer);

  it('is the same for the same manual pages, whatever else the site holds, and ignores the PDFs themselves', async () => {
    const first = makeDist('<h1>One</h1>');
    const second = makeDist('<h1>One</h1>');
    writeFileSync(join(second, 'manual/one.pdf'), 'printed');
    expect(await digestOf(second)).toBe(await digestOf(first));
  });

  it('changes when a manual page or a stylesheet it loads changes', async () => {
    const base = await digestOf(makeDist('<h1>One</h1>'));
    expect(await digestOf(makeDist('<h1>One, revised</h1>'))).not.toBe(base);
    expect(await digestOf(makeDist('<h1>One</h1>', 'body{color:red}'))).not.toBe(base);
  });

  it('fails naming the path when a file the manual pages load is missing', async () => {
    const dist = makeDist('<h1>One</h1>');
    rmSync(join(dist, 'favicon.svg'));
    await expect(digestOf(dist)).rejects.toThrow(`cache key: ${join(dist, 'favicon.svg')} is listed as an input but not found.`);
  });
});
