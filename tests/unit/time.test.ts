import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/shared/format.ts';
import { addDays, addMonths, localToInstant } from '../../src/shared/time.ts';

const utc = (local: string, zone: string) =>
  new Date(localToInstant(local, zone).epochMs).toISOString();

describe('localToInstant', () => {
  it('uses standard time in winter and daylight time in summer', () => {
    expect(utc('2026-12-08T09:30', 'America/New_York')).toBe('2026-12-08T14:30:00.000Z');
    expect(utc('2026-10-20T13:00', 'America/New_York')).toBe('2026-10-20T17:00:00.000Z');
  });

  it('is right on the day the clocks go forward', () => {
    expect(utc('2027-03-14T01:30', 'America/New_York')).toBe('2027-03-14T06:30:00.000Z');
    expect(utc('2027-03-14T13:00', 'America/New_York')).toBe('2027-03-14T17:00:00.000Z');
  });

  it('is right on the day the clocks go back', () => {
    expect(utc('2026-11-01T00:30', 'America/New_York')).toBe('2026-11-01T04:30:00.000Z');
    expect(utc('2026-11-01T13:00', 'America/New_York')).toBe('2026-11-01T18:00:00.000Z');
  });

  it('says when a wall-clock time was skipped by the clocks going forward', () => {
    expect(localToInstant('2027-03-14T02:30', 'America/New_York').exists).toBe(false);
    expect(localToInstant('2027-03-14T03:30', 'America/New_York').exists).toBe(true);
    expect(localToInstant('2027-03-28T01:30', 'Europe/London').exists).toBe(false);
  });

  it('follows the zone it is given', () => {
    expect(utc('2027-03-14T13:00', 'Europe/London')).toBe('2027-03-14T13:00:00.000Z');
    expect(utc('2027-04-01T13:00', 'Europe/London')).toBe('2027-04-01T12:00:00.000Z');
  });
});

describe('addMonths', () => {
  it('adds calendar months, keeping to the end of shorter months', () => {
    expect(addMonths('2025-11-26', 12)).toBe('2026-11-26');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-26', -12)).toBe('2025-11-26');
  });

  it('knows leap years and crosses years both ways', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('addDays', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

describe('formatIsoDate', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatIsoDate('2026-03-04')).toBe('4 March 2026');
    expect(formatIsoDate('2027-12-31')).toBe('31 December 2027');
  });
});
