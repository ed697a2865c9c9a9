import { describe, expect, it } from 'vitest';
import {
  countOf,
  isSetAsideKey,
  setAsideKey,
  storedDataNotice,
} from '../../src/shared/stored-data.ts';

const MAP = { items: ['saved person', 'saved people'], whole: 'map' } as const;

describe('stored data a tool could not read in full', () => {
  it('is kept under a key of its own, named after the moment it was set aside', () => {
    const key = setAsideKey('networking-hub:network-map', new Date('2026-11-26T12:00:00Z'));
    expect(key).toBe('networking-hub:network-map.unreadable-2026-11-26T12:00:00.000Z');
    expect(isSetAsideKey('networking-hub:network-map', key)).toBe(true);
    expect(isSetAsideKey('networking-hub:network-map', 'networking-hub:network-map')).toBe(false);
    expect(isSetAsideKey('networking-hub:question-plan', key)).toBe(false);
  });

  it('is explained to the reader, saying what was left out and where the rest is', () => {
    expect(storedDataNotice({ readable: true, items: [], skipped: 0 }, MAP, true)).toBeUndefined();
    expect(storedDataNotice({ readable: true, items: [], skipped: 1 }, MAP, true)).toBe(
      '1 saved person could not be read and was left out. What was saved is kept aside in this browser, as it was: download it to keep a copy, or delete it.',
    );
    expect(storedDataNotice({ readable: true, items: [], skipped: 3 }, MAP, true)).toBe(
      '3 saved people could not be read and were left out. What was saved is kept aside in this browser, as it was: download it to keep a copy, or delete it.',
    );
    expect(storedDataNotice({ readable: false, reason: 'not-json' }, MAP, true)).toBe(
      'Your saved map could not be read. What was saved is kept aside in this browser, as it was: download it to keep a copy, or delete it.',
    );
    expect(storedDataNotice({ readable: false, reason: 'not-json' }, MAP, false)).toBe(
      'Your saved map could not be read. It is left as it was in this browser, and changes you make here are not saved until you delete it: download it first to keep a copy.',
    );
  });

  it('is counted in words', () => {
    expect(countOf(1, ['person', 'people'])).toBe('1 person');
    expect(countOf(2, ['person', 'people'])).toBe('2 people');
  });
});
