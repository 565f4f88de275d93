import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { pointAt } from '../../lib/graph/graph-keyboard.ts';
import { kindOf, type ExplorerGraph, type PositionedNode } from '../../lib/graph/graph-types.ts';
import { nodeBaseRadius } from '../../lib/graph/node-size.ts';
import { drawBase, drawOverlay, radiusIn, readColours, type Scene, type SceneView } from './graph-draw.ts';
import { createLabelLayer } from './graph-labels.ts';

export type { Scene } from './graph-draw.ts';

/** What the drawing tells the page. */
export interface CanvasEvents {
  hover(id: string | undefined): void;
  select(id: string): void;
}

/** Above this many shown nodes, zoom and pan frames leave out the edges and labels. */
const QUICK_ABOVE = 400;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Room kept clear round the fitted graph, in CSS pixels at most, for the labels of the outer nodes. */
const FIT_PADDING = { x: 64, top: 44, bottom: 68 };

/** A d3 gesture's source event, as the zoom and drag filters see it. */
type GestureEvent = (MouseEvent | WheelEvent | TouchEvent) & { button?: number };

/**
 * Draws the graph on a canvas at the positions computed at build time, with d3-zoom for zoom and pan
 * and d3-drag for moving a node. Drawing happens once per animation frame at most, only when asked.
 * Sets `data-drawn-nodes` on the canvas to the number of nodes actually drawn and `data-zoom` to the zoom factor.
 */
