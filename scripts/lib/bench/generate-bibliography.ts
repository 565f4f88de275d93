/** A small seeded generator (mulberry32), so a benchmark bibliography is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILIES = [
  'Slade',
  'Leamy',
  'Bird',
  'Le Boutillier',
  'Williams',
  'Müller',
  'García',
  'Ó Briain',
  'Nguyen',
  'Okafor',
  'Kowalski',
  'Andersen',
  'Tanaka',
  'Singh',
  'Haddad',
  'Smith',
  'Brown',
  'van der Berg',
  'Rossi',
  'Dubois',
];
const GIVENS = [
  'Mary',
  'Mike',
  'Victoria',
  'Clair',
  'Julie',
  'Jörg',
  'Ana',
  'Seán',
  'Linh',
  'Chidi',
  'Piotr',
  'Ida',
  'Yuki',
  'Priya',
  'Omar',
  'John',
  'Sarah',
  'Pieter',
  'Giulia',
  'Élodie',
];
const WORDS = [
  'recovery',
  'mental',
  'health',
  'services',
  'community',
  'hope',
  'identity',
  'meaning',
  'empowerment',
  'connectedness',
  'staff',
  'training',
  'coaching',
  'strengths',
  'goals',
  'values',
  'trial',
  'review',
  'outcomes',
  'measure',
  'psychosis',
  'peer',
  'support',
  'implementation',
  'qualitative',
  'feasibility',
];
const JOURNALS = [
  'British Journal of Psychiatry',
  'Psychiatric Services',
  'BMC Psychiatry',
  'Social Psychiatry and Psychiatric Epidemiology',
  'Schizophrenia Research',
  'Journal of Mental Health',
  'The Lancet Psychiatry',
  'World Psychiatry',
];

/**
 * Writes a synthetic bibliography of `count` entries in the shape of real ones (several authors with
 * accents and particles, protected acronyms, month macros, DOIs under the 10.5555 test prefix, some
 * books and reports), for benchmarks only.
 */
export function generateBibliography(count: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const entries: string[] = ['@string{bjp = {British Journal of Psychiatry}}'];
  for (let index = 1; index <= count; index++) {
    const authors = Array.from({ length: 1 + Math.floor(random() * 7) }, () => `${pick(FAMILIES)}, ${pick(GIVENS)}`).join(' and ');
    const title = Array.from({ length: 5 + Math.floor(random() * 8) }, () => pick(WORDS)).join(' ');
    const year = 1990 + Math.floor(random() * 36);
    const kind = random();
    const common = `  author = {${authors}},\n  title = {{REFOCUS} and ${title}},\n  year = {${year}},\n  month = ${pick(['jan', 'mar', 'jun', 'sep', 'dec'])},\n  doi = {10.5555/bench.${seed}.${index}}`;
    if (kind < 0.85) {
      const journal = random() < 0.1 ? 'bjp' : `{${pick(JOURNALS)}}`;
      entries.push(
        `@article{bench${index},\n${common},\n  journal = ${journal},\n  volume = {${1 + Math.floor(random() * 200)}},\n  number = {${1 + Math.floor(random() * 12)}},\n  pages = {${100 + (index % 800)}--${110 + (index % 800)}}\n}`,
      );
    } else if (kind < 0.93) {
      entries.push(`@book{bench${index},\n${common},\n  publisher = {Rethink Mental Illness},\n  address = {London}\n}`);
    } else {
      entries.push(`@techreport{bench${index},\n${common},\n  institution = {King's College London}\n}`);
    }
  }
  return `${entries.join('\n\n')}\n`;
}
