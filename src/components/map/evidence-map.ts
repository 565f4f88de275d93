import { isMapView, parseMapState, serialiseMapState, type MapState } from '../../lib/map/map-url.ts';
import { announce } from '../common/announce.ts';

/**
 * Turns the server-rendered map (every view and every cell's list, one after another) into one view
 * at a time with one cell's list open. The view and the cell live in the URL
 * (`/map/?view=components&cell=theory--citizenship`), so a link opens the same map and Back restores it.
 */
export function startEvidenceMap(root: Document): void {
  const container = root.querySelector<HTMLElement>('[data-evidence-map]');
  if (!container) return;
  const views = [...container.querySelectorAll<HTMLElement>('[data-map-view]')];
  const viewOf = (name: string) => views.find((view) => view.dataset.mapView === name);
  const panelsOf = (name: string) => [...(viewOf(name)?.querySelectorAll<HTMLElement>('[data-map-cell-panel]') ?? [])];
  const cellsOf = (name: string) => panelsOf(name).map((panel) => panel.dataset.mapCellPanel ?? '');
  // The views in the page's order; the first is the default.
  const names = views.map((view) => view.dataset.mapView ?? '');
  let state: MapState = parseMapState(location.search, names, cellsOf);

  const render = () => {
    for (const view of views) {
      const current = view.dataset.mapView === state.view;
      view.hidden = !current;
      for (const panel of panelsOf(view.dataset.mapView ?? '')) panel.hidden = !current || panel.dataset.mapCellPanel !== state.cell;
      for (const link of view.querySelectorAll<HTMLAnchorElement>('[data-map-cell-link]')) {
        const open = current && link.dataset.mapCellLink === state.cell;
        link.closest('td')?.classList.toggle('is-open', open);
        if (open) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      const hint = view.querySelector<HTMLElement>('[data-map-hint]');
      if (hint) hint.hidden = !current || Boolean(state.cell);
    }
    for (const link of container.querySelectorAll<HTMLAnchorElement>('[data-map-view-link]')) {
      if (link.dataset.mapViewLink === state.view) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const go = (next: MapState) => {
    state = next;
    history.pushState(null, '', `${location.pathname}${serialiseMapState(state, names)}`);
    render();
  };
  const cellLink = (cell: string) => viewOf(state.view)?.querySelector<HTMLElement>(`[data-map-cell-link="${CSS.escape(cell)}"]`);

  container.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const viewLink = target?.closest<HTMLAnchorElement>('[data-map-view-link]');
    const countLink = target?.closest<HTMLAnchorElement>('[data-map-cell-link]');
    const back = target?.closest<HTMLElement>('[data-map-back], [data-map-close]');
    if (viewLink && isMapView(viewLink.dataset.mapViewLink, names)) {
      event.preventDefault();
      go({ view: viewLink.dataset.mapViewLink });
      announce(`Showing ${container.dataset.mapRows ?? ''} against ${viewLink.textContent?.trim() ?? ''}.`);
    } else if (countLink?.dataset.mapCellLink) {
      event.preventDefault();
      go({ view: state.view, cell: countLink.dataset.mapCellLink });
      viewOf(state.view)
        ?.querySelector<HTMLElement>(`[data-map-cell-panel="${CSS.escape(countLink.dataset.mapCellLink)}"]`)
        ?.focus();
    } else if (back && state.cell) {
      event.preventDefault();
      const cell = state.cell;
      go({ view: state.view });
      cellLink(cell)?.focus();
    }
  });
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !state.cell || !(event.target instanceof Element) || !event.target.closest('[data-map-cell-panel]')) return;
    const cell = state.cell;
    go({ view: state.view });
    cellLink(cell)?.focus();
  });
  window.addEventListener('popstate', () => {
    state = parseMapState(location.search, names, cellsOf);
    render();
  });

  // A no-script address (#cell-components-theory--citizenship) opens the same cell.
  const fromHash = /^#cell-([a-z]+)-(.+)$/.exec(location.hash);
  if (fromHash && isMapView(fromHash[1], names) && cellsOf(fromHash[1]).includes(fromHash[2] ?? '')) {
    state = { view: fromHash[1], cell: fromHash[2] ?? '' };
    history.replaceState(null, '', `${location.pathname}${serialiseMapState(state, names)}`);
  }
  for (const button of container.querySelectorAll<HTMLButtonElement>('[data-map-close]')) button.hidden = false;
  container.classList.add('is-enhanced');
  render();
  if (state.cell)
    viewOf(state.view)
      ?.querySelector<HTMLElement>(`[data-map-cell-panel="${CSS.escape(state.cell)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
}
