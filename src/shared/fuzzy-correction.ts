/**
 * "Did you mean …?": the words of a search, each replaced by the closest word of the search
 * vocabulary (names, job titles and labels) when it is not a word, or the start of a word, there.
 * Pure, so the build's tests and the browser share it.
 */
import { distance } from 'fastest-levenshtein';

/** Shorter words are kept as typed: with one typo allowed, "it" would become "at" or "in". */
export const SHORTEST_CORRECTED_WORD = 3;
/**
 * From this many letters a word may hold two typos, below it one (Elasticsearch's AUTO fuzziness:
 * 3 to 5 letters one edit, 6 or more two). A typo is a letter wrong, missing or extra, or two
 * letters swapped ("finacne").
 */
export const LONG_WORD = 6;

/** How many typos a word of the search may hold and still be corrected. */
export function typosAllowed(word: string): number {
  const letters = [...word].length;
  if (letters < SHORTEST_CORRECTED_WORD) return 0;
  return letters < LONG_WORD ? 1 : 2;
}

/** Lower case without accents, so "José" and "jose" are the same word. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, as the search compares them. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map(foldWord);
}

/**
 * Typos between `typed` and `word`: the edit distance, with two neighbouring letters swapped
 * counted as one typo, not two. Swaps are tried only where one could bring the count within
 * `allowed`, so the vocabulary is still scanned at about the speed of the plain distance.
 */
export function typosBetween(typed: string, word: string, allowed: number): number {
  const plain = distance(typed, word);
  // A swap saves at most one typo, and only between words of the same length.
  if (plain < 2 || plain > allowed + 1 || typed.length !== word.length) return plain;
  let fewest = plain;
  for (let at = 0; at + 1 < typed.length; at++) {
    if (typed[at] === typed[at + 1] || typed[at] !== word[at + 1] || typed[at + 1] !== word[at])
      continue;
    const swapped = typed.slice(0, at) + typed[at + 1] + typed[at] + typed.slice(at + 2);
    fewest = Math.min(fewest, 1 + distance(swapped, word));
  }
  return fewest;
}

interface Candidate {
  word: string;
  typos: number;
  /** The query word matched the start of the word rather than all of it. */
  prefix: boolean;
}

const better = (a: Candidate, b: Candidate | undefined) =>
  !b || a.typos < b.typos || (a.typos === b.typos && !a.prefix && b.prefix);

/**
 * The vocabulary word closest to `typed` within its typos, or undefined when none is close.
 * The search finds words by their start ("budget" finds "budgeting"), so a word is also compared
 * with the starts of longer words; a whole-word match wins a tie, then the earlier word.
 */
function closestWord(typed: string, vocabulary: readonly string[]): string | undefined {
  const allowed = typosAllowed(typed);
  let best: Candidate | undefined;
  for (const word of vocabulary) {
    if (Math.abs(word.length - typed.length) <= allowed) {
      const whole: Candidate = { word, typos: typosBetween(typed, word, allowed), prefix: false };
      if (better(whole, best)) best = whole;
    }
    for (let cut = typed.length - allowed; cut <= typed.length + allowed; cut++) {
      if (cut < SHORTEST_CORRECTED_WORD || cut >= word.length) continue;
      const start: Candidate = {
        word,
        typos: typosBetween(typed, word.slice(0, cut), allowed),
        prefix: true,
      };
      if (better(start, best)) best = start;
    }
  }
  return best && best.typos <= allowed ? best.word : undefined;
}

/**
 * The query with each misspelt word corrected, or undefined when there is nothing to correct.
 * `vocabulary` holds folded words (see foldWord), the most common first.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  const typed = wordsOf(query);
  let changed = false;
  const corrected = typed.map((word) => {
    if (typosAllowed(word) === 0 || known.has(word)) return word;
    if (vocabulary.some((entry) => entry.startsWith(word))) return word;
    const closest = closestWord(word, vocabulary);
    if (closest === undefined) return word;
    changed = true;
    return closest;
  });
  return changed ? corrected.join(' ') : undefined;
}
