/** The site's name, used in titles, citations and metadata. */
export const SITE_TITLE = 'REFOCUS Evidence';

/** One line on what the site is. */
export const SITE_DESCRIPTION =
  'The evidence base of REFOCUS, an intervention to make community mental health services more recovery-orientated: readable, searchable and citable.';

/** The site's version and release date, shown on the About page and in the site citation. */
export const SITE_VERSION = { version: '1.0', date: '2026-11-27' } as const;

/**
 * The site's own sections in the header navigation, after the framework's dimensions (which
 * src/queries/navigation.ts puts first, from content/framework.yaml).
 */
export const SITE_SECTIONS = [
  { href: '/map/', label: 'Map' },
  { href: '/graph/', label: 'Graph' },
  { href: '/publications/', label: 'Publications' },
  { href: '/manual/', label: 'Manual' },
  { href: '/about/', label: 'About' },
] as const;
