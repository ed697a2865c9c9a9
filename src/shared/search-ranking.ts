/**
 * The order of directory results: a match on the name before one on the job title, a topic or the
 * department, before one only in the rest of the profile (the bio); within each, contacts taking
 * requests before paused ones. The directory's own index (src/shared/directory-query.ts) ranks by
 * this order over all its results; for the site search, Pagefind's weights
 * (src/pages/directory/[slug].astro) make its order close to it, and rankResults makes it exact for
 * the results on show.
 */
import { wordsOf } from './fuzzy-correction.ts';

/** The tiers of a match, best first: the name (or the name to greet by), a label, the rest. */
export const NAME_TIER = 0;
export const LABEL_TIER = 1;
export const OTHER_TIER = 2;

export interface Ranked {
  tier: number;
  accepting: boolean;
  /** The order among equals: the search's own, or A to Z. */
  position: number;
}

/** The one ranking rule: best tier, then accepting before paused, then position. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return a.tier - b.tier || Number(b.accepting) - Number(a.accepting) || a.position - b.position;
}

export interface RankedFields {
  name: string;
  /** Job title, topic and department names or ids ("data-analysis" reads as "data analysis"). */
  labels: readonly string[];
  accepting: boolean;
}

/** 0: a word of the search starts a word of the name; 1: of a label; 2: neither. */
export function matchTier(query: string, fields: RankedFields): number {
  const typed = wordsOf(query);
  const hits = (text: string) => {
    const words = wordsOf(text.replaceAll('-', ' '));
    return typed.some((word) => words.some((candidate) => candidate.startsWith(word)));
  };
  if (hits(fields.name)) return NAME_TIER;
  if (fields.labels.some(hits)) return LABEL_TIER;
  return OTHER_TIER;
}

/** `items` in ranking order, keeping the search's own order among equals. */
export function rankResults<T>(
  query: string,
  items: readonly T[],
  fieldsOf: (item: T) => RankedFields,
): T[] {
  const keyed = items.map((item, position) => {
    const fields = fieldsOf(item);
    return { item, position, tier: matchTier(query, fields), accepting: fields.accepting };
  });
  keyed.sort(compareRanked);
  return keyed.map(({ item }) => item);
}
