/**
 * The directory search as it lives in the URL, so a search can be bookmarked, shared and restored
 * with back and forward: /directory/?q=budget&department=vpf&topic=budgeting
 */

export const FACETS = ['department', 'topic', 'goal', 'location', 'format', 'accepting'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyState(): SearchState {
  return {
    q: '',
    filters: { department: [], topic: [], goal: [], location: [], format: [], accepting: [] },
  };
}

/** Reads the state from a query string; unknown parameters and malformed values are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  for (const facet of FACETS) {
    const values = params.getAll(facet).flatMap((value) => value.split(','));
    state.filters[facet] = [
      ...new Set(values.map((value) => value.trim()).filter((value) => ID.test(value))),
    ].sort();
  }
  return state;
}

/** Writes the state as a query string ("" when empty), in a fixed order so equal states give equal URLs. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) {
    for (const value of [...new Set(state.filters[facet])].sort()) params.append(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return state.q.trim() === '' && FACETS.every((facet) => state.filters[facet].length === 0);
}

/** The state with one filter value added or removed. */
export function toggleFilter(
  state: SearchState,
  facet: Facet,
  value: string,
  on: boolean,
): SearchState {
  const values = new Set(state.filters[facet]);
  if (on) values.add(value);
  else values.delete(value);
  return { ...state, filters: { ...state.filters, [facet]: [...values].sort() } };
}
