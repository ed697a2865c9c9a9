import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { directoryIndexFiles, type SiteUrls } from '../../src/shared/urls.ts';
import { withPreview } from './preview-copy.ts';
import { recordTransfers, totalBytes, type Transfer } from './wire-bytes.ts';

/** Topic words that match many synthetic contacts ("Budgeting", "Data analysis"). */
const FIRST_QUERY = 'budget';
const SECOND_QUERY = 'data';
/** A misspelt topic ("budget"): found only through the search vocabulary's correction. */
const TYPO_QUERY = 'budjet';
/** Searches timed from Enter to results, each a word of the synthetic contacts' titles and names. */
const TIMED_QUERIES = [
  'analyst',
  'manager',
  'officer',
  'coordinator',
  'okafor',
  'margaret',
  'grants',
];
const SEARCH_TIMEOUT_MS = 60_000;

export interface SearchFigures {
  /** Every byte the first directory search needed after the page's own HTML and CSS. */
  firstSearchBytes: number;
  firstPageLoadBytes: number;
  firstSearchFacetBytes: number;
  secondQueryBytes: number;
  typoQueryBytes: number;
  /** Where the first search's bytes went, by the kind of file. */
  firstSearchParts: Record<string, number>;
  /** Milliseconds from Enter to the results on show, one per query of TIMED_QUERIES. */
  resultTimes: number[];
}

/**
 * What the first search fetched, by kind of file. The page's own HTML and CSS (and its icon) are
 * the page, not the search; everything else it fetched (its scripts included) the search needed.
 */
function searchParts(urls: SiteUrls): [part: string, matches: (path: string) => boolean][] {
  const indexPath = (file: string) => new URL(urls.absolute(urls.directoryIndex(file))).pathname;
  const folderOf = (file: string) => indexPath(file).replace(/[^/]*$/, '');
  const pagefind = new URL(urls.absolute(urls.pagefindBundle())).pathname;
  const vocabulary = new URL(urls.absolute(urls.searchVocabulary())).pathname;
  return [
    ['scripts (.js)', (path) => path.endsWith('.js') && !path.startsWith(pagefind)],
    ['index metadata (meta.json)', (path) => path === indexPath(directoryIndexFiles.meta())],
    ['word index (words/)', (path) => path.startsWith(folderOf(directoryIndexFiles.words('x')))],
    ['result cards (cards/)', (path) => path.startsWith(folderOf(directoryIndexFiles.cards(0)))],
    ['facets (facets/)', (path) => path.startsWith(folderOf(directoryIndexFiles.facet('x')))],
    ['search vocabulary', (path) => path === vocabulary],
    ['Pagefind (expected none)', (path) => path.startsWith(pagefind)],
  ];
}

const isPageItself = (path: string, pagePath: string) =>
  path === pagePath || path.endsWith('.css') || path.endsWith('.svg');

function firstSearchParts(transfers: Transfer[], urls: SiteUrls, pagePath: string) {
  const kinds = searchParts(urls);
  const parts: Record<string, number> = Object.fromEntries(kinds.map(([part]) => [part, 0]));
  for (const { url, bytes } of transfers) {
    const path = new URL(url).pathname;
    if (isPageItself(path, pagePath)) continue;
    const part = kinds.find(([, matches]) => matches(path))?.[0] ?? 'other';
    parts[part] = (parts[part] ?? 0) + bytes;
  }
  return parts;
}

/**
 * Times each search from the Enter key to the results on show, with performance marks set by
 * listeners the bench adds: the submit (caught before the page's own handler) and the page's
 * data-query-count going up once the results are rendered.
 */
async function timeSearches(page: Page, queries: readonly string[]): Promise<number[]> {
  await page.locator('#directory-search').evaluate((root: HTMLElement) => {
    const { performance } = root.ownerDocument.defaultView!;
    root.ownerDocument.addEventListener(
      'submit',
      () => performance.mark(`enter-${Number(root.dataset['queryCount']) + 1}`),
      { capture: true },
    );
    new root.ownerDocument.defaultView!.MutationObserver(() =>
      performance.mark(`results-${root.dataset['queryCount']}`),
    ).observe(root, { attributes: true, attributeFilter: ['data-query-count'] });
  });
  const times: number[] = [];
  for (const query of queries) {
    const count = Number(await page.locator('#directory-search').getAttribute('data-query-count'));
    await page.fill('#directory-q', query);
    await page.press('#directory-q', 'Enter');
    await waitForQueryCount(page, count + 1);
    times.push(
      await page.evaluate(
        (n) => performance.measure(`search-${n}`, `enter-${n}`, `results-${n}`).duration,
        count + 1,
      ),
    );
  }
  return times;
}

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
    const firstUrl = urls.absolute(urls.directorySearch({ q: FIRST_QUERY, filters: {} }));
    const response = await page.goto(firstUrl);
    if (!response?.ok() || (await page.locator('#directory-search').count()) === 0)
      return undefined;
    await waitForQueryCount(page, 1);
    await settled();
    const first = [...transfers];
    await page.fill('#directory-q', SECOND_QUERY);
    await waitForQueryCount(page, 2);
    await settled();
    const beforeTypo = transfers.length;
    await page.fill('#directory-q', TYPO_QUERY);
    await page.press('#directory-q', 'Enter');
    await waitForQueryCount(page, 3);
    await settled();
    const typo = transfers.slice(beforeTypo);
    const resultTimes = await timeSearches(page, TIMED_QUERIES);
    const parts = firstSearchParts(first, urls, new URL(firstUrl).pathname);
    return {
      firstSearchBytes: Object.values(parts).reduce((total, bytes) => total + bytes, 0),
      firstPageLoadBytes: totalBytes(first),
      firstSearchFacetBytes: parts['facets (facets/)'] ?? 0,
      secondQueryBytes: totalBytes(transfers.slice(first.length, beforeTypo)),
      typoQueryBytes: totalBytes(typo),
      firstSearchParts: parts,
      resultTimes,
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
  return withPreview(root, base, searchInBrowser);
}
