/**
 * The evidence framework is configuration: a copy of the project whose references/ and content/ are
 * replaced by tests/fixtures/second-framework (another programme, three dimensions with other names,
 * one of them without a map view) builds with no code change, and its pages, search facets, map,
 * graph and exports all follow its declaration. Nothing of the REFOCUS framework may remain.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject } from '../support/project-copy.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/second-framework');
const KEYS = ['okafor2019parks', 'haddad2020gardens', 'lindqvist2021pilot', 'brennan2022handbook', 'mensah2023evaluation'];

let dist = '';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** Every value of an attribute in a page, in order. */
const attributes = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((match) => match[1]);
const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

beforeAll(() => {
  const folder = copyProject();
  for (const name of ['references', 'content']) {
    rmSync(join(folder, name), { recursive: true });
    cpSync(join(FIXTURE, name), join(folder, name), { recursive: true });
  }
  const build = buildProject(folder);
  expect(build.status, build.output).toBe(0);
  dist = join(folder, 'dist');
}, 300_000);

describe('a second evidence base, built from its own references/ and content/ alone', () => {
  it('builds without a changelog or a glossary, saying so, and with an empty but valid feed', () => {
    expect(read('changes/index.html')).toContain('No changes have been recorded yet.');
    expect(read('glossary/index.html')).toContain('This evidence base has no glossary yet');
    expect(read('changes.atom')).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(read('changes.atom')).not.toContain('<entry>');
    expect(read('index.html')).not.toContain('class="glossary-term"');
  });

  it('has an index page per dimension, at its route, with its introduction and items', () => {
    expect(heading(read('phases/index.html'))).toBe('Phases of the programme');
    expect(heading(read('outcomes/index.html'))).toBe('Outcomes measured');
    expect(heading(read('settings/index.html'))).toBe('Where the studies took place');
    expect(attributes(read('phases/index.html'), 'href').filter((href) => /^\/phases\/[a-z]/.test(href ?? ''))).toEqual([
      '/phases/feasibility/',
      '/phases/pilot/',
      '/phases/evaluation/',
    ]);
    for (const gone of ['evidence', 'chime', 'best-practice', 'intervention']) expect(existsSync(join(dist, gone)), `/${gone}/ is REFOCUS's`).toBe(false);
  });

  it('has a page per item with its title, badge, list heading and, where declared, a .bib of its publications', () => {
    const pilot = read('phases/pilot/index.html');
    expect(heading(pilot)).toBe('Pilot phase');
    expect(pilot).toContain('Publications of the pilot phase (1)');
    expect(read('phases/pilot.bib')).toContain('@article{lindqvist2021pilot,');
    const parks = read('settings/parks/index.html');
    expect(heading(parks)).toBe('City parks');
    expect(parks).toContain('<p class="badge">Public land</p>');
    expect(parks).toContain('Publications set here (4)');
    expect(heading(read('outcomes/activity/index.html'))).toBe('Physical activity');
    expect(existsSync(join(dist, 'settings/parks.bib'))).toBe(false);
  });

  it('lists the dimensions in the header navigation, in their declared order', () => {
    const links = attributes(read('index.html').split('<nav')[1] ?? '', 'href');
    expect(links.slice(0, 3)).toEqual(['/phases/', '/outcomes/', '/map/']);
  });

  it('tags publication pages with a search filter per dimension and study design', () => {
    const filters = attributes(read('publications/lindqvist2021pilot/index.html'), 'data-pagefind-filter');
    expect(filters).toEqual(expect.arrayContaining(['phase:pilot', 'outcome:mood', 'outcome:activity', 'setting:parks', 'design:trial']));
    expect(filters.filter((filter) => /^(stage|chime|component|practice|study):/.test(filter ?? ''))).toEqual([]);
    expect(attributes(read('search/index.html'), 'data-facet')).toEqual(['type', 'phase', 'outcome', 'setting', 'design', 'year']);
    expect(read('publications/lindqvist2021pilot/index.html')).toContain('<dt>Research phases</dt>');
  });

  it('has a map view only for the dimensions that declare one, with the declared rows', () => {
    const map = read('map/index.html');
    expect(attributes(map, 'data-map-view')).toEqual(['outcomes']);
    expect(map).toContain('Research phases × Outcomes');
    expect(read('map/outcomes/pilot--mood.bib')).toContain('@article{lindqvist2021pilot,');
    expect(existsSync(join(dist, 'map/settings'))).toBe(false);
  });

  it('draws the graph with the three dimensions and the publications as node kinds', () => {
    const graph = JSON.parse(read('graph.json')) as { nodes: { type: string }[]; edges: { type: string }[] };
    expect([...new Set(graph.nodes.map((node) => node.type))].sort()).toEqual(['outcome', 'phase', 'publication', 'setting']);
    expect([...new Set(graph.edges.map((edge) => edge.type))].sort()).toEqual([
      'phase-phase',
      'publication-outcome',
      'publication-phase',
      'publication-setting',
      'setting-outcome',
    ]);
    expect(attributes(read('graph/index.html'), 'value').filter((value) => ['phase', 'outcome', 'setting', 'publication'].includes(value ?? ''))).toEqual([
      'phase',
      'outcome',
      'setting',
      'publication',
    ]);
  });

  it('exports its own bibliography', () => {
    for (const key of KEYS) {
      expect(read('references.bib')).toContain(`{${key},`);
      expect(read('references.json')).toContain(`"id": "${key}"`);
    }
    expect(read('references.ris').match(/^TY {2}- /gm)).toHaveLength(KEYS.length);
  });
});
