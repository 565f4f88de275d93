import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../browser/find-chromium.ts';
import { digestOfPdfInputs } from './pdf-cache.ts';

function makeDist(chapterHtml: string, css = 'body{}'): string {
  const dist = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
  mkdirSync(join(dist, 'manual/one'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'manual/one/index.html'), chapterHtml);
  writeFileSync(join(dist, '_astro/site.css'), css);
  mkdirSync(join(dist, 'publications'));
  writeFileSync(join(dist, 'publications/index.html'), String(Math.random()));
  return dist;
}

describe('digestOfPdfInputs', () => {
  const chromium = findChromium();

  it('is the same for the same manual pages, whatever else the site holds, and ignores the PDFs themselves', () => {
    const first = makeDist('<h1>One</h1>');
    const second = makeDist('<h1>One</h1>');
    writeFileSync(join(second, 'manual/one.pdf'), 'printed');
    expect(digestOfPdfInputs(second, chromium)).toBe(digestOfPdfInputs(first, chromium));
  });

  it('changes when a manual page or a stylesheet it loads changes', () => {
    const base = digestOfPdfInputs(makeDist('<h1>One</h1>'), chromium);
    expect(digestOfPdfInputs(makeDist('<h1>One, revised</h1>'), chromium)).not.toBe(base);
    expect(digestOfPdfInputs(makeDist('<h1>One</h1>', 'body{color:red}'), chromium)).not.toBe(base);
  });
});
