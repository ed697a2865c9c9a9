import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_FOLDER } from '../../src/shared/urls.ts';

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

/** A page to index: its address without the base path, and its HTML as Astro rendered it. */
export interface SearchPage {
  url: string;
  html: string;
}

export interface SearchIndex {
  /** Indexes a page while the others are still being rendered. */
  add(page: SearchPage): void;
  /**
   * Once every page is in: writes the index into `outDir`, with only the files pages load, and
   * says what was done. Any indexing error throws, so a site never ships with part of its search.
   */
  write(outDir: string): Promise<string>;
  /** Stops the indexer, whether or not the index was written. */
  close(): Promise<void>;
}

/**
 * Starts Pagefind's indexer for pages handed over as Astro renders them (src/integrations/
 * search-feed.ts). It runs on the machine's other core meanwhile; only writing the index waits
 * for Astro's process to end and give back its memory (tools/build/atomic-build.ts).
 */
export async function openSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added: Promise<string[]>[] = [];
  return {
    add({ url, html }) {
      added.push(
        index.addHTMLFile({ url, content: html }).then(
          (response) => response.errors.map((error) => `${url}: ${error}`),
          (error: unknown) => [`${url}: ${error instanceof Error ? error.message : String(error)}`],
        ),
      );
    },
    async write(outDir) {
      const waited = performance.now();
      const problems = (await Promise.all(added)).flat();
      const caughtUp = performance.now();
      if (problems.length > 0)
        throw new Error(`Pagefind could not index the site: ${problems.slice(0, 5).join('; ')}`);
      if (added.length === 0)
        throw new Error(
          'Pagefind was given no pages to index (expected pages marked with data-pagefind-body).',
        );
      const bundle = join(outDir, PAGEFIND_FOLDER);
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      await dropUnusedBundleFiles(bundle);
      const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
      return `Indexed ${added.length} pages for search as they were built (the last ${seconds(waited, caughtUp)} s after them), then wrote the index in ${seconds(caughtUp, performance.now())} s.`;
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
