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

/** The date `months` months after an ISO date. */
export function addMonths(isoDate: string, months: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ months }).toISODate() ?? isoDate;
}

/** The date `days` days after an ISO date. */
export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate() ?? isoDate;
}
