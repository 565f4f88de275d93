import type { ConfigData } from 'html-validate';
import type { BuiltSite } from './built-site.ts';
import { checkCitationLabels } from './check-citation-labels.ts';
import { checkExternalLoads } from './check-external-loads.ts';
import { checkHeads } from './check-head.ts';
import { checkLinks, findAbsentPendingPages } from './check-links.ts';
import { checkRobots } from './check-robots.ts';
import { checkSitemap } from './check-sitemap.ts';
import { uniqueProblems, type SiteProblem } from './site-problem.ts';
import { validatePages } from './validate-html.ts';

/** What one run of the site check looked at and found. */
export interface SiteCheckResult {
  /** Every problem, in the order of the checks, each reported once. */
  problems: SiteProblem[];
  /** Pending pages still absent, whose links were let pass (see `checkLinks`). */
  absentPending: string[];
  /** How many HTML pages, files and page references were checked. */
  counts: { pages: number; files: number; references: number };
}

/**
 * Runs every post-build check over a built site: internal links and fragments, head metadata,
 * the sitemap and robots.txt, loads from other hosts, in-text labels against reference lists and html-validate (given the HTML of each page and the
 * html-validate configuration).
 */
export async function checkSite(
  site: BuiltSite,
  options: { html: ReadonlyMap<string, string>; validateConfig: ConfigData; pending?: ReadonlyMap<string, string> },
): Promise<SiteCheckResult> {
  const { html, validateConfig, pending = new Map<string, string>() } = options;
  const problems = [
    ...checkLinks(site, pending),
    ...checkHeads(site),
    ...checkSitemap(site),
    ...checkRobots(site),
    ...checkExternalLoads(site),
    ...checkCitationLabels(html),
    ...(await validatePages(html, validateConfig)),
  ];
  const references = [...site.pages.values()].reduce((sum, page) => sum + page.references.length, 0);
  return { problems: uniqueProblems(problems), absentPending: findAbsentPendingPages(site, pending), counts: { pages: site.pages.size, files: site.files.size, references } };
}
