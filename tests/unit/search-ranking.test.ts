import { describe, expect, it } from 'vitest';
import { FEW_RESULTS, offersCorrection } from '../../src/shared/search-thresholds.ts';
import { matchTier, rankResults, type RankedFields } from '../../src/shared/search-ranking.ts';

const contact = (name: string, labels: string[], accepting: boolean) => ({
  name,
  labels,
  accepting,
});

describe('which field a search matched', () => {
  const amara = contact(
    'Amara Osei',
    ['Budget Manager', 'budgeting', 'data-analysis', 'finance'],
    true,
  );
  it.each([
    ['amara', 0],
    ['ose', 0],
    ['budget', 1],
    ['analysis', 1],
    ['finance', 1],
    ['money', 2],
  ])('"%s" matches tier %i', (query, tier) => {
    expect(matchTier(query, amara)).toBe(tier);
  });
});

describe('ranking results', () => {
  const results: [string, RankedFields][] = [
    ['bio, paused', contact('Ana Garza', ['Clerk', 'mentoring'], false)],
    ['bio, accepting', contact('Ben Carter', ['Clerk', 'mentoring'], true)],
    ['topic, paused', contact('Dev Pavlou', ['Analyst', 'budgeting'], false)],
    ['name, paused', contact('Budge Price', ['Clerk', 'mentoring'], false)],
    ['topic, accepting', contact('Gita Ueda', ['Analyst', 'budgeting'], true)],
    ['name, accepting', contact('Rosa Budgen', ['Clerk', 'mentoring'], true)],
    ['bio, accepting, later', contact('Ivo Xu', ['Clerk', 'mentoring'], true)],
  ];

  it('puts name before topic before bio, and accepting before paused within each', () => {
    expect(rankResults('budge', results, ([, fields]) => fields).map(([label]) => label)).toEqual([
      'name, accepting',
      'name, paused',
      'topic, accepting',
      'topic, paused',
      'bio, accepting',
      'bio, accepting, later',
      'bio, paused',
    ]);
  });
});

describe('when a search offers a correction', () => {
  it('is when it found fewer than three results', () => {
    expect(FEW_RESULTS).toBe(3);
    expect([0, 1, 2, 3, 10].map(offersCorrection)).toEqual([true, true, true, false, false]);
  });
});
