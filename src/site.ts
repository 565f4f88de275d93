/** The site's name, used in titles, citations and metadata. */
export const SITE_TITLE = 'REFOCUS Evidence';

/** One line on what the site is. */
export const SITE_DESCRIPTION =
  'The evidence base of REFOCUS, an intervention to make community mental health services more recovery-orientated: readable, searchable and citable.';

/** The site's version and release date, shown on the About page and in the site citation. */
export const SITE_VERSION = { version: '1.0', date: '2026-11-27' } as const;

/** Header navigation, in reading order. `match` is the path prefix that marks the item current. */
export const NAVIGATION = [
  { href: '/intervention/', label: 'Intervention' },
  { href: '/evidence/', label: 'Evidence' },
  { href: '/chime/', label: 'CHIME' },
  { href: '/best-practice/', label: 'Best practice' },
  { href: '/map/', label: 'Map' },
  { href: '/graph/', label: 'Graph' },
  { href: '/publications/', label: 'Publications' },
  { href: '/manual/', label: 'Manual' },
  { href: '/about/', label: 'About' },
] as const;
