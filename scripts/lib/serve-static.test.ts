import { expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseOfBuild, mediaTypeOf, serveStatic } from './serve-static.ts';

it('serves export files with the registry’s media types and other files with their own', () => {
  expect(mediaTypeOf('publications/a.bib')).toBe('application/x-bibtex; charset=utf-8');
  expect(mediaTypeOf('references.ris')).toBe('application/x-research-info-systems; charset=utf-8');
  expect(mediaTypeOf('publications/a.json')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
  expect(mediaTypeOf('manual/recovery.bib')).toBe('application/x-bibtex; charset=utf-8');
  expect(mediaTypeOf('graph.json')).toBe('application/json');
  expect(mediaTypeOf('index.html')).toBe('text/html; charset=utf-8');
  expect(mediaTypeOf('a.unknown')).toBe('application/octet-stream');
});

it('reads the base path a build was made for from its home page', () => {
  expect(baseOfBuild('<link rel="canonical" href="https://example.net/refocus/">')).toBe('/refocus/');
  expect(baseOfBuild('<link rel="canonical" href="http://127.0.0.1:4321/">')).toBe('/');
  expect(baseOfBuild('<title>No canonical</title>')).toBe('/');
});

it('serves the site under its base path only, with its 404 page and status elsewhere', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'serve-static-'));
  writeFileSync(join(folder, 'index.html'), 'home');
  writeFileSync(join(folder, '404.html'), 'not found');
  const server = await serveStatic(folder, '/refocus/');
  try {
    const get = async (path: string) => {
      const response = await fetch(`${server.origin}${path}`);
      return [response.status, await response.text()];
    };
    expect(await get('/refocus/')).toEqual([200, 'home']);
    expect(await get('/')).toEqual([404, 'not found']);
    expect(await get('/refocus/nothing/')).toEqual([404, 'not found']);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

it('sends text gzipped to clients that ask for it, as hosts do, and binary files as they are', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'serve-static-'));
  writeFileSync(join(folder, 'index.html'), 'home '.repeat(100));
  writeFileSync(join(folder, 'a.pdf'), '%PDF-1.7');
  const server = await serveStatic(folder);
  try {
    const { request } = await import('node:http');
    const head = (path: string, encoding?: string) =>
      new Promise<string | undefined>((done, failed) => {
        request(`${server.origin}${path}`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (response) => {
          response.resume();
          done(response.headers['content-encoding']);
        })
          .on('error', failed)
          .end();
      });
    expect(await head('/', 'gzip, br')).toBe('gzip');
    expect(await head('/')).toBeUndefined();
    expect(await head('/a.pdf', 'gzip')).toBeUndefined();
    expect(await (await fetch(`${server.origin}/`)).text()).toBe('home '.repeat(100));
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
