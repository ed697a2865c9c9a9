import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { isMarkedForSearch, withoutSearchMarkup } from './search-markup.ts';

/**
 * Set by npm run build (tools/build/atomic-build.ts) for the process that runs Astro: each page
 * marked for search goes to the search index over the process's IPC channel as it is rendered.
 */
export const SEARCH_FEED_VARIABLE = 'NETWORKING_HUB_SEARCH_FEED';

/** What Astro's process tells npm run build, in order. */
export type SearchFeedMessage =
  /** A page to index at `url`, its address without the base path (Pagefind adds it back). */
  | { kind: 'search-page'; url: string; html: string }
  /** Every page has been rendered and handed over. */
  | { kind: 'pages-done' };

export function isSearchFeedMessage(value: unknown): value is SearchFeedMessage {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'pages-done') return true;
  return (
    value.kind === 'search-page' &&
    'url' in value &&
    typeof value.url === 'string' &&
    'html' in value &&
    typeof value.html === 'string'
  );
}

/** Hands a message to npm run build; resolves once it is on its way. */
export function sendSearchFeed(message: SearchFeedMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('This process has no channel to npm run build.'));
    process.send(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** A page's path without the site's base path: "/networking/guides/x/" is "/guides/x/". */
function pathInSite(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}

/**
 * While Astro renders the pages, hands each one marked for search (data-pagefind-body) to the
 * search index, then writes it without its search attributes. The index is built at the same
 * time as the pages, on the machine's other core, and never reads them back from disk. Outside
 * npm run build (astro dev, a bare astro build) pages keep their attributes and nothing is sent.
 */
export function searchFeed(base: string): AstroIntegration {
  const feeding = process.env[SEARCH_FEED_VARIABLE] === '1' && process.send !== undefined;
  // A page that did not reach the index fails the build: a site must not ship with part of its search.
  let lost: Error | undefined;
  const feed = async (url: URL, response: Response): Promise<Response> => {
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    const html = await response.text();
    if (!isMarkedForSearch(html)) return new Response(html, response);
    if (lost) throw new Error(`A page could not be handed to the search index: ${lost.message}`);
    // Not awaited: the channel keeps the order, and "pages-done" follows the last page.
    sendSearchFeed({ kind: 'search-page', url: pathInSite(url.pathname, base), html }).catch(
      (error: unknown) => (lost ??= error instanceof Error ? error : new Error(String(error))),
    );
    return new Response(withoutSearchMarkup(html), response);
  };
  return {
    name: 'networking-hub:search-feed',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (!feeding) return;
        setPrerenderer((astro): AstroPrerenderer => ({
          ...astro,
          name: 'networking-hub:search-feed',
          async render(request, options) {
            const rendered = await astro.render(request, options);
            const url = new URL(request.url);
            if (rendered instanceof Response) return feed(url, rendered);
            return { ...rendered, response: await feed(url, rendered.response) };
          },
        }));
      },
      'astro:build:done': () => {
        if (lost)
          throw new Error(`A page could not be handed to the search index: ${lost.message}`);
      },
    },
  };
}
