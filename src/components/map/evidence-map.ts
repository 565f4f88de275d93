import { isMapView, parseMapState, serialiseMapState, type MapState } from '../../lib/map/map-url.ts';
import { announce } from '../common/announce.ts';

/**
 * Turns the server-rendered map (every view, then every cell's list) into one view at a time with
 * one cell's list open in the panel beside the table (below it on a narrow screen). The view and the
 * cell live in the URL (`/map/?view=components&cell=theory--citizenship`), so a link opens the same
 * map and Back restores it. Choosing a count moves focus to its list; Escape or Close returns it to
 * the count.
 */
export function startEvidenceMap(root: Document): void {
  const container = root.querySelector<HTMLElement>('[data-evidence-map]');
  if (!container) return;
  const views = [...container.querySelectorAll<HTMLElement>('[data-map-view]')];
  const panels = [...container.querySelectorAll<HTMLElement>('[data-map-cell-panel]')];
  const intro = container.querySelector<HTMLElement>('[data-map-intro]');
  const cellsOf = (name: string) => panels.filter((panel) => panel.dataset.mapPanelView === name).map((panel) => panel.dataset.mapCellPanel ?? '');
  const panelOf = (state: MapState) => panels.find((panel) => panel.dataset.mapPanelView === state.view && panel.dataset.mapCellPanel === state.cell);
  // The views in the page's order; the first is the default.
  const names = views.map((view) => view.dataset.mapView ?? '');
  let state: MapState = parseMapState(location.search, names, cellsOf);

  const render = () => {
    for (const view of views) {
      const current = view.dataset.mapView === state.view;
      view.hidden = !current;
      for (const link of view.querySelectorAll<HTMLAnchorElement>('[data-map-cell-link]')) {
        const open = current && link.dataset.mapCellLink === state.cell;
        link.closest('td')?.classList.toggle('is-open', open);
        if (open) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    }
    const open = panelOf(state);
    for (const panel of panels) panel.hidden = panel !== open;
    if (intro) intro.hidden = Boolean(open);
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
  const cellLink = (cell: string) => views.find((view) => view.dataset.mapView === state.view)?.querySelector<HTMLElement>(`[data-map-cell-link="${CSS.escape(cell)}"]`);
  /** Moves focus to the open list, scrolling only when it is not already on screen (the panel beside the table usually is). */
  const focusPanel = () => {
    const panel = panelOf(state);
    if (!panel) return;
    panel.focus({ preventScroll: true });
    const top = panel.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 80) panel.scrollIntoView({ block: 'start' });
  };
  const close = () => {
    const cell = state.cell;
    if (!cell) return;
    go({ view: state.view });
    cellLink(cell)?.focus();
  };

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
      focusPanel();
    } else if (back && state.cell) {
      event.preventDefault();
      close();
    }
  });
  // Escape closes the open list from anywhere in the map (the list, its count, the table).
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !state.cell) return;
    event.preventDefault();
    close();
  });
  window.addEventListener('popstate', () => {
    state = parseMapState(location.search, names, cellsOf);
    render();
  });

  // A no-script address (#cell-components-theory--citizenship) opens the same cell.
  const hashView = names.find((name) => location.hash.startsWith(`#cell-${name}-`));
  const hashCell = hashView && location.hash.slice(`#cell-${hashView}-`.length);
  if (hashView && hashCell && cellsOf(hashView).includes(hashCell)) {
    state = { view: hashView, cell: hashCell };
    history.replaceState(null, '', `${location.pathname}${serialiseMapState(state, names)}`);
  }
  for (const button of container.querySelectorAll<HTMLButtonElement>('[data-map-close]')) button.hidden = false;
  container.classList.add('is-enhanced');
  render();
  // An address naming a cell shows its list: beside the table it already is; below it, scroll to it.
  const opened = panelOf(state);
  if (opened && opened.getBoundingClientRect().top > window.innerHeight) opened.scrollIntoView({ block: 'start' });
}
