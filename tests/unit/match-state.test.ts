import { describe, expect, it } from 'vitest';
import { parseMatchState, writeMatchState } from '../../src/shared/match-state.ts';
import { siteUrls } from '../../src/shared/urls.ts';

/** What the page offers, as its form lists the ids. */
const CHOICES = {
  goals: ['department-changes', 'skills'],
  topics: ['budgeting', 'data-analysis'],
  departments: ['finance', 'library'],
};

describe('parseMatchState', () => {
  it('reads the goal, the topic and the reader’s department', () => {
    expect(parseMatchState('?goal=skills&topic=budgeting&from=finance', CHOICES)).toEqual({
      goal: 'skills',
      topic: 'budgeting',
      from: 'finance',
    });
  });

  it('ignores values the page does not offer, and unknown parameters', () => {
    expect(
      parseMatchState('?goal=world-peace&topic=Budgeting&from=<b>&utm_source=mail', CHOICES),
    ).toEqual({});
    expect(parseMatchState('?goal=skills&topic=finance&from=budgeting', CHOICES)).toEqual({
      goal: 'skills',
    });
  });

  it('takes the first of repeated values and trims spaces', () => {
    expect(parseMatchState('?goal=%20skills%20&goal=department-changes', CHOICES)).toEqual({
      goal: 'skills',
    });
  });

  it('keeps a topic or department given without a goal', () => {
    expect(parseMatchState(new URLSearchParams('from=library'), CHOICES)).toEqual({
      from: 'library',
    });
  });
});

describe('writeMatchState', () => {
  it('writes goal, topic and from in that order, leaving out what is not chosen', () => {
    expect(writeMatchState({ from: 'finance', goal: 'skills', topic: 'budgeting' })).toBe(
      '?goal=skills&topic=budgeting&from=finance',
    );
    expect(writeMatchState({ goal: 'skills' })).toBe('?goal=skills');
    expect(writeMatchState({})).toBe('');
  });

  it('reads back what it wrote', () => {
    const state = { goal: 'department-changes', topic: 'data-analysis', from: 'library' };
    expect(parseMatchState(writeMatchState(state), CHOICES)).toEqual(state);
  });
});

describe('the match URLs', () => {
  it('put the page and its data under the directory, below the base path', () => {
    const urls = siteUrls('/networking');
    expect(urls.match({ goal: 'skills', from: 'finance' })).toBe(
      '/networking/directory/match/?goal=skills&from=finance',
    );
    expect(urls.match()).toBe('/networking/directory/match/');
    expect(urls.matchData('skills')).toBe('/networking/directory/match/skills.json');
  });
});
