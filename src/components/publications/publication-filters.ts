/**
 * Filters the publication list by type and year. The choice lives in the URL (?type=…&year=…),
 * so a filtered list can be bookmarked and shared, and Back restores the previous filter.
 */
export function startPublicationFilters(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-publication-filters]');
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  const items = [...root.querySelectorAll<HTMLElement>('[data-publication-list] > [data-publication]')];
  if (!form) return;
  form.hidden = false;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

  const apply = () => {
    const chosen = Object.fromEntries(selects.map((select) => [select.name, select.value]));
    let shown = 0;
    for (const item of items) {
      const visible = (!chosen.type || item.dataset.type === chosen.type) && (!chosen.year || item.dataset.year === chosen.year);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    if (status) status.textContent = `${shown} of ${items.length} publications`;
  };
  const readUrl = () => {
    const params = new URL(location.href).searchParams;
    for (const select of selects) {
      const wanted = params.get(select.name) ?? '';
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
    apply();
  };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const url = new URL(location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.pushState(null, '', url);
    apply();
  });
  window.addEventListener('popstate', readUrl);
  readUrl();
}
