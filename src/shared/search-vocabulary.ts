/**
 * The search vocabulary: the words "Did you mean …?" corrects to, served as one small static file
 * and fetched only when a search finds little. Labels (topics, departments, locations, goals) are
 * public; the words of contacts' names and job titles are personal and go in the staff edition only.
 */
import { wordsOf } from './fuzzy-correction.ts';

export interface SearchVocabulary {
  /** Words of taxonomy labels, the most used first. */
  labels: string[];
  /** Words of contacts' names and job titles, the most used first; none in the public edition. */
  people: string[];
}

/** The distinct words of `texts`, folded, the most frequent first (ties alphabetical). */
export function distinctWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
}

export function buildVocabulary(
  labels: readonly string[],
  people: readonly string[],
): SearchVocabulary {
  return { labels: distinctWords(labels), people: distinctWords(people) };
}

/** Every word to correct to, once: labels first, as a topic is the likelier thing to look for. */
export function vocabularyWords(vocabulary: SearchVocabulary): string[] {
  return [...new Set([...vocabulary.labels, ...vocabulary.people])];
}
