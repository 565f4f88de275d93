// @ts-check
import mdx from '@astrojs/mdx';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { defineConfig } from 'astro/config';

/** The address the site is published at; canonical URLs, the sitemap and citations use it. */
const site = process.env.SITE_URL ?? 'https://refocus-evidence.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), sitemapIntegration()],
  build: { format: 'directory' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
