import { createServer } from 'node:net';
import { preview } from 'astro';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { siteUrls, type SiteUrls } from '../../src/shared/urls.ts';
import { recordTransfers, totalBytes } from './wire-bytes.ts';

/** Topic words that match many synthetic contacts ("Budgeting", "Data analysis"). */
const FIRST_QUERY = 'budget';
const SECOND_QUERY = 'data';
const SEARCH_TIMEOUT_MS = 60_000;

export interface SearchFigures {
  firstSearchBytes: number;
  firstPageLoadBytes: number;
  firstSearchFacetBytes: number;
  secondQueryBytes: number;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });

/** The page's search script increments data-query-count on #directory-search after each completed search. */
async function waitForQueryCount(page: Page, count: number) {
  const search = page.locator('#directory-search');
  for (
    const started = Date.now();
    Date.now() - started < SEARCH_TIMEOUT_MS;
    await page.waitForTimeout(100)
  ) {
    if (Number(await search.getAttribute('data-query-count')) >= count) return;
  }
  const state = await search.getAttribute('data-state');
  throw new Error(
    `search ${count} did not finish within ${SEARCH_TIMEOUT_MS / 1000} s (data-state="${state}")`,
  );
}

async function searchInBrowser(urls: SiteUrls): Promise<SearchFigures | undefined> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const { transfers, settled } = recordTransfers(page);
    const response = await page.goto(
      urls.absolute(urls.directorySearch({ q: FIRST_QUERY, filters: {} })),
    );
    if (!response?.ok() || (await page.locator('#directory-search').count()) === 0)
      return undefined;
    await waitForQueryCount(page, 1);
    await settled();
    const first = [...transfers];
    await page.fill('#directory-q', SECOND_QUERY);
    await waitForQueryCount(page, 2);
    await settled();
    return {
      firstSearchBytes: totalBytes(first, urls.pagefindBundle()),
      firstPageLoadBytes: totalBytes(first),
      // Pagefind keeps the facet data in its bundle's filter/ folder.
      firstSearchFacetBytes: totalBytes(first, `${urls.pagefindBundle()}filter/`),
      secondQueryBytes: totalBytes(transfers.slice(first.length)),
    };
  } finally {
    await browser.close();
  }
}

/** Serves the copy's dist/ with Astro's preview server and measures search; undefined when there is no search box yet. */
export async function measureSearch(
  root: string,
  base: string,
): Promise<SearchFigures | undefined> {
  const previousDirectory = process.cwd();
  process.chdir(root); // astro.config.mjs reads site.config.yaml from the working directory.
  try {
    const server = await preview({
      root,
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: await freePort() },
    });
    try {
      return await searchInBrowser(siteUrls(base, `http://127.0.0.1:${server.port}`));
    } finally {
      await server.stop();
    }
  } finally {
    process.chdir(previousDirectory);
  }
}
