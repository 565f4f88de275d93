import type { ZoomTransform } from 'd3-zoom';
import { kindOf, PUBLICATION_KIND, type NodeKind, type PositionedNode } from '../../lib/graph/graph-types.ts';
import { ALL_SIDES, placeLabels, type DrawnNode, type LabelRequest, type LabelSide } from '../../lib/graph/place-labels.ts';
import { wrapLabel } from '../../lib/graph/wrap-label.ts';
import type { Scene } from './graph-draw.ts';

/** The label fonts, as .graph-label sets them in global.css (the placement measures text in them). */
const FONTS = { item: '600 13px system-ui, sans-serif', publication: '400 12px system-ui, sans-serif' };
/** Line height and inner padding of a label, in CSS pixels, as in global.css. */
const LINE = 15;
const PAD_X = 3;
const PAD_Y = 1;
/**
 * Framework items above the middle band are labelled above, the rest below, or else on the other
 * side: their labels are wide, and moved aside or to a corner one could seem to name a neighbour.
 */
const ITEM_SIDES_ABOVE: readonly LabelSide[] = ['above', 'below'];
const ITEM_SIDES_BELOW: readonly LabelSide[] = ['below', 'above'];

/** What the label layer needs to know of the drawing. */
export interface LabelView {
  nodes: PositionedNode[];
  kinds: readonly NodeKind[];
  scene: Scene;
  transform: ZoomTransform;
  /** A node's radius in graph units at the current zoom. */
  radius(node: PositionedNode): number;
  neighbours: Map<string, string[]>;
  width: number;
  height: number;
}

/**
 * Names the nodes in text laid over the canvas (crisp at any zoom, and measurable by tests), placed by
 * placeLabels so that no two overlap and none is cut off at the edge: first the focused, selected and
 * hovered node and its connections, then search matches, then every framework item, then the
 * publications with the most connections. Labels that find no free place are left out; the node's
 * label appears when it is hovered or focused. The layer is aria-hidden: the table is the text path.
 */
export function createLabelLayer(layer: HTMLElement, measure: CanvasRenderingContext2D) {
  const spans = new Map<string, HTMLElement>();
  const widths = new Map<string, number>();
  let sides = new Map<string, LabelSide>();

  const textOf = (node: PositionedNode) => (node.type === PUBLICATION_KIND.kind ? [node.shortLabel ?? node.label] : wrapLabel(node.label, 18));
  const widthOf = (node: PositionedNode, lines: string[]) => {
    const font = node.type === PUBLICATION_KIND.kind ? FONTS.publication : FONTS.item;
    const key = `${font}|${lines.join('\n')}`;
    let width = widths.get(key);
    if (width === undefined) {
      measure.font = font;
      width = Math.ceil(Math.max(...lines.map((line) => measure.measureText(line).width))) + 2 * PAD_X;
      widths.set(key, width);
    }
    return width;
  };

  return {
    /** Places and shows the labels for this drawing. */
    update(view: LabelView) {
      const { scene, transform } = view;
      const spotlight = scene.spotlight;
      const lit = spotlight ? new Set([spotlight, ...(view.neighbours.get(spotlight) ?? [])]) : undefined;
      const onScreen: (DrawnNode & { node: PositionedNode })[] = [];
      for (const node of view.nodes) {
        if (!scene.visible.has(node.id)) continue;
        const x = transform.applyX(node.x);
        const y = transform.applyY(node.y);
        if (x < -40 || y < -40 || x > view.width + 40 || y > view.height + 40) continue;
        onScreen.push({ id: node.id, x, y, radius: view.radius(node) * transform.k, solid: node.type !== PUBLICATION_KIND.kind, node });
      }
      const pinned = new Set([scene.focused, scene.selected, scene.hovered].filter((id) => id !== undefined));
      const rank = ({ node }: { node: PositionedNode }) => {
        if (pinned.has(node.id)) return 0;
        if (lit?.has(node.id)) return 1;
        if (scene.matches.has(node.id)) return 2;
        return node.type === PUBLICATION_KIND.kind ? 4 : 3;
      };
      const connections = (id: string) => view.neighbours.get(id)?.length ?? 0;
      const candidates = onScreen
        // While a node is in the spotlight, only its own connections among the publications are named.
        .filter(({ node }) => !(lit && node.type === PUBLICATION_KIND.kind && !lit.has(node.id) && !pinned.has(node.id)))
        .sort((a, b) => rank(a) - rank(b) || (rank(a) === 4 ? connections(b.id) - connections(a.id) || a.node.order - b.node.order : 0));
      const lines = new Map<string, string[]>();
      const requests: LabelRequest[] = candidates.map(({ node, ...drawn }) => {
        const text = textOf(node);
        lines.set(node.id, text);
        const item = node.type !== PUBLICATION_KIND.kind;
        return {
          ...drawn,
          width: widthOf(node, text),
          height: text.length * LINE + 2 * PAD_Y,
          sides: item ? ((kindOf(view.kinds, node.type).band ?? 0) < 0 ? ITEM_SIDES_ABOVE : ITEM_SIDES_BELOW) : ALL_SIDES,
          overNodes: item || rank({ node }) < 2,
          always: pinned.has(node.id),
        };
      });
      const placed = placeLabels(requests, onScreen, { left: 2, top: 2, right: view.width - 2, bottom: view.height - 2 }, sides);
      sides = new Map(placed.map((label) => [label.id, label.side]));
      const nodeOf = new Map(candidates.map((candidate) => [candidate.id, candidate.node]));
      const shown = new Set<string>();
      for (const label of placed) {
        const node = nodeOf.get(label.id);
        if (!node) continue;
        let span = spans.get(label.id);
        if (!span) {
          span = document.createElement('span');
          span.className = `graph-label${node.type === PUBLICATION_KIND.kind ? ' graph-label--publication' : ''}`;
          span.dataset.labelFor = node.id;
          span.textContent = (lines.get(node.id) ?? []).join('\n');
          spans.set(label.id, span);
        }
        span.style.transform = `translate(${Math.round(label.left)}px, ${Math.round(label.top)}px)`;
        span.classList.toggle('is-dim', Boolean(lit && !lit.has(node.id)));
        span.classList.toggle('is-lit', Boolean(lit?.has(node.id) || pinned.has(node.id)));
        if (span.parentElement !== layer) layer.append(span);
        shown.add(label.id);
      }
      for (const [id, span] of spans) if (!shown.has(id)) span.remove();
      layer.dataset.labels = String(shown.size);
    },
    /** Hides every label (while a big graph is zoomed or panned). */
    hide() {
      layer.hidden = true;
    },
    show() {
      layer.hidden = false;
    },
  };
}

/** The label layer's controls. */
export type LabelLayer = ReturnType<typeof createLabelLayer>;
