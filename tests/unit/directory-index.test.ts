import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex, CARDS_PER_FILE } from '../../src/shared/directory-index.ts';
import { CONTACTS } from '../support/directory-index-contacts.ts';

describe('the directory search index', () => {
  const index = buildDirectoryIndex(CONTACTS);

  it('says how many contacts it holds, which shards it has and who is paused', () => {
    expect(index.meta.contacts).toBe(7);
    expect(index.meta.cardsPerFile).toBe(16);
    // Ana Garza, Budge Price and Dev Pavlou (ordinals 0, 2, 3) as gaps.
    expect(index.meta.paused).toEqual([0, 2, 1]);
    expect(index.meta.shards.split(' ')).toEqual(expect.arrayContaining(['bu', 'o', 'o_27_']));
    expect(index.meta.shards.split(' ')).toHaveLength(index.shards.size);
  });

  it('lists each word’s contacts by tier: name, then labels, then the rest', () => {
    expect(index.shards.get('bu')).toEqual({
      // Budge Price has "budge" in his bio too: each contact is listed once, in its best tier.
      budge: [[2]],
      budgen: [[5]],
      budget: [[], [], [0, 1]],
      budgeting: [[], [3, 1]],
    });
    // The name to greet by is a name.
    expect(index.shards.get('sh')).toEqual({ shay: [[6]] });
  });

  it('groups the cards by ordinal, as the result cards show them', () => {
    expect(CARDS_PER_FILE).toBe(16);
    expect(index.cards).toHaveLength(1);
    expect(index.cards[0]![6]).toEqual({
      id: 'sean-o-brien',
      name: "Sean O'Brien",
      title: 'Data Analyst',
      department: 'research',
      topics: ['data-analysis'],
      expires: '2027-06-01',
    });
  });

  it('lists the contacts of each facet value', () => {
    expect(index.facets.get('department')).toEqual({ finance: [0, 1, 1, 1], research: [4, 1, 1] });
    expect(index.facets.get('topic')).toEqual({
      mentoring: [0, 1, 1, 3],
      budgeting: [3, 1],
      'data-analysis': [6],
    });
  });

  it('names no one when built from no contacts, as in the public edition', () => {
    const empty = buildDirectoryIndex([]);
    expect(empty.meta).toEqual({ contacts: 0, cardsPerFile: 16, shards: '', paused: [] });
    expect(empty.shards.size).toBe(0);
    expect(empty.cards).toEqual([]);
    expect(empty.facets.size).toBe(0);
  });
});
