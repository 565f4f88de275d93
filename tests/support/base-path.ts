import { existsSync, readFileSync } from 'node:fs';
import { baseOfBuild } from '../../scripts/lib/serve-static.ts';

const homePage = existsSync('dist/index.html') ? readFileSync('dist/index.html', 'utf8') : '';

/** The base path the build in dist/ was made for (`/`, `/refocus/`). */
export const BASE = baseOfBuild(homePage);

/** The full address of the built site's home page (its canonical link: SITE_URL or the preview address, with the base path). */
export const HOME = /<link rel="canonical" href="([^"]+)"/.exec(homePage)?.[1] ?? '';

/** A site path as the built pages write it, under the base path (`/map/` → `/refocus/map/`). */
export const inSite = (path: string): string => (path.startsWith('/') ? `${BASE}${path.slice(1)}` : path);

/** A site path as specs go to it, relative to the baseURL that holds the base path (`/map/` → `./map/`). */
export const relative = (path: string): string => (path.startsWith('/') ? `.${path}` : path);
