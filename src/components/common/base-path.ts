import { normaliseBase, withBase } from '../../lib/site/site-identity.ts';

/** The base path the site was built for (Vite's BASE_URL), as `/` or `/refocus/`. */
const BASE = normaliseBase(import.meta.env.BASE_URL);

/** A site path as browser code must write it: under the base path (`/map/` → `/refocus/map/`). */
export const inBase = (path: string): string => withBase(BASE, path);
