import type { BuiltSite } from './built-site.ts';
import type { PageFacts } from './read-page.ts';
import type { SiteProblem } from './site-problem.ts';
import { addressOf } from './site-paths.ts';

/** A language tag in the shape BCP 47 gives it (`en`, `en-GB`, `zh-Hant-TW`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function checkCanonical(site: BuiltSite, file: string, page: PageFacts): SiteProblem[] {
  const [href, ...more] = page.canonicals;
  if (href === undefined)
    return [
      { file, message: 'has no <link rel="canonical">', fix: 'render the page with BaseLayout, which writes one from the page address and the site setting in astro.config.mjs' },
    ];
  if (more.length > 0)
    return [
      { file, message: `has ${page.canonicals.length} <link rel="canonical"> (${page.canonicals.join(', ')})`, fix: 'keep only one; search engines ignore conflicting canonicals' },
    ];
  if (!/^https?:\/\//.test(href) || !URL.canParse(href))
    return [{ file, message: `its canonical link "${href}" is not an absolute http(s) URL`, fix: 'write the full address, e.g. new URL(Astro.url.pathname, Astro.site).href' }];
  const expected = new URL(addressOf(file, site.base), site.origin).href;
  if (!page.isNoindex && href !== expected)
    return [{ file, message: `its canonical link points at ${href}, not at the page itself (${expected})`, fix: "point the canonical link at the page's own address" }];
  return [];
}

/** Checks each page's head for what search engines and readers rely on: title, description (none on a publication's page), canonical, lang. */
function checkPageHead(site: BuiltSite, file: string, page: PageFacts): SiteProblem[] {
  const problems: SiteProblem[] = [];
  if (page.titles.length === 0 || page.titles.every((title) => title === ''))
    problems.push({ file, message: 'has no <title> or an empty one', fix: 'pass a title to the page layout' });
  else if (page.titles.length > 1) problems.push({ file, message: `has ${page.titles.length} <title> elements`, fix: 'keep one <title> in the head' });
  // A page that describes a publication has no abstract to give: its description would be saved by Zotero as the abstract.
  const describesPublication = page.isCitable && !page.citationAbstract && /^publications\//.test(file);
  if (describesPublication && page.description !== undefined)
    problems.push({
      file,
      message: `has <meta name="description"> ("${page.description}"), which Zotero saves as the publication's abstract`,
      fix: 'pass description={null} to BaseLayout on publication pages',
    });
  else if (!describesPublication && !page.description)
    problems.push({ file, message: 'has no <meta name="description"> or an empty one', fix: 'pass a one-sentence description to the page layout' });
  problems.push(...checkCanonical(site, file, page));
  if (!page.lang) problems.push({ file, message: 'has no lang attribute on <html>', fix: 'write <html lang="en-GB"> as BaseLayout does' });
  else if (!LANGUAGE_TAG.test(page.lang)) problems.push({ file, message: `has lang="${page.lang}", which is not a language tag`, fix: 'use a BCP 47 tag such as en-GB' });
  return problems;
}

/**
 * Checks every page's head: one non-empty `<title>` that no other page shares (nor its `<h1>`), a non-empty
 * description, one absolute canonical link to the page itself (any address on noindex pages) and
 * `<html lang>`. Redirect pages, which only send the browser on, are left out.
 */
export function checkHeads(site: BuiltSite): SiteProblem[] {
  const pages = [...site.pages].filter(([, page]) => !page.isRedirect);
  const problems = pages.flatMap(([file, page]) => checkPageHead(site, file, page));
  const filesByTitle = new Map<string, string[]>();
  for (const [file, page] of pages) {
    const title = page.titles[0];
    if (title) filesByTitle.set(title, [...(filesByTitle.get(title) ?? []), file]);
  }
  for (const [title, files] of filesByTitle) {
    for (const file of files.length > 1 ? files : []) {
      const others = files.filter((other) => other !== file);
      problems.push({ file, message: `shares its <title> "${title}" with ${others.join(', ')}`, fix: 'give each page a title of its own' });
    }
  }
  // Readers tell pages apart by their main heading: two pages headed alike ("Supporting goal-striving") look like one.
  const filesByHeading = new Map<string, string[]>();
  for (const [file, page] of pages.filter(([, page]) => !page.isNoindex)) {
    for (const heading of new Set(page.h1s)) filesByHeading.set(heading, [...(filesByHeading.get(heading) ?? []), file]);
  }
  for (const [heading, files] of filesByHeading) {
    for (const file of files.length > 1 ? files : []) {
      const others = files.filter((other) => other !== file);
      problems.push({
        file,
        message: `shares its main heading (<h1>) "${heading}" with ${others.join(', ')}`,
        fix: 'head each page with words of its own (a manual chapter: "Chapter 4: …")',
      });
    }
  }
  return problems;
}
