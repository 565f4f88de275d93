// @ts-check
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { defineConfig } from 'astro/config';

/** The address the site is published at; canonical URLs, the sitemap and citations use it. */
const site = process.env.SITE_URL ?? 'https://refocus-evidence.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  // Pagefind runs last: it indexes the finished dist/.
  integrations: [mdx(), sitemapIntegration(), pagefindIntegration()],
  build: { format: 'directory' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
