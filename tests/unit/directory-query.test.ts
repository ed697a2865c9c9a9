import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex } from '../../src/shared/directory-index.ts';
import {
  allowedBy,
  allWordsMatches,
  availabilityLists,
  decodeFacet,
  facetCounts,
  rankedResults,
  wordMatches,
  type Selection,
} from '../../src/shared/directory-query.ts';
import { decodeIds } from '../../src/shared/id-lists.ts';
import { shardOf } from '../../src/shared/index-words.ts';
import { wordsOf } from '../../src/shared/fuzzy-correction.ts';
import { CONTACTS } from '../support/directory-index-contacts.ts';

const index = buildDirectoryIndex(CONTACTS);
const paused = new Set(decodeIds(index.meta.paused));
const lists = new Map([
  ...[...index.facets].map(([facet, file]) => [facet, decodeFacet(file)] as const),
  ['accepting', availabilityLists(7, decodeIds(index.meta.paused))] as const,
]);
const matches = (query: string) =>
  allWordsMatches(wordsOf(query).map((word) => wordMatches(word, index.shards.get(shardOf(word)))));
const names = (ids: number[]) => ids.map((id) => CONTACTS[id]!.card.name);
const search = (query: string, selection: Selection = {}) =>
  names(rankedResults(query ? matches(query) : undefined, allowedBy(selection, lists), 7, paused));

describe('searching the directory index', () => {
  it('ranks a name before a label before the rest, accepting before paused within each', () => {
    expect(search('budg')).toEqual([
      'Rosa Budgen', // name, accepting
      'Budge Price', // name, paused
      'Gita Ueda', // topic, accepting
      'Dev Pavlou', // topic, paused
      'Ben Carter', // bio, accepting
      'Ana Garza', // bio, paused
    ]);
  });

  it('finds words by their start, as Pagefind does', () => {
    expect(search('budget')).toEqual(['Gita Ueda', 'Dev Pavlou', 'Ben Carter', 'Ana Garza']);
    expect(search('analy')).toEqual(['Gita Ueda', "Sean O'Brien", 'Dev Pavlou']);
    expect(search('budgets')).toEqual([]);
  });

  it('requires every word of the search', () => {
    expect(search('budget ben')).toEqual(['Ben Carter']);
    expect(search('clerk research')).toEqual(['Rosa Budgen']);
    expect(search('budget nobody')).toEqual([]);
  });

  it('finds a name however it is written: case, accents, apostrophes, the name to greet by', () => {
    expect(search('CAFE')).toEqual(['Gita Ueda']);
    expect(search("o'brien")).toEqual(["Sean O'Brien"]);
    expect(search('obrien')).toEqual(["Sean O'Brien"]);
    expect(search('brien')).toEqual(["Sean O'Brien"]);
    expect(search('shay')).toEqual(["Sean O'Brien"]);
  });

  it('matches a one-letter word only as a whole word', () => {
    expect(search('o')).toEqual(["Sean O'Brien"]);
    expect(search('b')).toEqual([]);
  });

  it('narrows by filters: any value of a facet, and every facet', () => {
    expect(search('budg', { department: ['research'] })).toEqual(['Rosa Budgen', 'Gita Ueda']);
    expect(search('budg', { topic: ['budgeting', 'mentoring'], accepting: ['yes'] })).toEqual([
      'Rosa Budgen',
      'Gita Ueda',
      'Ben Carter',
    ]);
  });

  it('lists everyone a filter allows A to Z when there are no words, paused or not', () => {
    expect(search('', { topic: ['mentoring'] })).toEqual([
      'Ana Garza',
      'Ben Carter',
      'Budge Price',
      'Rosa Budgen',
    ]);
    expect(search('', { accepting: ['no'] })).toEqual(['Ana Garza', 'Budge Price', 'Dev Pavlou']);
  });
});

describe('counting facet values', () => {
  it('counts the results each value would give, for the facets shown', () => {
    expect(facetCounts(['department'], matches('budg'), {}, lists, 7)).toEqual({
      department: { finance: 4, research: 2 },
    });
  });

  it("leaves a facet's own selection out of its counts, as its values widen the search", () => {
    const selection = { department: ['finance'] };
    expect(facetCounts(['department', 'topic'], matches('budg'), selection, lists, 7)).toEqual({
      department: { finance: 4, research: 2 },
      topic: { mentoring: 3, budgeting: 1, 'data-analysis': 0 },
    });
  });

  it('counts over everyone when there are no words, and availability from the paused list', () => {
    expect(facetCounts(['accepting'], undefined, {}, lists, 7)).toEqual({
      accepting: { yes: 4, no: 3 },
    });
  });
});
