import { describe, expect, it } from 'vitest';
import { checkAnnotations } from './check-annotations.ts';

const taxonomy = {
  stages: new Set(['theory', 'model']),
  chime: new Set(['hope']),
  components: new Set(['citizenship']),
  practices: new Set(['strengths']),
  studyTypes: new Set(['trial', 'systematic-review']),
};
const annotation = { stages: ['theory'], chime: ['hope'], components: [], practices: ['strengths'], studyType: 'trial', summary: 'A trial that tested something carefully.' };

describe('checkAnnotations', () => {
  it('accepts annotations whose ids all exist', () => {
    expect(checkAnnotations({ annotations: new Map([['a', annotation]]), annotationsFile: 'ann.yaml', taxonomy, publicationKeys: new Set(['a']), mustBeAnnotated: [{ key: 'a', file: 'references/refocus.bib' }] })).toEqual([]);
  });

  it('names unknown taxonomy ids, unknown keys and missing annotations', () => {
    const broken = { ...annotation, stages: ['theroy'], studyType: 'rct' };
    expect(checkAnnotations({ annotations: new Map([['a', broken], ['ghost', annotation]]), annotationsFile: 'ann.yaml', taxonomy, publicationKeys: new Set(['a', 'b']), mustBeAnnotated: [{ key: 'a', file: 'references/refocus.bib' }, { key: 'b', file: 'references/refocus.bib' }] })).toEqual([
      'ann.yaml: "a" names the unknown MRC stage "theroy". Fix: use one of model, theory (files in content/taxonomy/stages/).',
      'ann.yaml: "a" names the unknown study type "rct". Fix: use one of systematic-review, trial (content/taxonomy/study-types.yaml).',
      'ann.yaml: "ghost" annotates a publication that is not in references/. Fix: correct the key or add the entry to a .bib file.',
      'references/refocus.bib: the publication "b" has no annotation. Fix: add "b:" with its stages, chime, components, practices, studyType and summary to ann.yaml.',
    ]);
  });
});
