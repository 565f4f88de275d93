/** A point in graph coordinates. */
export interface Point {
  id: string;
  x: number;
  y: number;
}

/** Where keyboard focus is: the node whose connections are being walked, the focused one, and the way back. */
export interface WalkState {
  anchor: string;
  focus: string;
  /** Earlier anchors, the latest last. */
  trail: string[];
}

/** The neighbours' ids clockwise round the anchor, starting at twelve o'clock (screen y grows downwards). */
export function orderClockwise(anchor: Point, neighbours: Point[]): string[] {
  const angle = (point: Point) => {
    const turn = Math.atan2(point.x - anchor.x, anchor.y - point.y);
    return turn < 0 ? turn + 2 * Math.PI : turn;
  };
  return [...neighbours].sort((a, b) => angle(a) - angle(b) || a.id.localeCompare(b.id)).map((point) => point.id);
}

/**
 * One arrow key's move. Right and Left go to the next and previous connection of the anchor,
 * clockwise; Down makes the focused connection the anchor, to walk on from it; Up goes back:
 * first to the anchor, then to the anchor before it. `connectionsOf` gives the shown neighbours, clockwise.
 */
export function walkGraph(state: WalkState, key: string, connectionsOf: (id: string) => string[]): WalkState {
  const connections = connectionsOf(state.anchor);
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    if (connections.length === 0) return state;
    const at = connections.indexOf(state.focus);
    const step = key === 'ArrowRight' ? 1 : -1;
    const next = at === -1 ? (step === 1 ? 0 : connections.length - 1) : (at + step + connections.length) % connections.length;
    return { ...state, focus: connections[next] ?? state.focus };
  }
  if (key === 'ArrowDown' && state.focus !== state.anchor) return { anchor: state.focus, focus: state.focus, trail: [...state.trail, state.anchor] };
  if (key === 'ArrowUp') {
    if (state.focus !== state.anchor) return { ...state, focus: state.anchor };
    const previous = state.trail.at(-1);
    if (previous !== undefined) return { anchor: previous, focus: state.anchor, trail: state.trail.slice(0, -1) };
  }
  return state;
}

/** The point nearest (x, y) within `reach` of it, for hit-testing a pointer. */
export function pointAt<T extends Point>(points: Iterable<T>, x: number, y: number, reach: (point: T) => number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const point of points) {
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance <= reach(point) && distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}
