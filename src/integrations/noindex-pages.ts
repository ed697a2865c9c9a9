import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const NOINDEX = /<meta name="robots" content="noindex"\s*\/?>/;

/**
 * Which built pages ask search engines not to index them, read from the pages themselves: a page
 * that names a contact says so in BaseLayout, so the sitemap leaves out exactly those pages.
 * The integration learns where the pages were written; `isNoindex` reads one of them.
 */
export function noindexPages(base: string): {
  integration: AstroIntegration;
  isNoindex: (page: string) => boolean;
} {
  let outDir: string | undefined;
  const prefix = base === '/' ? '/' : `${base}/`;
  return {
    integration: {
      name: 'networking-hub:noindex-pages',
      hooks: {
        'astro:build:done': ({ dir }) => {
          outDir = fileURLToPath(dir);
        },
      },
    },
    isNoindex: (page) => {
      if (!outDir) throw new Error('The sitemap asked about a page before the build was done.');
      const path = new URL(page).pathname;
      // Only pages end in a slash (trailingSlash: 'always'); other files carry no robots tag.
      if (!path.endsWith('/')) return false;
      const file = join(outDir, path.slice(prefix.length), 'index.html');
      const html = readFileSync(file, 'utf8');
      return NOINDEX.test(html);
    },
  };
}
