// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { directoryPathPrefixes } from './src/site/privacy.ts';
import { readSiteConfig } from './src/content-model/site-config-file.ts';
import { siteUrls } from './src/shared/urls.ts';

const site = readSiteConfig(process.cwd());
const peoplePages = directoryPathPrefixes(siteUrls(site.base));
// Pages about people stay out of the sitemap unless the configuration lets search engines index them.
const inSitemap = (/** @type {string} */ page) =>
  site.directory.allowSearchEngines ||
  !peoplePages.some((prefix) => new URL(page).pathname.startsWith(prefix));

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // One shared stylesheet, cached across pages, keeps each of thousands of profile pages small.
  build: { inlineStylesheets: 'never' },
  // Scripts stay in their own cached files too, so pages carry no inline code.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    contentValidation(),
    mdx(),
    sitemap({ filter: inSitemap }),
    cspPerPage(),
    pagefindIndex(),
  ],
  // Shiki's inline styles would break the CSP, and the guides have no code to highlight.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Pagefind's search runs WebAssembly in a worker: it needs 'wasm-unsafe-eval' and worker-src blob:.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
