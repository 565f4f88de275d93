import type { Framework } from '../../schemas/framework.ts';

/** Facet names the search page has whatever the framework (content type and year). */
export const BUILT_IN_FACETS = ['type', 'year'] as const;

/** First URL segments the site uses for its own pages, which no dimension may take. */
export const RESERVED_ROUTES = ['about', 'graph', 'manual', 'map', 'publications', 'search', 'implementing', 'pagefind', '_astro'] as const;

/** Every `{field}` or `{field|lower}` placeholder of a label template. */
export function templateFields(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?:\|lower)?\}/g)].map((match) => match[1] ?? '');
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/**
 * Checks what the schema cannot: names that must be unique across dimensions, and every reference
 * from one part of the declaration to another. One message per problem, naming the file, the key
 * and the fix.
 */
export function checkFramework(framework: Framework, file: string): string[] {
  const messages: string[] = [];
  const { dimensions } = framework;
  const ids = dimensions.map((dimension) => dimension.id);
  const unique: [string, string[]][] = [
    ['id', ids],
    ['route', dimensions.map((dimension) => dimension.route)],
    ['annotationField', [...dimensions.map((dimension) => dimension.annotationField), framework.studyTypes.annotationField]],
    ['facet', [...dimensions.map((dimension) => dimension.facet), framework.studyTypes.facet, ...BUILT_IN_FACETS]],
    ['graph.kind', dimensions.map((dimension) => dimension.graph.kind)],
    ['folder', dimensions.map((dimension) => dimension.folder)],
  ];
  for (const [key, values] of unique) {
    for (const value of duplicates(values))
      messages.push(
        `${file}: the ${key} "${value}" is used twice. Fix: give each dimension its own ${key}${key === 'facet' ? ` (${BUILT_IN_FACETS.join(' and ')} are taken by the search page)` : ''}.`,
      );
  }
  if (!ids.includes(framework.map.rows)) messages.push(`${file}: map.rows names the unknown dimension "${framework.map.rows}". Fix: use one of ${ids.join(', ')}.`);
  for (const dimension of dimensions) {
    if ((RESERVED_ROUTES as readonly string[]).includes(dimension.route))
      messages.push(
        `${file}: the route "${dimension.route}" of dimension "${dimension.id}" is taken by the site's own pages (${RESERVED_ROUTES.join(', ')}). Fix: choose another route.`,
      );
    for (const [name, field] of Object.entries(dimension.fields)) {
      if (['title', 'description', 'order', 'summary'].includes(name))
        messages.push(`${file}: dimension "${dimension.id}" declares the field "${name}", which every item has already. Fix: remove it from fields.`);
      if (field.type === 'references' && !ids.includes(field.dimension))
        messages.push(`${file}: the field "${name}" of dimension "${dimension.id}" references the unknown dimension "${field.dimension}". Fix: use one of ${ids.join(', ')}.`);
    }
    for (const name of templateFields(dimension.labels.itemList)) {
      if (!['title', 'summary'].includes(name) && dimension.fields[name]?.type !== 'string')
        messages.push(`${file}: labels.itemList of dimension "${dimension.id}" uses {${name}}, which its items do not have. Fix: use {title} or a string field of the dimension.`);
    }
    if (dimension.mapView && dimension.id === framework.map.rows)
      messages.push(`${file}: dimension "${dimension.id}" is the map's rows and cannot also be a view. Fix: remove mapView from it.`);
  }
  if (!dimensions.some((dimension) => dimension.mapView))
    messages.push(`${file}: no dimension has mapView: true, so the evidence map would be empty. Fix: set mapView: true on at least one dimension other than map.rows.`);
  return messages;
}
