import { dateParts } from './time.ts';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "14 March 2026" from 2026-03-14 (written out here: luxon took a second of a build for it). */
export function formatIsoDate(isoDate: string): string {
  const parts = dateParts(isoDate);
  if (!parts) return isoDate;
  const [year, month, day] = parts;
  return `${day} ${MONTH_NAMES[month - 1]} ${String(year).padStart(4, '0')}`;
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
