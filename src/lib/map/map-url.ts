/** A view of the evidence map: the id of the dimension that forms its columns. */
export type MapView = string;

/** What the map's address records: the view and, when one is open, the cell. */
export interface MapState {
  view: MapView;
  cell?: string;
}

/** Whether a string names one of the map's views. */
export function isMapView(value: string | null | undefined, views: readonly MapView[]): value is MapView {
  return typeof value === 'string' && views.includes(value);
}

/**
 * Reads `?view=components&cell=theory--citizenship`; an unknown view falls back to the first of
 * `views` (the default), an unknown cell to none.
 */
export function parseMapState(search: string, views: readonly MapView[], knownCells: (view: MapView) => string[]): MapState {
  const params = new URLSearchParams(search);
  const requested = params.get('view');
  const view = isMapView(requested, views) ? requested : (views[0] ?? '');
  const cell = params.get('cell');
  return cell && knownCells(view).includes(cell) ? { view, cell } : { view };
}

/** The query string for a state, with the default view (the first of `views`) left out (`?cell=theory--hope`). */
export function serialiseMapState(state: MapState, views: readonly MapView[]): string {
  const params = new URLSearchParams();
  if (state.view !== views[0]) params.set('view', state.view);
  if (state.cell) params.set('cell', state.cell);
  const search = params.toString();
  return search ? `?${search}` : '';
}
