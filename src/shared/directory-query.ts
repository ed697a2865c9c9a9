/**
 * Searching the directory's own index (src/shared/directory-index.ts): every word of the search
 * must start a word of the contact, as in Pagefind; results are ranked by the one rule of
 * src/shared/search-ranking.ts over all of them, and facets narrow and count them. Pure: the
 * browser fetches the files, this works on what they hold.
 */
import type { FacetFile, WordShard } from './directory-index.ts';
import { allIds, countShared, decodeIds, intersectIds, unionIds, type IdList } from './id-lists.ts';
import { compareRanked } from './search-ranking.ts';

/** Contact ordinal -> the best tier it matched in. */
export type Matches = ReadonlyMap<number, number>;

/** Facet -> value -> sorted ordinals, decoded. */
export type FacetLists = ReadonlyMap<string, Readonly<Record<string, IdList>>>;

/** The ticked values of each facet: any of a facet's values, and every facet. */
export type Selection = Readonly<Record<string, readonly string[]>>;

/** A facet file with its lists decoded. */
export function decodeFacet(facet: FacetFile): Record<string, number[]> {
  return Object.fromEntries(Object.entries(facet).map(([value, ids]) => [value, decodeIds(ids)]));
}

/**
 * Availability needs no file of its own: everyone not paused is taking requests.
 * `paused` is sorted.
 */
export function availabilityLists(contacts: number, paused: IdList): Record<string, number[]> {
  const isPaused = new Set(paused);
  return { yes: allIds(contacts).filter((id) => !isPaused.has(id)), no: [...paused] };
}

/**
 * The contacts one word of the search finds, with the best tier of each: those with a word that
 * starts with it. A one-letter word finds only itself (its shard holds the one-letter words).
 */
export function wordMatches(typed: string, shard: WordShard | undefined): Map<number, number> {
  const found = new Map<number, number>();
  if (!shard) return found;
  const whole = [...typed].length < 2;
  for (const [word, tiers] of Object.entries(shard)) {
    if (whole ? word !== typed : !word.startsWith(typed)) continue;
    tiers.forEach((gaps, tier) => {
      for (const id of decodeIds(gaps)) {
        const best = found.get(id);
        if (best === undefined || tier < best) found.set(id, tier);
      }
    });
  }
  return found;
}

/** The contacts every word found, each at the best tier any of the words found it in. */
export function allWordsMatches(perWord: readonly Matches[]): Map<number, number> {
  if (perWord.length === 0) return new Map();
  const [first, ...rest] = [...perWord].sort((a, b) => a.size - b.size);
  const found = new Map<number, number>();
  for (const [id, tier] of first!) {
    let best = tier;
    let everywhere = true;
    for (const other of rest) {
      const there = other.get(id);
      if (there === undefined) {
        everywhere = false;
        break;
      }
      best = Math.min(best, there);
    }
    if (everywhere) found.set(id, best);
  }
  return found;
}

/**
 * The contacts the ticked filters allow, sorted, or undefined when none is ticked. `skip` leaves
 * one facet's own selection out, for the counts of its values.
 */
export function allowedBy(
  selection: Selection,
  lists: FacetLists,
  skip?: string,
): number[] | undefined {
  let allowed: number[] | undefined;
  for (const [facet, values] of Object.entries(selection)) {
    if (facet === skip || values.length === 0) continue;
    const byValue = lists.get(facet) ?? {};
    const any = unionIds(values.map((value) => byValue[value] ?? []));
    allowed = allowed === undefined ? any : intersectIds(allowed, any);
  }
  return allowed;
}

/** Sorted ordinals of `matches` (all contacts when there are no words) that `allowed` lets through. */
function candidates(matches: Matches | undefined, allowed: number[] | undefined, contacts: number) {
  const found = matches ? [...matches.keys()].sort((a, b) => a - b) : allIds(contacts);
  return allowed === undefined ? found : intersectIds(found, allowed);
}

/**
 * The results in order. With words: best tier, then accepting first, then A to Z (the ordinal).
 * Filters alone: everyone they allow, A to Z.
 */
export function rankedResults(
  matches: Matches | undefined,
  allowed: number[] | undefined,
  contacts: number,
  paused: ReadonlySet<number>,
): number[] {
  const found = candidates(matches, allowed, contacts);
  if (!matches) return found;
  return found
    .map((id) => ({ id, tier: matches.get(id)!, accepting: !paused.has(id), position: id }))
    .sort(compareRanked)
    .map(({ id }) => id);
}

/**
 * How many results each value of the `shown` facets would give if ticked. A facet's own ticked
 * values widen the search (any of them), so its counts leave its own selection out.
 */
export function facetCounts(
  shown: readonly string[],
  matches: Matches | undefined,
  selection: Selection,
  lists: FacetLists,
  contacts: number,
): Record<string, Record<string, number>> {
  return Object.fromEntries(
    shown.map((facet) => {
      const base = candidates(matches, allowedBy(selection, lists, facet), contacts);
      const byValue = lists.get(facet) ?? {};
      return [
        facet,
        Object.fromEntries(
          Object.entries(byValue).map(([value, ids]) => [value, countShared(base, ids)]),
        ),
      ];
    }),
  );
}
