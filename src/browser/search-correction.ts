/**
 * Search that forgives typing: a query that finds little fetches the search vocabulary (once, only
 * then), and a corrected query is offered as "Did you mean …?"; when the typed query found
 * nothing, the corrected one's results are shown straight away. Also the re-rank of the results on
 * show (src/shared/search-ranking.ts).
 */
import { correctQuery } from '../shared/fuzzy-correction.ts';
import { rankResults } from '../shared/search-ranking.ts';
import { offersCorrection } from '../shared/search-thresholds.ts';
import { vocabularyWords, type SearchVocabulary } from '../shared/search-vocabulary.ts';
import type { SiteUrls } from '../shared/urls.ts';
import type { PagefindResult, PagefindResultData } from './pagefind-loader.ts';

let loading: Promise<string[]> | undefined;

function loadVocabulary(urls: SiteUrls): Promise<string[]> {
  loading ??= fetch(urls.searchVocabulary())
    .then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return vocabularyWords((await response.json()) as SearchVocabulary);
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export interface Correction {
  /** The corrected query, to offer as "Did you mean …?". */
  query: string;
  /** The results are the corrected query's: the typed one found nothing. */
  shown: boolean;
}

export interface ForgivingSearch<T> {
  search: T;
  correction?: Correction;
}

/** Runs `search` for `query`, and for its correction when the query as typed finds little. */
export async function forgivingSearch<T>(
  query: string,
  search: (query: string) => Promise<T>,
  urls: SiteUrls,
  count: (found: T) => number,
): Promise<ForgivingSearch<T>> {
  const typed = await search(query);
  if (!offersCorrection(count(typed))) return { search: typed };
  // Without the vocabulary the search still works, only without suggestions.
  const corrected = await loadVocabulary(urls).then(
    (words) => correctQuery(query, words),
    () => undefined,
  );
  if (corrected === undefined) return { search: typed };
  const found = await search(corrected);
  if (count(found) === 0) return { search: typed };
  return count(typed) === 0
    ? { search: found, correction: { query: corrected, shown: true } }
    : { search: typed, correction: { query: corrected, shown: false } };
}

/**
 * Shows "Did you mean …?" in `target`, or hides it. The link is the corrected search's own URL
 * (`href`), so it works opened in a new tab too.
 */
export function showCorrection(
  target: HTMLElement | null,
  typed: string,
  correction: Correction | undefined,
  href: (query: string) => string,
) {
  if (!target) return;
  target.hidden = correction === undefined;
  if (!correction) return target.replaceChildren();
  const link = document.createElement('a');
  link.href = href(correction.query);
  link.textContent = correction.query;
  link.dataset['correction'] = '';
  const note = correction.shown
    ? ` Nothing matches “${typed}”, so these are the results for “${correction.query}”.`
    : '';
  target.replaceChildren('Did you mean ', link, `?${note}`);
}

/** Wraps results so their data loads once, for ranking and then for showing. */
const loadedOnce = (result: PagefindResult, data: PagefindResultData): PagefindResult => ({
  ...result,
  data: () => Promise.resolve(data),
});

/** The header search's contacts about to be shown, in ranking order (search-ranking.ts). */
export async function rankedPage(query: string, page: PagefindResult[]): Promise<PagefindResult[]> {
  if (!query) return page;
  const loaded = await Promise.all(
    page.map(async (result) => ({ result, data: await result.data() })),
  );
  return rankResults(query, loaded, ({ data: { meta, filters } }) => ({
    name: meta['name'] ?? '',
    labels: [
      meta['role'] ?? '',
      ...(meta['topics'] ?? '').split('|'),
      ...(filters['department'] ?? []),
    ],
    accepting: filters['accepting']?.[0] === 'yes',
  })).map(({ result, data }) => loadedOnce(result, data));
}
