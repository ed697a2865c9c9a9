/**
 * The order of directory results: a match on the name before one on the job title, a topic or the
 * department, before one only in the rest of the profile (the bio); within each, contacts taking
 * requests before paused ones. Pagefind's weights (src/pages/directory/[slug].astro) make its own
 * order close to this; this stable re-rank makes it exact for the results on show.
 */
import { wordsOf } from './fuzzy-correction.ts';

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
  if (hits(fields.name)) return 0;
  if (fields.labels.some(hits)) return 1;
  return 2;
}

/** `items` in ranking order, keeping the search's own order among equals. */
export function rankResults<T>(
  query: string,
  items: readonly T[],
  fieldsOf: (item: T) => RankedFields,
): T[] {
  const keyed = items.map((item, position) => {
    const fields = fieldsOf(item);
    return { item, position, tier: matchTier(query, fields), paused: fields.accepting ? 0 : 1 };
  });
  keyed.sort((a, b) => a.tier - b.tier || a.paused - b.paused || a.position - b.position);
  return keyed.map(({ item }) => item);
}
