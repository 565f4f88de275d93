import { existsSync, readFileSync } from 'node:fs';
import { baseOfBuild } from '../../scripts/lib/serve-static.ts';

/** The base path the build in dist/ was made for (`/`, `/refocus/`). */
export const BASE = existsSync('dist/index.html') ? baseOfBuild(readFileSync('dist/index.html', 'utf8')) : '/';

/** A site path as the built pages write it, under the base path (`/map/` → `/refocus/map/`). */
export const inSite = (path: string): string => (path.startsWith('/') ? `${BASE}${path.slice(1)}` : path);

/** A site path as specs go to it, relative to the baseURL that holds the base path (`/map/` → `./map/`). */
export const relative = (path: string): string => (path.startsWith('/') ? `.${path}` : path);
