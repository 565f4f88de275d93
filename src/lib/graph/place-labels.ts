/** A rectangle on screen, in CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a label sits relative to its node. */
export type LabelSide = 'right' | 'left' | 'below' | 'above' | 'below-right' | 'above-right' | 'below-left' | 'above-left';

/** Every side, in the order a publication's label tries them. */
export const ALL_SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above', 'below-right', 'above-right', 'below-left', 'above-left'];

/** A node as drawn: its centre and radius on screen. */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  /** Never covered by a label, even one allowed over nodes (a framework item). */
  solid?: boolean;
}

/** A label to place beside its node, with its size on screen. */
export interface LabelRequest extends DrawnNode {
  width: number;
  height: number;
  /** The sides to try, best first. */
  sides: readonly LabelSide[];
  /** May cover other nodes (never another label nor a solid node) when no free place is left. */
  overNodes?: boolean;
  /** Must be shown: when no side fits inside the bounds, its first side is moved inside them. */
  always?: boolean;
}

/** A placed label: its box and the side of its node it sits on. */
export interface PlacedLabel extends Box {
  id: string;
  side: LabelSide;
}

function boxAt(request: LabelRequest, side: LabelSide, gap: number): Box {
  const { x, y, radius, width, height } = request;
  const reach = radius + gap;
  const diagonal = radius * 0.75 + gap;
  const corners: Record<LabelSide, [number, number]> = {
    right: [x + reach, y - height / 2],
    left: [x - reach - width, y - height / 2],
    below: [x - width / 2, y + reach],
    above: [x - width / 2, y - reach - height],
    'below-right': [x + diagonal, y + diagonal],
    'above-right': [x + diagonal, y - diagonal - height],
    'below-left': [x - diagonal - width, y + diagonal],
    'above-left': [x - diagonal - width, y - diagonal - height],
  };
  const [left, top] = corners[side];
  return { left, top, right: left + width, bottom: top + height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (box: Box, bounds: Box) => box.left >= bounds.left && box.top >= bounds.top && box.right <= bounds.right && box.bottom <= bounds.bottom;

/** Boxes filed by the grid cells they touch, so that a look-up reads only its neighbourhood. */
class BoxGrid<T extends Box> {
  private cells = new Map<string, T[]>();
  private size: number;
  constructor(size: number) {
    this.size = size;
  }
  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let column = Math.floor(box.left / this.size); column <= Math.floor(box.right / this.size); column += 1)
      for (let row = Math.floor(box.top / this.size); row <= Math.floor(box.bottom / this.size); row += 1) keys.push(`${column},${row}`);
    return keys;
  }
  add(box: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
  hits(box: Box, ignore: (other: T) => boolean = () => false): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => !ignore(other) && overlaps(box, other)));
  }
}

/**
 * Places labels beside their nodes so that no two overlap and none leaves the bounds: a greedy pass in
 * the order given (most important first), each label trying its last side first (so labels keep still
 * while the reader zooms), then its own sides in order, first where it covers no node, then, if it
 * may, over nodes. A label with no free place is left out (the drawing names it on hover and focus).
 * Hand-written: the label-placement libraries on npm place SVG text in the DOM, and this runs on
 * every drawn frame over a canvas, where a grid of boxes keeps it linear in the number of labels.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  nodes: readonly DrawnNode[],
  bounds: Box,
  previous: ReadonlyMap<string, LabelSide> = new Map(),
  gap = 3,
): PlacedLabel[] {
  const labels = new BoxGrid<PlacedLabel>(64);
  const covered = new BoxGrid<Box & { id: string; solid: boolean }>(64);
  for (const node of nodes)
    covered.add({ id: node.id, solid: Boolean(node.solid), left: node.x - node.radius, top: node.y - node.radius, right: node.x + node.radius, bottom: node.y + node.radius });
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const last = previous.get(request.id);
    const sides = last && request.sides.includes(last) ? [last, ...request.sides.filter((side) => side !== last)] : request.sides;
    const free = (box: Box, overNodes: boolean) => inside(box, bounds) && !labels.hits(box) && !covered.hits(box, (node) => node.id === request.id || (overNodes && !node.solid));
    let chosen: PlacedLabel | undefined;
    for (const overNodes of request.overNodes ? [false, true] : [false]) {
      const side = sides.find((candidate) => free(boxAt(request, candidate, gap), overNodes));
      if (side) {
        chosen = { id: request.id, side, ...boxAt(request, side, gap) };
        break;
      }
    }
    if (!chosen && request.always && sides[0]) {
      const box = boxAt(request, sides[0], gap);
      const dx = Math.max(bounds.left - box.left, Math.min(0, bounds.right - box.right));
      const dy = Math.max(bounds.top - box.top, Math.min(0, bounds.bottom - box.bottom));
      chosen = { id: request.id, side: sides[0], left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy };
    }
    if (!chosen) continue;
    labels.add(chosen);
    placed.push(chosen);
  }
  return placed;
}
