import { PUBLICATION_KIND, type NodeKind } from './graph-types.ts';

/**
 * A node's radius in graph units before zoom: a framework item keeps its kind's radius; a publication
 * grows with its number of connections (the items it informs), by the square root so that its area
 * is in proportion, from its kind's radius at one connection to about half as wide again at eight.
 */
export function nodeBaseRadius(kind: NodeKind, connections: number): number {
  if (kind.kind !== PUBLICATION_KIND.kind) return kind.radius;
  return kind.radius * (0.8 + 0.2 * Math.sqrt(Math.max(1, connections)));
}
