import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { resolveSiteIdentity, withBase, type SiteIdentity } from '../lib/site/site-identity.ts';
import { SiteFileSchema } from '../schemas/site.ts';

/** Where the site's identity is declared. */
export const SITE_FILE = 'content/site.yaml';

/**
 * Reads and validates content/site.yaml and applies SITE_URL, BASE_PATH and SITE_ENV from the
 * environment. Any problem throws with every message at once, each naming the file or variable,
 * the key and the fix.
 */
export function readSiteIdentity(file = SITE_FILE, env: NodeJS.ProcessEnv = process.env): SiteIdentity {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} could not be read: ${(error as Error).message}. Fix: create it (see docs/deploying.md) or correct its YAML.`, { cause: error });
  }
  const parsed = SiteFileSchema.safeParse(raw);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}. Fix: see docs/deploying.md for the field.`);
    throw new Error(`The site's identity has ${messages.length} problem(s):\n${messages.map((message) => `  - ${message}`).join('\n')}`);
  }
  const { identity, problems } = resolveSiteIdentity(parsed.data, env, file);
  if (problems.length > 0) throw new Error(`The site's identity has ${problems.length} problem(s):\n${problems.map((message) => `  - ${message}`).join('\n')}`);
  return identity;
}

/** This build's identity, read once. */
export const SITE: SiteIdentity = readSiteIdentity();

/** A site path under this build's base path (`/map/` → `/refocus/map/`); other links unchanged (withBase). */
export const sitePath = (path: string): string => withBase(SITE.base, path);

/** The full address of a site path on the published site (`/map/` → `https://example.net/refocus/map/`). */
export const siteUrl = (path: string): string => new URL(sitePath(path), SITE.origin).href;

/** The one line a build says about where its site works. */
export function describeSiteAddress(identity: SiteIdentity): string {
  return identity.isPreview
    ? `[site] No address configured: this build works only where it is previewed, at ${identity.home} (npm run preview). Set SITE_URL (and BASE_PATH) to build for publication; see docs/deploying.md.`
    : `[site] Building for ${identity.home}`;
}
