import { describe, expect, it } from 'vitest';
import { confirmationExpires, isStale } from '../../src/shared/contacts.ts';
import { dateInZone, listingHasExpired } from '../../src/shared/listing-expiry.ts';

// A contact who confirmed on 2026-03-15, with 12 months to re-confirm, is listed until 2027-03-15.
const EXPIRES = '2027-03-15';

describe('a listing at build time', () => {
  it('runs for the re-confirmation period, a short month taking its last day', () => {
    expect(confirmationExpires('2026-03-15', 12)).toBe('2027-03-15');
    expect(confirmationExpires('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('is still listed on its expiry date and stale the day after', () => {
    expect(isStale('2026-03-15', 12, '2027-03-14')).toBe(false);
    expect(isStale('2026-03-15', 12, '2027-03-15')).toBe(false);
    expect(isStale('2026-03-15', 12, '2027-03-16')).toBe(true);
  });
});

describe('a listing on a page already served', () => {
  it('is current the day before and all through its expiry date', () => {
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-14T12:00:00Z'), 'UTC')).toBe(false);
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-15T00:00:00Z'), 'UTC')).toBe(false);
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-15T23:59:59Z'), 'UTC')).toBe(false);
  });

  it('has expired from the first moment of the day after', () => {
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-16T00:00:00Z'), 'UTC')).toBe(true);
    expect(listingHasExpired(EXPIRES, Date.parse('2028-01-01T12:00:00Z'), 'UTC')).toBe(true);
  });

  it("follows the reader's calendar, not UTC's", () => {
    // Berlin is at UTC+1 in mid-March: 23:30 UTC on the 15th is already the 16th there.
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-15T23:30:00Z'), 'Europe/Berlin')).toBe(
      true,
    );
    // New York moved to UTC-4 on 14 March 2027: 03:30 UTC on the 16th is still 23:30 on the 15th.
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-16T03:30:00Z'), 'America/New_York')).toBe(
      false,
    );
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-16T04:00:00Z'), 'America/New_York')).toBe(
      true,
    );
    // Auckland is at UTC+13 in March: its 16th begins at 11:00 UTC on the 15th.
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-15T10:59:00Z'), 'Pacific/Auckland')).toBe(
      false,
    );
    expect(listingHasExpired(EXPIRES, Date.parse('2027-03-15T11:00:00Z'), 'Pacific/Auckland')).toBe(
      true,
    );
  });

  it('reads the date in a zone as YYYY-MM-DD', () => {
    expect(dateInZone(Date.parse('2027-03-15T23:30:00Z'), 'Europe/Berlin')).toBe('2027-03-16');
    expect(dateInZone(Date.parse('2027-03-16T03:30:00Z'), 'America/New_York')).toBe('2027-03-15');
    expect(dateInZone(Date.parse('2027-01-05T08:00:00Z'), 'Asia/Tokyo')).toBe('2027-01-05');
  });
});
