// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { institutionNamesInBodies } from './src/integrations/institution-names.ts';
import { mdxBodyGuard } from './src/integrations/mdx-body-guard.ts';
import { noindexPages } from './src/integrations/noindex-pages.ts';
import { searchFeed } from './src/integrations/search-feed.ts';
import { webEditor } from './src/integrations/web-editor.ts';
import { configForEdition, currentEdition } from './src/content-model/edition.ts';
import { readSiteConfig } from './src/content-model/site-config-file.ts';

// NETWORKING_HUB_EDITION (set by tools/build.ts) selects the edition, and with it the address.
const edition = currentEdition();
const site = configForEdition(readSiteConfig(process.cwd()), edition);
// A page that names a contact carries noindex (unless site.config.yaml allows search engines), and
// the sitemap leaves out every page that does.
const noindex = noindexPages(site.base);
const inSitemap = (/** @type {string} */ page) => !noindex.isNoindex(page);

/**
 * Astro marks every MDX guide with a "use astro:head-inject" directive for its own use, and the
 * bundler warns, once per guide, that it may drop such a directive: Astro has read it by then, so
 * the warning is noise an editor would take for a fault in their guide. Only that warning is
 * dropped; every other one is passed on.
 */
/** @type {NonNullable<NonNullable<import('vite').BuildOptions['rolldownOptions']>['onLog']>} */
const withoutHeadInjectWarnings = (level, log, handler) => {
  if (
    level === 'warn' &&
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"')
  )
    return;
  handler(level, log);
};

/**
 * Files in _astro/ are named by their hash alone: "_astro/D2ylahMv.js", not
 * "_astro/_slug_.astro_astro_type_script_index_0_lang.D2ylahMv.js". Every one of thousands of
 * profile pages names its script and stylesheet, and the long names cost each of them bytes.
 */
const shortAssetNames = {
  entryFileNames: '_astro/[hash].js',
  chunkFileNames: '_astro/[hash].js',
  assetFileNames: '_astro/[hash][extname]',
};

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: {
    // One shared stylesheet, cached across pages, keeps each of thousands of profile pages small.
    inlineStylesheets: 'never',
    // Several pages at once, so that one is rendered while another is written to disk: at 10,000
    // contacts, rendering took 15 to 30% less time than one at a time, for the same memory.
    concurrency: 4,
  },
  vite: {
    build: {
      // Scripts stay in their own cached files too, so pages carry no inline code.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onLog: withoutHeadInjectWarnings,
        // The stylesheets come out of the server build.
        output: { assetFileNames: shortAssetNames.assetFileNames },
      },
    },
    environments: { client: { build: { rolldownOptions: { output: shortAssetNames } } } },
  },
  integrations: [
    contentValidation(),
    mdx(),
    noindex.integration,
    sitemap({ filter: inSitemap }),
    // npm run build indexes the pages that carry data-pagefind-body as they are rendered
    // (tools/build/search-index.ts): the editor's page is not among them.
    searchFeed(site.base),
    webEditor(site, edition, process.cwd()),
  ],
  markdown: {
    // Shiki's inline styles would break the CSP, and the guides have no code to highlight.
    syntaxHighlight: false,
    // Astro's own processor, with a guard in every MDX compilation: a guide that holds code (an
    // import of node:fs, an expression, an HTML element) stops the build even if validation did not.
    // Then %institution% and %institution-short% in the words of bodies become the names.
    processor: satteri({
      mdastPlugins: [mdxBodyGuard(process.cwd()), institutionNamesInBodies(site.institution)],
    }),
  },
  // No security.csp: each page writes its own policy first in its <head> (src/site/page-policy.ts,
  // BaseLayout), with only what that page needs. Astro's comes after the stylesheets, and its
  // hashes are of no use to pages that carry no inline code.
});
