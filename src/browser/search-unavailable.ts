/** What a search says when its index cannot be loaded: it exists only in a build. */
export class SearchUnavailable extends Error {}

export const NEEDS_BUILD_MESSAGE =
  'Search works on the built site only. Run npm start, which builds the site and its search index, then try again.';
