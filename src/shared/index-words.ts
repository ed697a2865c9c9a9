/**
 * The words the directory's own search index files a text under, and the shard file each word
 * lives in. The words are wordsOf's (src/shared/fuzzy-correction.ts), so "Did you mean …?" and the
 * index agree; a word joined by a hyphen or apostrophe is filed whole, by its parts and run
 * together, so "O'Brien" is found by "o'brien", "brien" and "obrien".
 */
import { wordsOf } from './fuzzy-correction.ts';

const JOINERS = /['’-]/;

/** The distinct words a text is found by. */
export function indexWordsOf(text: string): string[] {
  const found = new Set<string>();
  for (const word of wordsOf(text)) {
    found.add(word);
    if (!JOINERS.test(word)) continue;
    const parts = word.split(JOINERS).filter(Boolean);
    for (const part of parts) found.add(part);
    found.add(parts.join(''));
  }
  return [...found];
}

/** How many leading characters of a word name its shard: "budget" is in shard "bu". */
export const SHARD_PREFIX = 2;

/**
 * The shard file a word is in, as a name safe in a URL: letters a to z and digits as they are,
 * any other character as _<hex code point>_ ("ø" -> "_f8_"). One-letter words have a shard each.
 */
export function shardOf(word: string): string {
  return [...word]
    .slice(0, SHARD_PREFIX)
    .map((char) => (/[a-z0-9]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`))
    .join('');
}
