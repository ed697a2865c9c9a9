import { DateTime } from 'luxon';

export interface Instant {
  /** The exact moment, as milliseconds since the epoch. */
  epochMs: number;
  /** False when the wall-clock time was skipped by a daylight-saving change in that zone. */
  exists: boolean;
}

/** The exact instant of a wall-clock date-time (2026-03-10T13:00) in an IANA time zone. */
export function localToInstant(local: string, zone: string): Instant {
  const dateTime = DateTime.fromISO(local, { zone });
  if (!dateTime.isValid)
    throw new Error(`Cannot read "${local}" in ${zone}: ${dateTime.invalidExplanation ?? ''}`);
  return {
    epochMs: dateTime.toMillis(),
    exists: dateTime.toFormat("yyyy-MM-dd'T'HH:mm") === local.slice(0, 16),
  };
}

/** An ISO date's year, month (1 to 12) and day, if it is a real date. */
export function dateParts(isoDate: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? [year, month, day]
    : undefined;
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const isoDateOf = (utc: Date) => utc.toISOString().slice(0, 10);

// Plain calendar arithmetic: a build asks for each contact's dates on every page that lists them,
// and luxon took two of a build's seconds to answer.

/** The date `months` months after an ISO date; the 31st becomes the month's last day if need be. */
export function addMonths(isoDate: string, months: number): string {
  const parts = dateParts(isoDate);
  if (!parts) return isoDate;
  const [year, month, day] = parts;
  const monthIndex = year * 12 + (month - 1) + months;
  const toYear = Math.floor(monthIndex / 12);
  const toMonth = monthIndex - toYear * 12 + 1;
  return isoDateOf(
    new Date(Date.UTC(toYear, toMonth - 1, Math.min(day, daysInMonth(toYear, toMonth)))),
  );
}

/** The date `days` days after an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const parts = dateParts(isoDate);
  if (!parts) return isoDate;
  const [year, month, day] = parts;
  return isoDateOf(new Date(Date.UTC(year, month - 1, day + days)));
}
