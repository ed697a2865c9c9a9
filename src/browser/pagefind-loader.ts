/** Loads Pagefind's search code on first use only, from the site's own /pagefind/ folder. */
import type { SiteUrls } from '../shared/urls.ts';
import { SearchUnavailable } from './search-unavailable.ts';

export { NEEDS_BUILD_MESSAGE, SearchUnavailable } from './search-unavailable.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Sections of the page, found by their headings with ids. */
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(urls: SiteUrls): Promise<Pagefind> {
  loading ??= (async () => {
    try {
      const pagefind = (await import(/* @vite-ignore */ urls.pagefindScript())) as Pagefind;
      // No web worker: its script is 12 KB more to fetch before the first search, and the
      // searches here are small enough for the main thread.
      await pagefind.options({ baseUrl: urls.home(), excerptLength: 24, noWorker: true });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      loading = undefined;
      throw new SearchUnavailable(error instanceof Error ? error.message : String(error));
    }
  })();
  return loading;
}
