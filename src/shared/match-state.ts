/**
 * The guided match as it lives in the URL, so a reader can bookmark and share it:
 * /directory/match/?goal=skills&topic=budgeting&from=finance
 *
 * The goal is what the reader wants to find out; the topic and the reader's own department are
 * optional. The page lists the ids it offers (in its form), and a value it does not offer is ignored.
 */

export interface MatchState {
  goal?: string;
  topic?: string;
  /** The reader's own department: colleagues outside it come first. */
  from?: string;
}

/** The ids the page offers for each choice. */
export interface MatchChoices {
  goals: readonly string[];
  topics: readonly string[];
  departments: readonly string[];
}

/** The URL parameter of each choice, in the order the URL holds them. */
const PARAMS = [
  ['goal', 'goals'],
  ['topic', 'topics'],
  ['from', 'departments'],
] as const satisfies readonly (readonly [keyof MatchState, keyof MatchChoices])[];

/** Reads the state from a query string; unknown parameters and values not offered are ignored. */
export function parseMatchState(
  search: string | URLSearchParams,
  choices: MatchChoices,
): MatchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: MatchState = {};
  for (const [param, list] of PARAMS) {
    const value = (params.get(param) ?? '').trim();
    if (choices[list].includes(value)) state[param] = value;
  }
  return state;
}

/** Writes the state as a query string ("" when empty), always in the order goal, topic, from. */
export function writeMatchState(state: MatchState): string {
  const params = new URLSearchParams();
  for (const [param] of PARAMS) {
    const value = state[param];
    if (value) params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
