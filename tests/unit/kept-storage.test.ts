import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadKept } from '../../src/browser/kept-storage.ts';
import { questionPlanStore } from '../../src/browser/kept-stores.ts';

const store = questionPlanStore;
const KEY = 'networking-hub:question-plan';

/** localStorage as a Map, refusing new keys once `full`, as a browser does when it is. */
function fakeStorage(entries: Record<string, string>, { full = false } = {}) {
  const map = new Map(Object.entries(entries));
  const fake = {
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full && !map.has(key)) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key: string) => void map.delete(key),
  };
  vi.stubGlobal('localStorage', fake);
  return map;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('loading a tool list from localStorage', () => {
  it('sets aside what it cannot read in full and keeps what it can under its own key', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T12:00:00Z'), toFake: ['Date'] });
    const stored = '[{"id":"own-1","question":"First?","purpose":"own"},{"id":"own-2"}]';
    const map = fakeStorage({ [KEY]: stored });
    expect(loadKept(store)).toEqual({
      items: [{ id: 'own-1', question: 'First?', purpose: 'own' }],
      notice:
        '1 saved question could not be read and was left out. What was saved is kept aside in this browser, as it was: download it to keep a copy, or delete it.',
      saving: true,
    });
    expect(Object.fromEntries(map)).toEqual({
      [KEY]: '[{"id":"own-1","question":"First?","purpose":"own"}]',
      'networking-hub:question-plan.unreadable-2026-11-26T12:00:00.000Z': stored,
    });
  });

  it('leaves unreadable data where it is, and saves nothing, when it cannot be set aside', () => {
    const map = fakeStorage({ [KEY]: 'not json' }, { full: true });
    expect(loadKept(store)).toEqual({
      items: [],
      notice:
        'Your saved plan could not be read. It is left as it was in this browser, and changes you make here are not saved until you delete it: download it first to keep a copy.',
      saving: false,
    });
    expect(Object.fromEntries(map)).toEqual({ [KEY]: 'not json' });
  });

  it('reminds the reader of data set aside on an earlier visit', () => {
    fakeStorage({
      [KEY]: '[]',
      'networking-hub:question-plan.unreadable-2026-11-01T09:00:00.000Z': 'not json',
    });
    expect(loadKept(store)).toEqual({
      items: [],
      notice:
        'A saved plan that could not be read on an earlier visit is kept aside in this browser: download it to keep a copy, or delete it.',
      saving: true,
    });
  });

  it('reads a list it can read in full as it is, with nothing to say', () => {
    const map = fakeStorage({ [KEY]: '[{"id":"own-1","question":"First?","purpose":"own"}]' });
    expect(loadKept(store)).toEqual({
      items: [{ id: 'own-1', question: 'First?', purpose: 'own' }],
      notice: undefined,
      saving: true,
    });
    expect(map.size).toBe(1);
  });
});
