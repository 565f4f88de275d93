import { DEFAULT_MAP_VIEW, MAP_VIEWS, type MapView } from './build-map.ts';

/** What the map's address records: the view and, when one is open, the cell. */
export interface MapState {
  view: MapView;
  cell?: string;
}

/** Whether a string names a view of the map. */
export function isMapView(value: string | null | undefined): value is MapView {
  return typeof value === 'string' && Object.hasOwn(MAP_VIEWS, value);
}

/** Reads `?view=components&cell=theory--citizenship`; an unknown view falls back to the default, an unknown cell to none. */
export function parseMapState(search: string, knownCells: (view: MapView) => string[]): MapState {
  const params = new URLSearchParams(search);
  const requested = params.get('view');
  const view = isMapView(requested) ? requested : DEFAULT_MAP_VIEW;
  const cell = params.get('cell');
  return cell && knownCells(view).includes(cell) ? { view, cell } : { view };
}

/** The query string for a state, with the default view left out (`?cell=theory--hope`). */
export function serialiseMapState(state: MapState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_MAP_VIEW) params.set('view', state.view);
  if (state.cell) params.set('cell', state.cell);
  const search = params.toString();
  return search ? `?${search}` : '';
}
