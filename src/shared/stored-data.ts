/**
 * What the browser tools keep in localStorage or read from a file, read item by item: a bad item
 * is left out and counted, never the whole list. Pure, so every case is tested without a browser.
 */

/** A list read back: the items that could be read, and how many could not. */
export type ReadList<T> =
  | { readable: true; items: T[]; skipped: number }
  /** Not a list of this tool's at all (not JSON, or another shape): nothing could be read. */
  | { readable: false; reason: 'not-json' | 'other-shape' };

/**
 * Reads each item with `readItem` (undefined: it cannot be read), then gives every item an id of
 * its own: the first to hold an id keeps it; a repeat, or an item without a usable id, gets a
 * fresh one. So removing one item never removes another.
 */
export function readItems<T extends { id: string }>(
  list: readonly unknown[],
  readItem: (raw: unknown) => (Omit<T, 'id'> & { id: unknown }) | undefined,
  freshId: (n: number) => string,
): { items: T[]; skipped: number } {
  const read = list.map(readItem);
  const kept = read.filter((item) => item !== undefined);
  const taken = new Set<string>();
  const ids = kept.map(({ id }) => {
    const usable = typeof id === 'string' && id.trim() !== '' && id.length <= MAX_ID_LENGTH;
    if (!usable || taken.has(id)) return undefined;
    taken.add(id);
    return id;
  });
  let n = 0;
  const fresh = () => {
    do n++;
    while (taken.has(freshId(n)));
    return freshId(n);
  };
  return {
    items: kept.map((item, index) => ({ ...item, id: ids[index] ?? fresh() }) as T),
    skipped: read.length - kept.length,
  };
}

const MAX_ID_LENGTH = 100;

/** Parses JSON, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The key that keeps stored data the tool could not read in full, out of the way of the next save. */
export function setAsideKey(key: string, now: Date): string {
  return `${key}.unreadable-${now.toISOString()}`;
}

/** Whether `candidate` is a key that `setAsideKey` made for `key`. */
export function isSetAsideKey(key: string, candidate: string): boolean {
  return candidate.startsWith(`${key}.unreadable-`);
}

/** "1 saved person" / "3 saved people". */
export function countOf(count: number, [one, many]: readonly [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the reader is told about stored data the tool could not read in full. */
export function storedDataNotice(
  read: ReadList<unknown>,
  nouns: { items: readonly [string, string]; whole: string },
  keptAside: boolean,
): string | undefined {
  const kept = keptAside
    ? `What was saved is kept aside in this browser, as it was: download it to keep a copy, or delete it.`
    : `It is left as it was in this browser, and changes you make here are not saved until you delete it: download it first to keep a copy.`;
  if (!read.readable) return `Your saved ${nouns.whole} could not be read. ${kept}`;
  if (read.skipped === 0) return undefined;
  const count = countOf(read.skipped, nouns.items);
  return `${count} could not be read and ${read.skipped === 1 ? 'was' : 'were'} left out. ${kept}`;
}
