import { publicationExportHref } from '../../lib/site/publication-slug.ts';
import { inBase } from '../common/base-path.ts';
import { indexNeighbours } from '../../lib/graph/graph-filter.ts';
import { kindOf, PUBLICATION_KIND, type ExplorerGraph, type NodeKind, type PositionedNode } from '../../lib/graph/graph-types.ts';

type Child = Node | string | undefined | false;

/** A small element builder: text children are set as text, never parsed as HTML. */
function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

/** One line describing a node: its kind, and a publication's study type and year. */
export function describeNode(node: PositionedNode, studyTitles: Map<string, string>, kinds: readonly NodeKind[]): string {
  const parts = [kindOf(kinds, node.type).singular];
  if (node.studyType) parts.push(studyTitles.get(node.studyType) ?? node.studyType);
  if (node.year !== undefined) parts.push(String(node.year));
  return parts.join(' · ');
}

/**
 * Fills the details panel for the selected node: what it is, for a publication its APA reference,
 * summary and links, and its connections grouped by kind, each a button that selects it in the graph.
 */
export function renderPanel(panel: HTMLElement, graph: ExplorerGraph, node: PositionedNode | undefined, connections: PositionedNode[], hiddenNote: boolean): void {
  const heading = panel.querySelector<HTMLElement>('[data-graph-panel-heading]');
  const body = panel.querySelector<HTMLElement>('[data-graph-panel-body]');
  if (!heading || !body) return;
  if (!node) {
    heading.textContent = 'No node selected';
    body.replaceChildren(h('p', {}, 'Select a node in the drawing or choose “Show in graph” in the table to see its details and connections.'));
    return;
  }
  const studyTitles = new Map(graph.studyTypes.map((studyType) => [studyType.id, studyType.title]));
  heading.textContent = node.title;
  const key = node.type === PUBLICATION_KIND.kind ? node.id.replace(/^pub:/, '') : undefined;
  const links = h(
    'ul',
    { class: 'graph-panel__links' },
    h('li', {}, h('a', { href: node.href }, node.type === PUBLICATION_KIND.kind ? 'Open the publication page' : `Open the page: ${node.title}`)),
    node.doi && h('li', {}, h('a', { href: node.doi }, 'DOI')),
    key && h('li', {}, h('a', { href: inBase(publicationExportHref(key, 'bib')), download: '' }, 'BibTeX')),
  );
  const groups = graph.kinds.map((kind) => {
    const ofType = connections.filter((other) => other.type === kind.kind);
    if (ofType.length === 0) return undefined;
    return h(
      'section',
      { class: 'graph-panel__group' },
      h('h3', {}, `${kind.plural} (${ofType.length})`),
      h(
        'ul',
        { class: 'graph-panel__connections' },
        ...ofType.map((other) =>
          h('li', {}, h('button', { type: 'button', 'data-graph-select': other.id }, other.type === PUBLICATION_KIND.kind ? `${other.label}: ${other.title}` : other.title)),
        ),
      ),
    );
  });
  const parts: Child[] = [
    h('p', { class: 'graph-panel__kind' }, describeNode(node, studyTitles, graph.kinds)),
    hiddenNote && h('p', { class: 'status' }, 'The filters hide this node’s kind; it stays shown because it is selected.'),
    node.reference && h('p', { class: 'graph-panel__reference' }, node.reference),
    node.summary && h('p', {}, node.summary),
    links,
    connections.length === 0 ? h('p', {}, 'No connection is shown with the current filters.') : h('h3', { class: 'visually-hidden' }, 'Connections'),
    ...groups,
  ];
  body.replaceChildren(...parts.filter((part): part is Node => part instanceof Node));
}

/**
 * Keeps the table of nodes in step with the drawing: hides the rows of hidden nodes, marks search
 * matches and the selected node (completeTable adds the rows the page was built without).
 */
export function updateList(rows: HTMLElement, visible: Set<string>, matches: Set<string>, selected: string | undefined): void {
  const known = new Map([...rows.querySelectorAll<HTMLElement>('tr[data-node-id]')].map((row) => [row.dataset.nodeId ?? '', row]));
  for (const [id, row] of known) {
    row.hidden = !visible.has(id);
    row.classList.toggle('is-match', matches.has(id));
    if (id === selected) row.setAttribute('aria-current', 'true');
    else row.removeAttribute('aria-current');
    for (const link of row.querySelectorAll<HTMLElement>('[data-link-to]')) link.classList.toggle('is-hidden-node', !visible.has(link.dataset.linkTo ?? ''));
  }
}

/**
 * Builds the rows the server left out (a very large graph lists only its newest publications in the
 * page, each row with its connections among the listed rows; see GraphView.astro), exactly as the
 * server writes them, gives the shortened rows all their connections and restores the full caption.
 */
export function completeTable(rows: HTMLElement, graph: ExplorerGraph): void {
  const existing = new Map([...rows.querySelectorAll<HTMLElement>('tr[data-node-id]')].map((row) => [row.dataset.nodeId ?? '', row]));
  const shortened = [...rows.querySelectorAll<HTMLElement>('.graph-links[data-omitted]')];
  if (shortened.length === 0 && graph.nodes.every((node) => existing.has(node.id))) return;
  const studyTitles = new Map(graph.studyTypes.map((studyType) => [studyType.id, studyType.title]));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const neighbours = indexNeighbours(graph.edges);
  const links = (id: string) =>
    (neighbours.get(id) ?? []).flatMap((other) => {
      const node = byId.get(other);
      return node ? [h('li', { 'data-link-to': node.id }, h('a', { href: node.href }, node.label))] : [];
    });
  for (const list of shortened) {
    list.replaceChildren(...links(list.closest<HTMLElement>('tr[data-node-id]')?.dataset.nodeId ?? ''));
    list.removeAttribute('data-omitted');
  }
  const fragment = document.createDocumentFragment();
  for (const node of graph.nodes) {
    if (existing.has(node.id)) continue;
    const row = h(
      'tr',
      { 'data-node-id': node.id },
      h(
        'th',
        { scope: 'row' },
        h('a', { href: node.href }, node.label),
        ' ',
        node.type === PUBLICATION_KIND.kind && h('span', { class: 'graph-list__title' }, node.title ?? ''),
        h('button', { type: 'button', class: 'graph-list__show', 'data-graph-select': node.id, 'aria-label': `Show in graph: ${node.label}` }, 'Show in graph'),
      ),
      h('td', {}, kindOf(graph.kinds, node.type).singular),
      h('td', {}, node.studyType ? (studyTitles.get(node.studyType) ?? '') : ''),
      h('td', {}, node.year === undefined ? '' : String(node.year)),
      h('td', {}, h('ul', { class: 'graph-links' }, ...links(node.id))),
    );
    fragment.append(row);
  }
  rows.append(fragment);
  const caption = rows.closest('table')?.querySelector<HTMLElement>('[data-graph-caption]');
  if (caption?.dataset.fullCaption) caption.textContent = caption.dataset.fullCaption;
}
