import { describe, expect, it } from 'vitest';
import { inSentence, rankMatches, type MatchCandidate } from '../../src/shared/match.ts';

const contact = (
  id: string,
  department: string,
  topics: string[],
  capacity = 2,
  expires = '2027-06-30',
): MatchCandidate => ({
  id,
  name: id,
  title: 'Analyst',
  department,
  topics,
  capacity,
  expires,
});

const CANDIDATES = [
  contact('ana', 'finance', ['budgeting']),
  contact('ben', 'library', ['budgeting', 'data-analysis']),
  contact('cas', 'library', ['archives']),
  contact('dev', 'finance', ['data-analysis']),
];
const WORDING = { goal: 'skills that matter', topic: 'budgeting' };
const DAY = '2026-11-26';
const names = (result: ReturnType<typeof rankMatches>) =>
  result.matches.map((match) => match.contact.id);

describe('rankMatches', () => {
  it('puts those who know the topic first, and of those, colleagues in another department', () => {
    const result = rankMatches(
      CANDIDATES,
      { topic: 'budgeting', from: 'finance', day: DAY },
      WORDING,
    );
    expect(names(result).slice(0, 2)).toEqual(['ben', 'ana']);
    expect(result.matches.map((match) => match.reasons).slice(0, 2)).toEqual([
      ['helps with: skills that matter', 'knows: budgeting', 'in another department'],
      ['helps with: skills that matter', 'knows: budgeting'],
    ]);
    // Then the one outside finance, then the one in it.
    expect(names(result).slice(2)).toEqual(['cas', 'dev']);
    expect(result.matches[2]?.reasons).toEqual([
      'helps with: skills that matter',
      'in another department',
    ]);
    expect(result.matches[3]?.reasons).toEqual(['helps with: skills that matter']);
    expect(result.total).toBe(4);
    expect(result.knowTopic).toBe(2);
  });

  it('gives only the goal as the reason when no topic or department is chosen', () => {
    const result = rankMatches(CANDIDATES, { day: DAY }, { goal: 'skills that matter' });
    expect(result.matches.map((match) => match.reasons)).toEqual(
      Array(4).fill(['helps with: skills that matter']),
    );
    expect(result.knowTopic).toBe(0);
  });

  it('shows at most the limit, and counts everyone', () => {
    const result = rankMatches(CANDIDATES, { day: DAY }, WORDING, 3);
    expect(result.matches).toHaveLength(3);
    expect(result.total).toBe(4);
  });

  it('leaves out a listing that ended before the reader’s day, and keeps one that ends on it', () => {
    const listings = [
      contact('ana', 'finance', ['budgeting'], 2, '2026-11-25'),
      contact('ben', 'library', ['budgeting'], 2, '2026-11-26'),
    ];
    expect(names(rankMatches(listings, { day: DAY }, WORDING))).toEqual(['ben']);
  });

  it('orders equal matches by the day: the same all day, another the next', () => {
    const equal = ['eli', 'fay', 'gus', 'hal', 'ivy'].map((id) => contact(id, 'library', []));
    const today = names(rankMatches(equal, { day: '2026-11-26' }, WORDING));
    expect(names(rankMatches([...equal].reverse(), { day: '2026-11-26' }, WORDING))).toEqual(today);
    expect(names(rankMatches(equal, { day: '2026-11-27' }, WORDING))).not.toEqual(today);
    expect([...today].sort()).toEqual(['eli', 'fay', 'gus', 'hal', 'ivy']);
  });
});

describe('inSentence', () => {
  it('lower-cases a label’s first letter, but not a word in capitals', () => {
    expect(inSentence('Skills that matter')).toBe('skills that matter');
    expect(inSentence('IT support')).toBe('IT support');
  });
});
