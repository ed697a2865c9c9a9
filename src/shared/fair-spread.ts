/**
 * The fair spread of requests: among equally good matches, the order changes from day to day, so
 * the same few volunteers do not get every request. It is deterministic (the same day gives the
 * same order, for every reader) and weighted: a contact who offers more conversations a month
 * leads a little more often, by the square root of their capacity (offering four times as many
 * makes them lead about twice as often, not four times).
 */

/** 32-bit FNV-1a of a string, then MurmurHash3's finaliser, so neighbouring days scatter. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** How strongly capacity (conversations a month, 1 to 20) weighs in the draw. */
export function spreadWeight(capacity: number): number {
  return Math.sqrt(Math.max(1, capacity));
}

/**
 * A contact's place in the day's draw: larger leads. A weighted random order (Efraimidis and
 * Spirakis): a uniform number u in (0, 1) drawn from the day and the id, raised to 1 / weight,
 * taken as its logarithm, log(u) / weight, which sorts the same way.
 */
export function drawKey(id: string, capacity: number, day: string): number {
  const uniform = (hash32(`${day}|${id}`) + 0.5) / 2 ** 32;
  return Math.log(uniform) / spreadWeight(capacity);
}

/** The contacts in the day's order (`day` as YYYY-MM-DD, the reader's local date). */
export function dayOrder<T extends { id: string; capacity: number }>(
  contacts: readonly T[],
  day: string,
): T[] {
  return contacts
    .map((contact) => ({ contact, key: drawKey(contact.id, contact.capacity, day) }))
    .sort((a, b) => b.key - a.key || a.contact.id.localeCompare(b.contact.id))
    .map(({ contact }) => contact);
}
