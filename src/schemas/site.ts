import { z } from 'astro/zod';

/** An http(s) address with no path beyond `/` (the base path is set apart). */
const origin = z
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'use an http:// or https:// address')
  .refine((value) => new URL(value).pathname === '/', 'give the address without a path; put the path in `base`');

/** A base path: starts and ends with `/` (`/`, `/refocus/`). */
export const BasePathSchema = z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'start and end with "/", e.g. /refocus/');

/** content/site.yaml: who stands behind the site, where it is published, and its licence. */
export const SiteFileSchema = z.strictObject({
  /** The address the site is published at (SITE_URL overrides it). */
  url: origin.optional(),
  /** The path the site lives under (BASE_PATH overrides it). */
  base: BasePathSchema.optional(),
  /** Who publishes and maintains this copy of the site. */
  owner: z.string().min(1),
  /** How to reach the owner: a web page or a mailto: address. */
  contact: z
    .strictObject({
      label: z.string().min(1),
      href: z.string().refine((value) => /^(https?:\/\/|mailto:)/.test(value) && URL.canParse(value), 'use an https:// address or mailto:'),
    })
    .optional(),
  /** The licence of the site's own text. */
  licence: z.strictObject({ name: z.string().min(1), url: z.url() }),
});

/** The declaration as written in content/site.yaml. */
export type SiteFile = z.infer<typeof SiteFileSchema>;
