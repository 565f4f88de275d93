import type { Element, ElementContent } from 'hast';
import type { HastNode, HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { termMatcher, type MatchableTerm } from './match-terms.ts';

/** What the plugin needs of each term: its spellings and its definition. */
export interface GlossaryEntry extends MatchableTerm {
  definition: string;
}

export interface GlossaryPluginOptions {
  terms: readonly GlossaryEntry[];
  /** The glossary entry's address (`/glossary/#qpr`). */
  href: (id: string) => string;
}

/** Where a term is never marked: headings, links, code, and components (`<Cite>` and the like; HTML written in MDX, `<section>`, is prose). */
const SKIPPED_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'button', 'summary', 'script', 'style', 'svg']);
const SKIPPED_NODE_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** A short, stable prefix for one file's definition ids, so that a page showing several files (the whole manual) repeats none. */
export const filePrefix = (path: string | undefined): string =>
  `gl-${(path ?? 'page')
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]+$/, '')
    .replace(/[^a-z0-9-]/gi, '-')
    .toLowerCase()}`;

/**
 * The pieces a text becomes when the terms not yet marked on its page are marked in it (each term's
 * first occurrence becomes a link to its entry, described by its definition), or undefined when it
 * has none. Adds the marked ids to `marked`.
 */
export function markText(value: string, marked: Set<string>, find: ReturnType<typeof termMatcher>, href: (id: string) => string, prefix: string): ElementContent[] | undefined {
  const matches = find(value).filter((match) => (marked.has(match.id) ? false : (marked.add(match.id), true)));
  if (matches.length === 0) return undefined;
  const pieces: ElementContent[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.index > at) pieces.push({ type: 'text', value: value.slice(at, match.index) });
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(match.id), className: ['glossary-term'], ariaDescribedBy: [`${prefix}-${match.id}`], dataGlossary: match.id },
      children: [{ type: 'text', value: match.text }],
    });
    at = match.index + match.text.length;
  }
  if (at < value.length) pieces.push({ type: 'text', value: value.slice(at) });
  return pieces;
}

/** The hidden block of the definitions of the terms marked on a page, each the description of its links. */
export function definitionsBlock(marked: Iterable<string>, terms: readonly GlossaryEntry[], prefix: string): Element {
  const byId = new Map(terms.map((term) => [term.id, term]));
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['glossary-definitions'], hidden: true, dataPagefindIgnore: '' },
    children: [...marked].map((id) => ({
      type: 'element' as const,
      tagName: 'p',
      properties: { id: `${prefix}-${id}`, dataTerm: byId.get(id)?.term ?? id },
      children: [{ type: 'text' as const, value: byId.get(id)?.definition ?? '' }],
    })),
  };
}

function inSkippedPlace(node: HastNode, context: HastVisitorContext): boolean {
  for (let parent = context.parent(node); parent; parent = context.parent(parent as HastNode)) {
    if (SKIPPED_NODE_TYPES.has(parent.type)) {
      const name = (parent as { name?: string | null }).name ?? '';
      if (!/^[a-z]/.test(name) || SKIPPED_TAGS.has(name)) return true;
      continue;
    }
    if (parent.type === 'element' && SKIPPED_TAGS.has(parent.tagName)) return true;
  }
  return false;
}

/**
 * A hast plugin for Astro's Markdown and MDX processor (Sätteri) that marks the first use of each
 * glossary term on a page: the words become a link to the glossary entry, described (aria-describedby)
 * by its definition, which is added once at the end of the page in a hidden block. Without JavaScript
 * the link leads to the glossary and screen readers read the definition as the link's description;
 * src/components/glossary/glossary-tips.ts shows it in place on hover, focus or tap. Hand-written:
 * no maintained plugin marks terms by first use and describes them.
 */
export function glossaryPlugin(options: GlossaryPluginOptions): (context: PluginFactoryContext) => HastPluginDefinition {
  const find = termMatcher(options.terms);
  return (document) => {
    const prefix = filePrefix(document.fileURL?.pathname);
    const marked = new Set<string>();
    return {
      name: 'refocus-glossary',
      text(node, context) {
        if (marked.size === options.terms.length || inSkippedPlace(node, context)) return;
        const pieces = markText(node.value, marked, find, options.href, prefix);
        if (pieces) context.replaceNode(node, pieces);
      },
      after(root, context) {
        if (marked.size > 0) context.appendChild(root, definitionsBlock(marked, options.terms, prefix));
      },
    };
  };
}
