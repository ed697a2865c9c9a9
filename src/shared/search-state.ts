/**
 * The directory search as it lives in the URL, so a search can be bookmarked, shared and restored
 * with back and forward: /directory/?q=budget&department=vpf&topic=budgeting
 *
 * The facets are the directory's filters. src/site/facets.ts owns their list (from the taxonomy
 * registry) and the page hands it to browser code in `data-facets`.
 */

/** The selected values of each facet, facets in a fixed order. */
export type Filters = Record<string, string[]>;

export interface SearchState {
  q: string;
  filters: Filters;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyState(facets: readonly string[]): SearchState {
  return { q: '', filters: Object.fromEntries(facets.map((facet) => [facet, []])) };
}

/** A search for one filter value, such as everyone who can help with a goal. */
export function withFilter(facet: string, value: string): SearchState {
  return { q: '', filters: { [facet]: [value] } };
}

/** Reads the state from a query string; unknown parameters and malformed values are ignored. */
export function parseState(
  search: string | URLSearchParams,
  facets: readonly string[],
): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState(facets);
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  for (const facet of facets) {
    const values = params.getAll(facet).flatMap((value) => value.split(','));
    state.filters[facet] = [
      ...new Set(values.map((value) => value.trim()).filter((value) => ID.test(value))),
    ].sort();
  }
  return state;
}

/**
 * Writes the state as a query string ("" when empty). Facets come in the order of the state's
 * filters, which emptyState and parseState fix, and values sorted: equal states give equal URLs.
 */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const [facet, values] of Object.entries(state.filters)) {
    for (const value of [...new Set(values)].sort()) params.append(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return (
    state.q.trim() === '' && Object.values(state.filters).every((values) => values.length === 0)
  );
}

/** The state with one filter value added or removed. */
export function toggleFilter(
  state: SearchState,
  facet: string,
  value: string,
  on: boolean,
): SearchState {
  const values = new Set(state.filters[facet]);
  if (on) values.add(value);
  else values.delete(value);
  return { ...state, filters: { ...state.filters, [facet]: [...values].sort() } };
}

/** One part of a search the reader can remove: the words (`facet` null) or one ticked value. */
export interface FilterInUse {
  facet: string | null;
  value: string;
  /** The search without it. */
  without: SearchState;
}

/** What is in use in a search, words first, then each facet's values in the state's order. */
export function filtersInUse(state: SearchState): FilterInUse[] {
  const words = state.q.trim();
  return [
    ...(words ? [{ facet: null, value: words, without: { ...state, q: '' } }] : []),
    ...Object.entries(state.filters).flatMap(([facet, values]) =>
      values.map((value) => ({ facet, value, without: toggleFilter(state, facet, value, false) })),
    ),
  ];
}