export function createGraphCanvas(
  canvas: HTMLCanvasElement,
  graph: ExplorerGraph,
  neighbours: Map<string, string[]>,
  events: CanvasEvents,
  parts: { labels: HTMLElement; hint?: HTMLElement | null },
) {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  const nodes = graph.nodes.map((node) => ({ ...node }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const baseRadius = new Map(nodes.map((node) => [node.id, nodeBaseRadius(kindOf(graph.kinds, node.type), neighbours.get(node.id)?.length ?? 0)]));
  const marks = new Map(graph.marks.map((mark) => [mark.id, new Path2D(mark.path)]));
  const labels = createLabelLayer(parts.labels, context);
  let scene: Scene = { visible: new Set(byId.keys()), matches: new Set() };
  let transform: ZoomTransform = zoomIdentity;
  let colours = readColours(canvas, graph.kinds);
  let frame = 0;
  // While the reader zooms or pans a big graph (over QUICK_ABOVE nodes shown), frames show the nodes
  // only; the edges and labels come back once the gesture pauses. Canvas drawing is deferred, so
  // its cost cannot be timed from script; moving a cached picture instead was slower still without
  // a GPU (scaling a canvas-sized image costs more than drawing the nodes).
  let gesture = false;
  let quick = false;
  let settle = 0;
  const ratio = () => window.devicePixelRatio || 1;

  // The edges and nodes are kept in a layer of their own, redrawn only when the filters, the zoom or
  // a position change; hover and focus then cost one copy of it plus the few highlighted items.
  const base = document.createElement('canvas');
  const baseContext = base.getContext('2d');
  let baseKey = '';
  let baseVisible: Set<string> | undefined;
  let moved = 0;

  const draw = () => {
    frame = 0;
    if (!baseContext) return;
    const view: SceneView = { nodes, byId, edges: graph.edges, neighbours, scene, transform, colours, kinds: graph.kinds, dpr: ratio(), baseRadius, marks };
    if (quick) {
      drawBase(context, view, { edges: false });
      labels.hide();
      baseKey = '';
      return;
    }
    const key = `${canvas.width}×${canvas.height} ${transform.toString()} ${moved}`;
    if (key !== baseKey || baseVisible !== scene.visible || base.dataset.colours !== Object.values(colours).join()) {
      base.width = canvas.width;
      base.height = canvas.height;
      canvas.dataset.drawnNodes = String(drawBase(baseContext, view));
      [baseKey, baseVisible, base.dataset.colours] = [key, scene.visible, Object.values(colours).join()];
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.globalAlpha = scene.spotlight ? 0.3 : 1;
    context.drawImage(base, 0, 0);
    context.globalAlpha = 1;
    drawOverlay(context, view);
    labels.show();
    labels.update({
      nodes,
      kinds: graph.kinds,
      scene,
      transform,
      neighbours,
      radius: (node) => radiusIn(view, node),
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    });
  };

  const redraw = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  // The page scrolls over the drawing: one finger and the plain wheel move the page (touch-action:
  // pan-y in global.css); two fingers pan and pinch the graph, and the wheel zooms it with Ctrl or ⌘
  // (a trackpad's pinch), or once the reader has clicked or tabbed into the drawing.
  let hintTimer = 0;
  const showHint = () => {
    if (!parts.hint) return;
    parts.hint.hidden = false;
    window.clearTimeout(hintTimer);
    hintTimer = window.setTimeout(() => parts.hint && (parts.hint.hidden = true), 1500);
  };
  const zoomer = zoom<HTMLCanvasElement, unknown>()
    .filter((event: GestureEvent) => {
      if (event.type === 'wheel') {
        const zooms = event.ctrlKey || event.metaKey || document.activeElement === canvas;
        if (!zooms) showHint();
        return zooms;
      }
      if ('touches' in event) return event.touches.length > 1;
      return !event.ctrlKey && !event.button;
    })
    .scaleExtent([0.05, 12])
    .on('start', (event: { sourceEvent: Event | null }) => {
      gesture = Boolean(event.sourceEvent);
      window.clearTimeout(settle);
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      if (gesture && scene.visible.size > QUICK_ABOVE) quick = true;
      transform = event.transform;
      canvas.dataset.zoom = transform.k.toFixed(3);
      redraw();
    })
    .on('end', () => {
      gesture = false;
      if (!quick) return;
      // Draw in full only once the reader pauses: wheel gestures come in bursts with short gaps.
      settle = window.setTimeout(() => {
        quick = false;
        redraw();
      }, 200);
    });
  const toGraph = (x: number, y: number) => transform.invert([x, y]);
  const hit = (x: number, y: number) => {
    const [gx, gy] = toGraph(x, y);
    return pointAt(
      nodes.filter((node) => scene.visible.has(node.id)),
      gx,
      gy,
      (node) => Math.max(radiusIn({ baseRadius, kinds: graph.kinds, transform }, node) * 1.3, 10 / transform.k),
    );
  };
  type DragSubject = { node: PositionedNode; x: number; y: number } | undefined;
  const dragger = drag<HTMLCanvasElement, unknown, DragSubject>()
    // Nodes are dragged with a mouse or pen; a finger on a node scrolls the page like anywhere else.
    .filter((event: GestureEvent) => event.type !== 'touchstart' && !event.ctrlKey && !event.button)
    .subject((event: { x: number; y: number }): DragSubject => {
      const node = hit(event.x, event.y);
      return node ? { node, x: transform.applyX(node.x), y: transform.applyY(node.y) } : undefined;
    })
    .on('drag', (event: { subject: DragSubject; x: number; y: number }) => {
      if (!event.subject) return;
      event.subject.node.x = transform.invertX(event.x);
      event.subject.node.y = transform.invertY(event.y);
      moved += 1;
      redraw();
    });
  // d3-drag sets touch-action: none on the canvas; taking it off lets the stylesheet's pan-y apply.
  select(canvas).call(dragger).call(zoomer).on('dblclick.zoom', null).style('touch-action', null);

  let hovered: string | undefined;
  canvas.addEventListener('pointermove', (event) => {
    const id = hit(event.offsetX, event.offsetY)?.id;
    canvas.classList.toggle('is-over-node', Boolean(id));
    if (id !== hovered) events.hover((hovered = id));
  });
  canvas.addEventListener('pointerleave', () => {
    if (hovered) events.hover((hovered = undefined));
  });
  canvas.addEventListener('click', (event) => {
    const node = hit(event.offsetX, event.offsetY);
    if (node) events.select(node.id);
  });

  const resize = () => {
    const dpr = ratio();
    canvas.width = Math.round(canvas.clientWidth * dpr);
    canvas.height = Math.round(canvas.clientHeight * dpr);
    redraw();
  };
  new ResizeObserver(resize).observe(canvas);
  resize();

  const moveTo = (target: ZoomTransform) => {
    if (reducedMotion()) {
      select(canvas).call(zoomer.transform, target);
      return;
    }
    const from = transform;
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / 350);
      const ease = t * (2 - t);
      const k = Math.exp(Math.log(from.k) + (Math.log(target.k) - Math.log(from.k)) * ease);
      select(canvas).call(zoomer.transform, zoomIdentity.translate(from.x + (target.x - from.x) * ease, from.y + (target.y - from.y) * ease).scale(k));
      if (t < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };

  return {
    /** Replaces what is drawn. */
    update(next: Scene) {
      scene = next;
      redraw();
    },
    /** Fits these nodes (all shown nodes when empty) into the canvas. */
    fit(ids: Iterable<string>, animate = true) {
      const chosen = [...ids].map((id) => byId.get(id)).filter((node): node is PositionedNode => Boolean(node));
      if (chosen.length === 0) return;
      const reach = (node: PositionedNode) => baseRadius.get(node.id) ?? 0;
      const minX = Math.min(...chosen.map((node) => node.x - reach(node)));
      const maxX = Math.max(...chosen.map((node) => node.x + reach(node)));
      const minY = Math.min(...chosen.map((node) => node.y - reach(node)));
      const maxY = Math.max(...chosen.map((node) => node.y + reach(node)));
      const width = canvas.clientWidth || 600;
      const height = canvas.clientHeight || 400;
      // Room round the nodes for the outer labels: up to FIT_PADDING, less on a narrow screen.
      const padX = Math.min(FIT_PADDING.x, width * 0.1);
      const padTop = Math.min(FIT_PADDING.top, height * 0.12);
      const padBottom = Math.min(FIT_PADDING.bottom, height * 0.16);
      const k = Math.min(4, (width - 2 * padX) / Math.max(1, maxX - minX), (height - padTop - padBottom) / Math.max(1, maxY - minY));
      const target = zoomIdentity
        .translate(width / 2, padTop + (height - padTop - padBottom) / 2)
        .scale(k)
        .translate(-(minX + maxX) / 2, -(minY + maxY) / 2);
      if (animate) moveTo(target);
      else select(canvas).call(zoomer.transform, target);
    },
    /** Zooms by a factor about the centre. */
    zoomBy(factor: number) {
      const target = transform.scale(factor);
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const [cx, cy] = transform.invert([width / 2, height / 2]);
      moveTo(
        zoomIdentity
          .translate(width / 2, height / 2)
          .scale(target.k)
          .translate(-cx, -cy),
      );
    },
    /** Pans so that a node is in view, if it is not. */
    reveal(id: string) {
      const node = byId.get(id);
      if (!node) return;
      const x = transform.applyX(node.x);
      const y = transform.applyY(node.y);
      if (x > 30 && y > 30 && x < canvas.clientWidth - 30 && y < canvas.clientHeight - 30) return;
      moveTo(
        zoomIdentity
          .translate(canvas.clientWidth / 2, canvas.clientHeight / 2)
          .scale(transform.k)
          .translate(-node.x, -node.y),
      );
    },
    /** Reads the theme's colours again (after a light/dark switch). */
    restyle() {
      colours = readColours(canvas, graph.kinds);
      redraw();
    },
    /** Draws now, synchronously (for the first paint). */
    drawNow: draw,
  };
}

/** The drawing's controls, as the explorer uses them. */
export type GraphCanvas = ReturnType<typeof createGraphCanvas>;
