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
