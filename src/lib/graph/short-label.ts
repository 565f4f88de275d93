/** What a publication's short label is made from. */
export interface ShortLabelSource {
  key: string;
  /** The first author's name as cited in text ("Leamy", "van der Krieke", an organisation), if any. */
  firstAuthor?: string | undefined;
  year?: number | undefined;
  title: string;
}

/** A title cut to its first words, at most `width` characters, with an ellipsis when cut. */
function shortTitle(title: string, width: number): string {
  const words = title.split(/\s+/).filter(Boolean);
  let text = '';
  for (const word of words) {
    if (text && text.length + 1 + word.length > width) return `${text.replace(/[,.:;?!]$/, '')}…`;
    text = text ? `${text} ${word}` : word;
  }
  return text;
}

/**
 * The labels the graph writes beside publications: the first author's family name and the year
 * ("Leamy 2011"; a work without an author: the start of its title and the year). Labels that would
 * read alike take letters after the year in the order given ("Slade 2015a", "Slade 2015b"), so no two
 * nodes carry the same words.
 */
export function shortPublicationLabels(publications: readonly ShortLabelSource[]): Map<string, string> {
  const base = new Map(
    publications.map((publication) => {
      const name = publication.firstAuthor?.trim() || shortTitle(publication.title, 22);
      return [publication.key, publication.year === undefined ? name : `${name} ${publication.year}`];
    }),
  );
  const uses = new Map<string, number>();
  for (const label of base.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const [key, label] of base) {
    if ((uses.get(label) ?? 0) < 2) {
      labels.set(key, label);
      continue;
    }
    const index = seen.get(label) ?? 0;
    seen.set(label, index + 1);
    labels.set(key, `${label}${String.fromCharCode(97 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`);
  }
  return labels;
}
