/**
 * A label as it reads inside a sentence: the first letter lowered unless the word is an acronym
 * ("Best-practice component" → "best-practice component", "MRC stage" stays).
 */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Fills `{field}` and `{field|lower}` in a label template from an item's data ("Publications of the {shortTitle|lower} stage"). */
export function fillTemplate(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)(\|lower)?\}/g, (_, name: string, lower?: string) => {
    const value = String(data[name] ?? '');
    return lower ? value.toLowerCase() : value;
  });
}

/** Joins words as a sentence lists them: "a, b and c" (or "a, b or c"). */
export function listInWords(words: string[], conjunction: 'and' | 'or' = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text with its `[text](/address/)` links as HTML, everything else escaped (for a lede in content/framework.yaml). */
export function renderInlineLinks(text: string): string {
  return text
    .split(/(\[[^\]]+\]\([^)\s]+\))/)
    .map((part) => {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
      return link ? `<a href="${escapeHtml(link[2] ?? '')}">${escapeHtml(link[1] ?? '')}</a>` : escapeHtml(part);
    })
    .join('');
}
