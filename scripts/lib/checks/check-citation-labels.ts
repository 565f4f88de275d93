import { DomUtils, parseDocument } from 'htmlparser2';
import type { SiteProblem } from './site-problem.ts';

/** "(2014a" from "Bird, Leamy, et al., 2014a": the year and letter a label promises its reference shows. */
const yearOfLabel = (label: string) => label.trim().split(', ').at(-1) ?? '';

/**
 * Every in-text citation on a page (`.cite a` links to a publication) must agree with the page's reference
 * list: the cited publication is listed there (`li#ref-<key>`) and its entry shows the same year and
 * letter as the label ("Bird et al., 2014a" → "(2014a").
 */
export function checkCitationLabels(html: ReadonlyMap<string, string>): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const [file, source] of html) {
    if (!source.includes('class="cite"')) continue;
    const document = parseDocument(source);
    const citations = DomUtils.findAll((element) => element.name === 'a' && hasCiteParent(element), document.children);
    for (const link of citations) {
      const key = /\/publications\/([^/]+)\/$/.exec(link.attribs.href ?? '')?.[1];
      if (!key) continue;
      const label = DomUtils.textContent(link);
      const entry = DomUtils.findOne((element) => element.attribs.id === `ref-${key}`, document.children);
      if (!entry) {
        problems.push({ file, message: `cites "${label}" (${key}) but its reference list does not list it`, fix: 'render a ReferenceList with every key the page cites' });
      } else if (!DomUtils.textContent(entry).includes(`(${yearOfLabel(label)}`)) {
        problems.push({
          file,
          message: `cites "${label}" (${key}) but its reference list shows "${DomUtils.textContent(entry).slice(0, 80)}…"`,
          fix: 'take both the label and the reference from getPublications(), which gives them the same year letter',
        });
      }
    }
  }
  return problems;
}

function hasCiteParent(element: { parent: unknown }): boolean {
  for (let node = element.parent as { attribs?: Record<string, string>; parent: unknown } | null; node; node = node.parent as typeof node) {
    if (node.attribs?.class?.split(/\s+/).includes('cite')) return true;
  }
  return false;
}
