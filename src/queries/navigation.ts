import { SITE_SECTIONS } from '../site.ts';
import { dimensionHref, FRAMEWORK } from './framework.ts';

/**
 * Header navigation, in reading order: the framework's dimensions that have a `navigation` position
 * (content/framework.yaml), in that order, then the site's own sections. `href` is the path prefix
 * that marks the item current.
 */
export const NAVIGATION: readonly { href: string; label: string }[] = [
  ...FRAMEWORK.dimensions
    .filter((dimension) => dimension.navigation !== undefined)
    .sort((a, b) => (a.navigation ?? 0) - (b.navigation ?? 0))
    .map((dimension) => ({ href: dimensionHref(dimension), label: dimension.labels.navigation ?? dimension.labels.plural })),
  ...SITE_SECTIONS,
];
