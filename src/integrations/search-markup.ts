/**
 * The `data-pagefind-*` attributes tell the indexer what a page holds for search: its body, the
 * weight of its name, its filters, what to leave out. The indexer reads them from each page as
 * Astro renders it (search-feed.ts), so the published page does without them: on each of
 * thousands of profile pages they cost about 100 bytes gzip that no reader uses.
 */

/**
 * A start tag that carries at least one search attribute. Neither text nor attribute values hold a
 * "<" or ">": Astro escapes both.
 */
const TAG_WITH_SEARCH_ATTRIBUTES = /<[a-zA-Z][^<>]*?\sdata-pagefind-[^<>]*>/g;
/** A start tag that marks the part of the page to index. */
const SEARCH_BODY = /<[a-zA-Z][^<>]*\sdata-pagefind-body[\s=/>]/;
/** One search attribute and its value, if any. Astro writes attribute values in double quotes. */
const SEARCH_ATTRIBUTE = /\s+data-pagefind-[\w-]+(?:="[^"]*")?/g;

/** Whether a rendered page asks to be indexed. */
export function isMarkedForSearch(html: string): boolean {
  return SEARCH_BODY.test(html);
}

/** The page with every search attribute taken out of its tags, and nothing else changed. */
export function withoutSearchMarkup(html: string): string {
  return html.replace(TAG_WITH_SEARCH_ATTRIBUTES, (tag) => tag.replace(SEARCH_ATTRIBUTE, ''));
}
