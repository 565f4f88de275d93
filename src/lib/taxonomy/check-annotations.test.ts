import { describe, expect, it } from 'vitest';
import { checkAnnotations, checkItemReferences, type AnnotatedField } from './check-annotations.ts';

const field = (name: string, noun: string, ids: string[], source = `files in content/taxonomy/${name}/`): AnnotatedField => ({ field: name, noun, source, ids: new Set(ids) });
const dimensions = [
  field('stages', 'MRC stage', ['theory', 'model']),
  field('chime', 'CHIME process', ['hope']),
  field('components', 'best-practice component', ['citizenship']),
  field('practices', 'intervention part', ['strengths']),
];
const studyType = field('studyType', 'study type', ['trial', 'systematic-review'], 'content/taxonomy/study-types.yaml');
const annotation = { stages: ['theory'], chime: ['hope'], components: [], practices: ['strengths'], studyType: 'trial', summary: 'A trial that tested something carefully.' };

describe('checkAnnotations', () => {
  it('accepts annotations whose ids all exist', () => {
    expect(
      checkAnnotations({
        annotations: new Map([['a', annotation]]),
        annotationsFile: 'ann.yaml',
        dimensions,
        studyType,
        publicationKeys: new Set(['a']),
        mustBeAnnotated: [{ key: 'a', file: 'references/refocus.bib' }],
      }),
    ).toEqual([]);
  });

  it('names unknown taxonomy ids naming the key and the ids allowed, unknown keys and missing annotations', () => {
    const broken = { ...annotation, stages: ['theroy'], studyType: 'rct' };
    expect(
      checkAnnotations({
        annotations: new Map([
          ['a', broken],
          ['ghost', annotation],
        ]),
        annotationsFile: 'ann.yaml',
        dimensions,
        studyType,
        publicationKeys: new Set(['a', 'b']),
        mustBeAnnotated: [
          { key: 'a', file: 'references/refocus.bib' },
          { key: 'b', file: 'references/refocus.bib' },
        ],
      }),
    ).toEqual([
      'ann.yaml: "a" names the unknown MRC stage "theroy". Fix: use one of model, theory (files in content/taxonomy/stages/).',
      'ann.yaml: "a" names the unknown study type "rct". Fix: use one of systematic-review, trial (content/taxonomy/study-types.yaml).',
      'ann.yaml: "ghost" annotates a publication that is not in references/. Fix: correct the key or add the entry to a .bib file.',
      'references/refocus.bib: the publication "b" has no annotation. Fix: add "b:" with its stages, chime, components, practices, studyType and summary to ann.yaml.',
    ]);
  });

  it('checks the fields of whatever dimensions the framework declares', () => {
    const phases = [field('phases', 'phase', ['pilot'])];
    const tagged = { phases: ['scale-up'], studyType: 'trial', summary: 'A pilot of something, reported briefly.' };
    expect(
      checkAnnotations({
        annotations: new Map([['p', tagged]]),
        annotationsFile: 'content/annotations/other.yaml',
        dimensions: phases,
        studyType,
        publicationKeys: new Set(['p', 'q']),
        mustBeAnnotated: [{ key: 'q', file: 'references/other.bib' }],
      }),
    ).toEqual([
      'content/annotations/other.yaml: "p" names the unknown phase "scale-up". Fix: use one of pilot (files in content/taxonomy/phases/).',
      'references/other.bib: the publication "q" has no annotation. Fix: add "q:" with its phases, studyType and summary to content/annotations/other.yaml.',
    ]);
  });
});

describe('checkItemReferences', () => {
  it('names the item file, the field and the ids allowed', () => {
    const components = field('components', 'best-practice component', ['citizenship', 'working-relationships']);
    expect(checkItemReferences([{ file: 'content/taxonomy/practices/coaching.mdx', ids: ['working-relationships', 'citizenhsip'] }], 'components', components)).toEqual([
      'content/taxonomy/practices/coaching.mdx: components names the unknown best-practice component "citizenhsip". Fix: use one of citizenship, working-relationships (files in content/taxonomy/components/).',
    ]);
  });
});
