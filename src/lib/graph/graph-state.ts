import type { GraphNodeType } from './graph-types.ts';

/** Everything the graph page's address records, so a trainer can link to an exact view. */
export interface GraphViewState {
  /** The selected node's id. */
  node?: string;
  /** The kinds of node shown. */
  types: GraphNodeType[];
  /** Show only publications of this study type. */
  study?: string;
  /** Show only publications from this year on. */
  from?: number;
  /** Show only publications up to this year. */
  to?: number;
  /** Highlight the nodes matching this text. */
  q: string;
  /** 0: the whole graph; 1 or 2: the selected node and its neighbours to that depth. */
  depth: 0 | 1 | 2;
}

/** The whole graph with every one of its node kinds shown, nothing selected or highlighted. */
export function defaultGraphState(kinds: readonly GraphNodeType[]): GraphViewState {
  return { types: [...kinds], q: '', depth: 0 };
}
const yearOf = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);

/**
 * Reads `?node=pub:leamy2011conceptual&type=publication,chime&depth=1` (also `study`, `from`, `to`, `q`).
 * Unknown nodes, kinds and study types are dropped; a depth without a node means the whole graph.
 */
export function parseGraphState(search: string, known: { nodeIds: Set<string>; studyTypes: string[]; kinds: readonly GraphNodeType[] }): GraphViewState {
  const params = new URLSearchParams(search);
  const state = defaultGraphState(known.kinds);
  const node = params.get('node');
  if (node && known.nodeIds.has(node)) state.node = node;
  const types = params.get('type');
  if (types !== null) state.types = known.kinds.filter((type) => types.split(',').includes(type));
  const study = params.get('study');
  if (study && known.studyTypes.includes(study)) state.study = study;
  const from = yearOf(params.get('from'));
  const to = yearOf(params.get('to'));
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  state.q = params.get('q')?.trim() ?? '';
  const depth = Number(params.get('depth'));
  if (state.node && (depth === 1 || depth === 2)) state.depth = depth;
  return state;
}

/** The query string for a state, defaults left out, in a fixed order (kinds in the graph's order) so equal states give equal addresses. */
export function serialiseGraphState(state: GraphViewState, kinds: readonly GraphNodeType[]): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.types.length !== kinds.length) params.set('type', kinds.filter((type) => state.types.includes(type)).join(','));
  if (state.study) params.set('study', state.study);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.q) params.set('q', state.q);
  if (state.node && state.depth > 0) params.set('depth', String(state.depth));
  const search = params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}
