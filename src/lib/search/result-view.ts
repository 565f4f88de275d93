import { CONTENT_TYPES, type ContentType } from './facets.ts';
import { addHighlightParam } from './highlight-terms.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import { SEARCH_META_SEPARATOR } from './publication-search.ts';

/** A run of excerpt text, marked when it matched the query. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** The bibliographic line and tags a publication result shows, from its search metadata. */
export interface PublicationView {
  key: string;
  authors: string;
  year: string;
  container?: string;
  kind?: string;
  /** The APA 7 reference as text, for the cite basket. */
  apa: string;
  /** The tags a result shows, group by group (the dimensions the framework declares with `resultTags`), each group in its dimension's colour. */
  tags: { label: string; items: string[]; colour?: string }[];
}

/** A group of tags a publication result shows: the metadata key that holds them and its label. */
export interface ResultTagGroup {
  /** The Pagefind metadata key (a dimension's id). */
  meta: string;
  label: string;
  /** The dimension's palette colour (content/framework.yaml), shown as a dot before each tag. */
  colour?: string;
}

/** One search result, ready to render. */
export interface ResultView {
  title: string;
  /** The page's address, with the words to highlight. */
  href: string;
  type: ContentType;
  typeLabel: string;
  publication?: PublicationView;
  excerpt: TextSegment[];
  /** Matching sections under the page's headings. */
  sections: { title: string; href: string; excerpt: TextSegment[] }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Splits a Pagefind excerpt into plain and marked runs, so it can be shown with text nodes rather
 * than as HTML. Only <mark> and </mark> are read as markup; everything else is text.
 */
export function splitExcerpt(excerpt: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    const text = decodeEntities(part);
    if (text) segments.push({ text, marked });
  }
  return segments;
}

function isContentType(value: string | undefined): value is ContentType {
  return value !== undefined && Object.hasOwn(CONTENT_TYPES, value);
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(SEARCH_META_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

function toPublicationView(meta: PagefindFragment['meta'], tagGroups: readonly ResultTagGroup[]): PublicationView | undefined {
  if (!meta.key) return undefined;
  const view: PublicationView = {
    key: meta.key,
    authors: meta.authors ?? '',
    year: meta.year ?? '',
    apa: meta.apa ?? '',
    tags: tagGroups.map((group) => ({ label: group.label, items: splitList(meta[group.meta]), ...(group.colour ? { colour: group.colour } : {}) })),
  };
  if (meta.container) view.container = meta.container;
  if (meta.kind) view.kind = meta.kind;
  return view;
}

/**
 * What a result shows, from its Pagefind data: title, type, address (carrying the highlight
 * terms), excerpt, a publication's metadata, and for pages up to `maxSections` matching sections
 * that have their own heading (the page's opening section is the result itself). A publication's
 * sections are its record's fixed headings, which say nothing a reader needs, so it shows none.
 */
export function toResultView(fragment: PagefindFragment, terms: string[], tagGroups: readonly ResultTagGroup[] = [], maxSections = 3): ResultView {
  const type = fragment.filters.type?.find(isContentType) ?? 'page';
  const view: ResultView = {
    title: fragment.meta.title ?? fragment.url,
    href: addHighlightParam(fragment.url, terms),
    type,
    typeLabel: CONTENT_TYPES[type],
    excerpt: splitExcerpt(fragment.excerpt),
    sections: (type === 'publication' ? [] : fragment.sub_results)
      .filter((section) => section.anchor && section.url !== fragment.url)
      .slice(0, maxSections)
      .map((section) => ({ title: section.title, href: addHighlightParam(section.url, terms), excerpt: splitExcerpt(section.excerpt) })),
  };
  const publication = type === 'publication' ? toPublicationView(fragment.meta, tagGroups) : undefined;
  if (publication) view.publication = publication;
  return view;
}
