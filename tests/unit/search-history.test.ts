import { describe, expect, it } from 'vitest';
import { historyAction, isDraftAfter } from '../../src/shared/search-history.ts';
import { emptyState, toggleFilter, type SearchState } from '../../src/shared/search-state.ts';

const FACETS = ['department', 'topic'];
const words = (q: string): SearchState => ({ ...emptyState(FACETS), q });
const DIRECTORY = emptyState(FACETS);

describe('historyAction', () => {
  it('never replaces the directory’s own entry: the first words typed are a new entry', () => {
    expect(historyAction(DIRECTORY, words('bud'), 'typing', false)).toBe('push');
  });

  it('replaces the draft while the reader types on or deletes back', () => {
    expect(historyAction(words('bud'), words('budget'), 'typing', true)).toBe('replace');
    expect(historyAction(words('budget plan'), words('Budget'), 'typing', true)).toBe('replace');
  });

  it('adds an entry when the typed words are new ones', () => {
    expect(historyAction(words('budget'), words('data'), 'typing', true)).toBe('push');
  });

  it('adds an entry for words typed after a settled search', () => {
    expect(historyAction(words('budget'), words('budgets'), 'typing', false)).toBe('push');
  });

  it('keeps the words before an emptied box one Back away, and new words replace the empty draft', () => {
    expect(historyAction(words('budget'), words(''), 'typing', true)).toBe('push');
    expect(historyAction(words(''), words('data'), 'typing', true)).toBe('replace');
  });

  it('lets Search finish the draft it completes, and add an entry for other words', () => {
    expect(historyAction(words('budg'), words('budget'), 'submit', true)).toBe('replace');
    expect(historyAction(words('budget'), words('budget'), 'submit', true)).toBe('none');
    expect(historyAction(words('budget'), words('data'), 'submit', true)).toBe('push');
    expect(historyAction(words('budget'), words('budgets'), 'submit', false)).toBe('push');
  });

  it('adds an entry for every choice, even on a draft', () => {
    const filtered = toggleFilter(words('budget'), 'department', 'finance', true);
    expect(historyAction(words('budget'), filtered, 'push', true)).toBe('push');
    expect(historyAction(filtered, words('budget'), 'push', false)).toBe('push');
  });

  it('does not treat words with other filters as the same draft', () => {
    const filtered = toggleFilter(words('bud'), 'topic', 'budgeting', true);
    expect(historyAction(words('bud'), filtered, 'submit', true)).toBe('push');
  });

  it('records nothing when the search is unchanged', () => {
    expect(historyAction(words('data'), words(' data '), 'typing', true)).toBe('none');
  });
});

describe('isDraftAfter', () => {
  it('leaves a draft after typing, and settles it on Search or a choice', () => {
    expect(isDraftAfter('typing', 'push', false)).toBe(true);
    expect(isDraftAfter('typing', 'none', false)).toBe(false);
    expect(isDraftAfter('typing', 'none', true)).toBe(true);
    expect(isDraftAfter('submit', 'none', true)).toBe(false);
    expect(isDraftAfter('push', 'push', true)).toBe(false);
  });
});
