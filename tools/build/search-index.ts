import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_FOLDER } from '../../src/shared/urls.ts';

/**
 * The pages that carry data-pagefind-body: profiles, guides, workshops and the groups page. Only
 * these are read, not the browse and listing pages that repeat the profiles (at 10,000 contacts,
 * about 1,400 pages of 50 cards each). tests/build/search-index-output.test.ts fails when a page
 * marked for search is left out of this list.
 */
export const SEARCHED_PAGES =
  '{directory/*/index.html,guides/*/index.html,workshops/*/index.html,groups/index.html}';

/**
 * What search pages load from the Pagefind bundle (src/browser/pagefind-loader.ts): its script,
 * entry, metadata, the English wasm and the index folders. Not its ready-made UIs, the highlight
 * script, the worker (the loader sets noWorker) or the wasm for pages of unknown language.
 */
export const USED_BUNDLE_FILE =
  /^(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.en\.pagefind|fragment|index|filter)$/;

/** Removes what Pagefind writes that no page loads, so dist/ ships only what pages use. */
async function dropUnusedBundleFiles(bundle: string): Promise<void> {
  const unused = (await readdir(bundle)).filter((name) => !USED_BUNDLE_FILE.test(name));
  await Promise.all(unused.map((name) => rm(join(bundle, name), { recursive: true })));
}

/**
 * Builds the Pagefind search index of the finished site in `outDir`, after Astro's build has
 * ended (tools/build/atomic-build.ts runs it once Astro's process has exited and given back its
 * memory). Any indexing error throws, so a site never ships with a broken or missing search.
 */
export async function indexSearch(outDir: string): Promise<string> {
  const bundle = join(outDir, PAGEFIND_FOLDER);
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: SEARCHED_PAGES });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0)
      throw new Error(
        'Pagefind found no pages to index (expected pages marked with data-pagefind-body).',
      );
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await dropUnusedBundleFiles(bundle);
    return `Indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
  } finally {
    await pagefind.close();
  }
}
