import { describe, expect, it } from 'vitest';
import { dayOrder } from '../../src/shared/fair-spread.ts';

/** Every day of 2027, as the reader's local dates. */
const DAYS_OF_2027 = Array.from({ length: 365 }, (_, i) =>
  new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10),
);
const ids = (contacts: readonly { id: string }[]) => contacts.map((contact) => contact.id);
const FIVE_EQUAL = ['ana', 'ben', 'cas', 'dev', 'eli'].map((id) => ({ id, capacity: 3 }));

/** On how many of the days `id` comes first. */
const daysLeading = (contacts: readonly { id: string; capacity: number }[], id: string) =>
  DAYS_OF_2027.filter((day) => dayOrder(contacts, day)[0]?.id === id).length;

describe('dayOrder', () => {
  it('gives the same order all day, whatever order the contacts come in', () => {
    const shuffled = [...FIVE_EQUAL].reverse();
    expect(ids(dayOrder(FIVE_EQUAL, '2026-11-26'))).toEqual(ids(dayOrder(shuffled, '2026-11-26')));
    expect(ids(dayOrder(FIVE_EQUAL, '2026-11-26'))).toEqual(
      ids(dayOrder(FIVE_EQUAL, '2026-11-26')),
    );
  });

  it('gives another order on another day', () => {
    expect(ids(dayOrder(FIVE_EQUAL, '2026-11-26'))).not.toEqual(
      ids(dayOrder(FIVE_EQUAL, '2026-11-27')),
    );
  });

  it('lets each of five equal contacts lead on some of 30 days', () => {
    const leaders = new Set(
      DAYS_OF_2027.slice(0, 30).map((day) => dayOrder(FIVE_EQUAL, day)[0]?.id),
    );
    expect([...leaders].sort()).toEqual(['ana', 'ben', 'cas', 'dev', 'eli']);
  });

  it('lets two contacts of equal capacity lead about as often', () => {
    // Half of 365 days is 182.5; ±32 is about 3.4 standard deviations (sqrt(365 / 4) = 9.6).
    const days = daysLeading(
      [
        { id: 'ana', capacity: 4 },
        { id: 'ben', capacity: 4 },
      ],
      'ana',
    );
    expect(days).toBeGreaterThanOrEqual(150);
    expect(days).toBeLessThanOrEqual(215);
  });

  it('puts a contact offering 20 conversations a month first more often than one offering 1, but not always', () => {
    // Weights sqrt(20) = 4.47 and 1: the first leads with chance 4.47 / 5.47 = 0.82, about 298 of
    // 365 days (standard deviation 7.4); the second still leads on about 67.
    const pair = [
      { id: 'small', capacity: 1 },
      { id: 'big', capacity: 20 },
    ];
    const big = daysLeading(pair, 'big');
    expect(big).toBeGreaterThanOrEqual(270);
    expect(big).toBeLessThanOrEqual(325);
    expect(daysLeading(pair, 'small')).toBe(365 - big);
  });
});
