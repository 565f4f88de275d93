// @ts-check
import mdx from '@astrojs/mdx';
import { basePathIntegration } from './src/integrations/base-path.ts';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { changelogPagesIntegration } from './src/integrations/changelog-pages.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { pagesReadyIntegration } from './src/integrations/pages-ready.ts';
import { publicationExportsIntegration } from './src/integrations/publication-exports.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { defineConfig } from 'astro/config';
import { FRAMEWORK, STRICT_BIBLIOGRAPHIES } from './src/queries/framework.ts';
import { SITE } from './src/queries/site.ts';
import { GLOSSARY, glossaryHref } from './src/queries/glossary.ts';
import { glossaryPlugin } from './src/lib/glossary/glossary-plugin.ts';
import { satteri } from '@astrojs/markdown-satteri';

// The address and base path come from content/site.yaml, SITE_URL and BASE_PATH (src/queries/site.ts);
// with no address configured, the preview address, so that nothing made up is ever published.

export default defineConfig({
  site: SITE.origin,
  base: SITE.base,
  trailingSlash: 'always',
  output: 'static',
  // Pagefind runs last: it indexes the finished dist/ (links under the base path). The build report's page phase ends first.
  integrations: [
    mdx(),
    buildReportIntegration(),
    sitemapIntegration(),
    changelogPagesIntegration(),
    headersFileIntegration(),
    publicationExportsIntegration({
      directory: 'references',
      strictFiles: STRICT_BIBLIOGRAPHIES,
      provenance: FRAMEWORK.annotations.provenance && `content/${FRAMEWORK.annotations.provenance}`,
    }),
    basePathIntegration(),
    pagesReadyIntegration(),
    pagefindIntegration(),
  ],
  // Every script and stylesheet is a file of its own, never inlined, so the Content-Security-Policy
  // can forbid inline code (script-src 'self'; style-src 'self').
  // Several pages in flight at once (Astro's build.concurrency): rendering one page while another is
  // written. With one at a time the build waited on the disk for a third of its rendering time
  // (node --cpu-prof, 5,000 publications; docs/benchmarks.md, 2026-12-01). The pages are the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro's own Markdown and MDX processor, plus one plugin: the first use of each glossary term on a
  // page links to its definition (content/glossary.yaml; src/lib/glossary/glossary-plugin.ts).
  markdown: { processor: satteri({ hastPlugins: [glossaryPlugin({ terms: GLOSSARY, href: glossaryHref })] }) },
  // A publication's page whose record, content/ and code are unchanged since the last build is
  // copied from Astro's cache instead of rendered (src/queries/page-cache-keys.ts).
  experimental: { incrementalBuild: true },
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
