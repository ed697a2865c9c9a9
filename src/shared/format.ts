import { DateTime } from 'luxon';

/** "14 March 2026" from 2026-03-14. */
export function formatIsoDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale('en-GB').toFormat('d LLLL yyyy');
}

const NUMBER_WORDS = [
  'No',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
];

/** A count to start a heading with: "Five" for 5, "14" for 14. */
export function countAsWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}
