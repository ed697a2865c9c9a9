import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_FOLDER } from '../shared/urls.ts';

/**
 * Builds the Pagefind search index from the finished site in `astro:build:done`. Any indexing
 * error fails the build, so a site never ships with a broken or missing search.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'networking-hub:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error(
              'Pagefind found no pages to index (expected pages marked with data-pagefind-body).',
            );
          const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_FOLDER) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(
            `Indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
