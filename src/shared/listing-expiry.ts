/**
 * When a contact's listing ends. A listing runs through the whole of its expiry date: the build
 * keeps a contact whose expiry date is today (isStale in contacts.ts), and a page already served
 * withdraws the listing only once that date is over on the reader's calendar.
 */

/** True once `today` (YYYY-MM-DD) is after the listing's expiry date (YYYY-MM-DD). */
export function expiredBy(expires: string, today: string): boolean {
  return today > expires;
}

/** The calendar date (YYYY-MM-DD) of an instant in an IANA time zone: the reader's "today". */
export function dateInZone(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((each) => each.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether a listing that runs until `expires` has ended at `nowMs`, for a reader in `timeZone`. */
export function listingHasExpired(expires: string, nowMs: number, timeZone: string): boolean {
  return expiredBy(expires, dateInZone(nowMs, timeZone));
}
