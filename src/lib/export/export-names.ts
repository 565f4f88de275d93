import type { CslName } from '../csl/csl-item.ts';

/**
 * How the writers spell a CSL name for the formats that hold a name as one string. Each format
 * has its own rule for the parts Zotero would otherwise lose:
 *   - particles ("van der", "de la") belong to the family name, so "van der Krieke, Lian";
 *   - a suffix ("Jr.", "III") follows the given name after a comma, "Smith, John, Jr.", which is
 *     how RIS, BibTeX and Zotero's own first-name field keep it;
 *   - an organisation has no given name and must never be split into one.
 */

/** True when the name is an organisation (or any name with no given part): it is written whole. */
export function isOrganisation(name: CslName): boolean {
  return Boolean(name.literal) || (!name.given && !name['non-dropping-particle'] && !name['dropping-particle']);
}

/** The family name with its particles in front: "van der Krieke". An organisation's name whole. */
export function familyWithParticles(name: CslName): string {
  if (name.literal) return name.literal;
  return [name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

/** The given name with the suffix after a comma, as Zotero stores it: "John, Jr.". */
export function givenWithSuffix(name: CslName): string {
  return [name.given, name.suffix].filter(Boolean).join(', ');
}

/** "Family, Given, Suffix" (RIS `AU`, COinS-free text), or the organisation's name whole. */
export function invertedName(name: CslName): string {
  if (isOrganisation(name)) return familyWithParticles(name);
  const given = givenWithSuffix(name);
  return given ? `${familyWithParticles(name)}, ${given}` : familyWithParticles(name);
}

/**
 * A Highwire `citation_author`. Zotero's page reader splits on commas and keeps only the first two
 * parts, so a suffix goes with the family name ("Smith Jr., John"), and an organisation ends in a
 * comma ("World Health Organization,"), which Zotero reads as a family name with no given name
 * instead of splitting it at the last space.
 */
export function highwireName(name: CslName): string {
  if (isOrganisation(name)) return `${familyWithParticles(name)},`;
  const family = [familyWithParticles(name), name.suffix].filter(Boolean).join(' ');
  return name.given ? `${family}, ${name.given}` : family;
}
