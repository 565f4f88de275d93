import type { GraphViewState } from '../../lib/graph/graph-state.ts';

const field = <T extends Element>(form: HTMLFormElement, name: string) => form.elements.namedItem(name) as T | null;

/** Reads the filter form into a state, keeping the selected node; `kinds` gives the order of the node kinds. */
export function readControls(form: HTMLFormElement, current: GraphViewState, kinds: readonly string[]): GraphViewState {
  const types = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((box) => box.value);
  const value = (name: string) => field<HTMLInputElement | HTMLSelectElement>(form, name)?.value ?? '';
  const depth = Number(value('depth'));
  const next: GraphViewState = { types: kinds.filter((type) => types.includes(type)), q: value('q').trim(), depth: depth === 1 || depth === 2 ? depth : 0 };
  if (current.node) next.node = current.node;
  if (value('study')) next.study = value('study');
  if (value('from')) next.from = Number(value('from'));
  if (value('to')) next.to = Number(value('to'));
  return next;
}

/** Shows a state in the filter form (after Back, Forward or a shared address). */
export function writeControls(form: HTMLFormElement, state: GraphViewState): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = state.types.includes(box.value);
  const set = (name: string, value: string) => {
    const element = field<HTMLInputElement | HTMLSelectElement>(form, name);
    if (element && element.value !== value) element.value = value;
  };
  set('study', state.study ?? '');
  set('from', state.from === undefined ? '' : String(state.from));
  set('to', state.to === undefined ? '' : String(state.to));
  set('depth', String(state.depth));
  if (document.activeElement !== field(form, 'q')) set('q', state.q);
}
