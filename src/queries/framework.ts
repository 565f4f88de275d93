import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkFramework } from '../lib/framework/check-framework.ts';
import { FrameworkSchema, type Dimension, type Framework } from '../schemas/framework.ts';

/** Where the framework is declared. */
export const FRAMEWORK_FILE = 'content/framework.yaml';

/**
 * Reads, validates and cross-checks the framework declaration. Any problem fails the build with
 * every message at once, each naming the file, the key and the fix.
 */
export function readFramework(file = FRAMEWORK_FILE): Framework {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} could not be read: ${(error as Error).message}. Fix: create it (see docs/framework.md) or correct its YAML.`, { cause: error });
  }
  const parsed = FrameworkSchema.safeParse(raw);
  const messages = parsed.success
    ? checkFramework(parsed.data, file)
    : parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}. Fix: see docs/framework.md for the field.`);
  if (!parsed.success || messages.length > 0)
    throw new Error(`The framework declaration has ${messages.length} problem(s):\n${messages.map((message) => `  - ${message}`).join('\n')}`);
  return parsed.data;
}

/** The framework of this site, read once. */
export const FRAMEWORK: Framework = readFramework();

/** A dimension by id; throws naming the id when the framework has no such dimension. */
export function getDimension(id: string): Dimension {
  const dimension = FRAMEWORK.dimensions.find((candidate) => candidate.id === id);
  if (!dimension) throw new Error(`${FRAMEWORK_FILE} has no dimension "${id}". Fix: use one of ${FRAMEWORK.dimensions.map((candidate) => candidate.id).join(', ')}.`);
  return dimension;
}

/** A dimension's index address (`/evidence/`). */
export const dimensionHref = (dimension: Dimension) => `/${dimension.route}/`;

/** An item's address (`/evidence/theory/`). */
export const itemHref = (dimension: Dimension, id: string) => `/${dimension.route}/${id}/`;

/** The .bib files read strictly: the bibliography every entry of which must be annotated, if one is declared. */
export const STRICT_BIBLIOGRAPHIES: string[] = FRAMEWORK.annotations.required ? [FRAMEWORK.annotations.required] : [];
