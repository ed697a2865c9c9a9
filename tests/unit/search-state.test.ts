import { describe, expect, it } from 'vitest';
import {
  emptyState,
  filtersInUse,
  isEmpty,
  parseState,
  toggleFilter,
  writeState,
} from '../../src/shared/search-state.ts';

/** The directory's facets, as src/site/facets.ts lists them for the page. */
const FACETS = ['department', 'topic', 'goal', 'location', 'format', 'accepting'];

describe('parseState', () => {
  it('reads the words and every facet', () => {
    const state = parseState(
      '?q=budget&department=vpf&topic=budgeting&topic=data-analysis&goal=skills&location=remote&format=video&accepting=yes',
      FACETS,
    );
    expect(state).toEqual({
      q: 'budget',
      filters: {
        department: ['vpf'],
        topic: ['budgeting', 'data-analysis'],
        goal: ['skills'],
        location: ['remote'],
        format: ['video'],
        accepting: ['yes'],
      },
    });
  });

  it('accepts comma-separated values, drops repeats and sorts', () => {
    expect(
      parseState('topic=data-analysis,budgeting&topic=budgeting', FACETS).filters.topic,
    ).toEqual(['budgeting', 'data-analysis']);
  });

  it('ignores unknown parameters and values that are not ids', () => {
    const state = parseState(
      '?utm_source=mail&department=<script>&topic=Budgeting&q=%20%20',
      FACETS,
    );
    expect(state).toEqual(emptyState(FACETS));
    expect(isEmpty(state)).toBe(true);
  });
});

describe('writeState', () => {
  it('writes nothing for an empty search', () => {
    expect(writeState(emptyState(FACETS))).toBe('');
  });

  it('writes the parameters in a fixed order, so equal searches share one URL', () => {
    const a = toggleFilter(
      toggleFilter({ ...emptyState(FACETS), q: 'budget' }, 'topic', 'budgeting', true),
      'department',
      'vpf',
      true,
    );
    const b = toggleFilter(
      toggleFilter({ ...emptyState(FACETS), q: 'budget' }, 'department', 'vpf', true),
      'topic',
      'budgeting',
      true,
    );
    expect(writeState(a)).toBe('?q=budget&department=vpf&topic=budgeting');
    expect(writeState(b)).toBe(writeState(a));
  });

  it('round-trips through parseState, words with spaces and accents included', () => {
    const state = toggleFilter(
      { ...emptyState(FACETS), q: 'Thảo budget & plans' },
      'goal',
      'skills',
      true,
    );
    expect(parseState(writeState(state), FACETS)).toEqual(state);
  });
});

describe('toggleFilter', () => {
  it('adds and removes one value without touching the rest', () => {
    const on = toggleFilter(
      toggleFilter(emptyState(FACETS), 'topic', 'budgeting', true),
      'topic',
      'data-analysis',
      true,
    );
    expect(toggleFilter(on, 'topic', 'budgeting', false).filters.topic).toEqual(['data-analysis']);
  });
});

describe('filtersInUse', () => {
  it('lists the words, then every ticked value, each with the search that is left without it', () => {
    const state = parseState(
      '?q=budget&topic=data-analysis&department=finance&topic=budgeting',
      FACETS,
    );
    expect(
      filtersInUse(state).map(({ facet, value, without }) => [facet, value, writeState(without)]),
    ).toEqual([
      [null, 'budget', '?department=finance&topic=budgeting&topic=data-analysis'],
      ['department', 'finance', '?q=budget&topic=budgeting&topic=data-analysis'],
      ['topic', 'budgeting', '?q=budget&department=finance&topic=data-analysis'],
      ['topic', 'data-analysis', '?q=budget&department=finance&topic=budgeting'],
    ]);
  });

  it('lists nothing for an empty search', () => {
    expect(filtersInUse(emptyState(FACETS))).toEqual([]);
  });
});
