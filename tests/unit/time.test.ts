import { describe, expect, it } from 'vitest';
import { addMonths, localToInstant } from '../../src/shared/time.ts';

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
});
