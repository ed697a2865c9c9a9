import { DateTime } from 'luxon';

/** "14 March 2026" from 2026-03-14. */
export function formatIsoDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale('en-GB').toFormat('d LLLL yyyy');
}
