import { describe, expect, it } from 'vitest';
import {
  correctQuery,
  foldWord,
  LONG_WORD,
  SHORTEST_CORRECTED_WORD,
  typosAllowed,
  typosBetween,
  wordsOf,
} from '../../src/shared/fuzzy-correction.ts';

const VOCABULARY = [
  'budgeting',
  'data',
  'analysis',
  'finance',
  'procurement',
  'margaret',
  'okafor',
  'amara',
  'osei',
  'manager',
  'north',
  'campus',
  'josé',
];

describe('the typos a word may hold', () => {
  it('sets the cut-offs at 3 and 6 letters', () => {
    expect([SHORTEST_CORRECTED_WORD, LONG_WORD]).toEqual([3, 6]);
  });

  it.each([
    ['it', 0],
    ['osi', 1],
    ['daat', 1],
    ['amra', 1],
    ['north', 1],
    ['budjet', 2],
    ['finanse', 2],
    ['procurment', 2],
  ])('"%s" may hold %i', (word, typos) => {
    expect(typosAllowed(word)).toBe(typos);
  });
});

describe('the words of a query', () => {
  it('are folded to lower case without accents, hyphenated and quoted words kept whole', () => {
    expect(wordsOf('  José  Okafor-Smith, O’Neil? budget!')).toEqual([
      'jose',
      'okafor-smith',
      'o’neil',
      'budget',
    ]);
    expect(foldWord('Ångström')).toBe('angstrom');
  });
});

describe('correcting a query', () => {
  it.each([
    ['budjet', 'budgeting'],
    ['finanse', 'finance'],
    ['Margret', 'margaret'],
    ['Margret Okafr', 'margaret okafor'],
    ['procurment', 'procurement'],
    ['osi', 'osei'],
    ['amra', 'amara'],
    ['dta', 'data'],
    ['jose', undefined],
    ['budgeting data', undefined],
    ['budg', undefined],
    ['manger budget', 'manager budget'],
    ['xylophone', undefined],
    ['it', undefined],
  ])('corrects "%s" to %j', (query, corrected) => {
    expect(correctQuery(query, VOCABULARY.map(foldWord))).toBe(corrected);
  });

  it('allows one typo in a word under six letters, two from six', () => {
    // "nrth" is one letter short of "north"; "nrh" two, too many for three letters.
    expect(correctQuery('nrth', VOCABULARY)).toBe('north');
    expect(correctQuery('nrh', VOCABULARY)).toBeUndefined();
    // "finanse" (7 letters) with a second typo still finds "finance"; "amrra" (5) does not.
    expect(correctQuery('fimanse', VOCABULARY)).toBe('finance');
    expect(correctQuery('anrra', VOCABULARY)).toBeUndefined();
  });

  it('counts two neighbouring letters swapped as one typo', () => {
    expect(typosBetween('amraa', 'amara', 1)).toBe(1);
    expect(typosBetween('fniance', 'finance', 2)).toBe(1);
    // Swapped and one letter wrong: two typos, as many as a long word may hold.
    expect(typosBetween('fniamce', 'finance', 2)).toBe(2);
    // Swapped letters in a five-letter word are corrected; two other typos there are not.
    expect(correctQuery('osie', VOCABULARY)).toBe('osei');
    expect(correctQuery('amrag', VOCABULARY)).toBeUndefined();
    expect(correctQuery('okaofr', VOCABULARY)).toBe('okafor');
    expect(correctQuery('mangaer budgetign', VOCABULARY)).toBe('manager budgeting');
  });

  it('prefers the fewest typos, then a whole word, then the earlier word of the vocabulary', () => {
    expect(correctQuery('cat', ['cart', 'cast'])).toBe('cart');
    expect(correctQuery('cat', ['cast', 'cart'])).toBe('cast');
    expect(correctQuery('dasa', ['database', 'data'])).toBe('data');
  });
});
