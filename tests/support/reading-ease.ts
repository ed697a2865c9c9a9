/**
 * Flesch reading ease of the text a reader sees in a guide. Words and sentences are counted here;
 * syllables and the formula come from wooorm's `syllable` and `flesch`.
 */
import type { CheerioAPI } from 'cheerio';
import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** Elements that end a sentence even without a full stop: a heading or list item is one. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, summary, label';
/** What a reader does not see as prose: the table of contents, hidden parts, code. */
const UNSEEN = 'nav, script, style, template, noscript, [hidden], [aria-hidden="true"]';

/** The visible text of `selector`, one block of the page per line. */
export function visibleBlocks($: CheerioAPI, selector: string): string[] {
  const root = $(selector).first().clone();
  root.find(UNSEEN).remove();
  root.find(BLOCKS).append('\n');
  return root
    .text()
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /\p{L}/u.test(line));
}

// A type alias, not an interface: flesch() wants an object with an index signature.
export type Counts = { sentence: number; word: number; syllable: number };

export function countsOf(blocks: string[]): Counts {
  const counts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) {
    const sentences = block.split(/(?<=[.!?])\s+/).filter((part) => /\p{L}/u.test(part));
    counts.sentence += sentences.length;
    for (const word of block.split(/\s+/)) {
      const letters = word.replace(/[^\p{L}'’-]/gu, '');
      if (!/\p{L}/u.test(letters)) continue;
      counts.word += 1;
      counts.syllable += Math.max(1, syllable(letters));
    }
  }
  return counts;
}

export const readingEase = (blocks: string[]) => flesch(countsOf(blocks));
