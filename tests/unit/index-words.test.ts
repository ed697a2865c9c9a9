import { describe, expect, it } from 'vitest';
import { indexWordsOf, shardOf } from '../../src/shared/index-words.ts';

describe('the words the directory index files a text under', () => {
  it('are lower case without accents, each once', () => {
    expect(indexWordsOf('José Núñez, Budget budget Analyst')).toEqual([
      'jose',
      'nunez',
      'budget',
      'analyst',
    ]);
  });

  it('file a word joined by an apostrophe or hyphen whole, by its parts and run together', () => {
    expect(indexWordsOf("Sean O'Brien")).toEqual(['sean', "o'brien", 'o', 'brien', 'obrien']);
    expect(indexWordsOf('Jean-Baptiste')).toEqual([
      'jean-baptiste',
      'jean',
      'baptiste',
      'jeanbaptiste',
    ]);
  });

  it('split on the same rules as the search words and "Did you mean"', () => {
    expect(indexWordsOf('HR/payroll (2020-2024)')).toEqual([
      'hr',
      'payroll',
      '2020-2024',
      '2020',
      '2024',
      '20202024',
    ]);
  });
});

describe('the shard a word is in', () => {
  it('is named by its first two characters, safe in a URL', () => {
    expect(shardOf('budget')).toBe('bu');
    expect(shardOf('2020')).toBe('20');
    expect(shardOf("o'brien")).toBe('o_27_');
    expect(shardOf('øystein')).toBe('_f8_y');
  });

  it('is of its own for a one-letter word', () => {
    expect(shardOf('o')).toBe('o');
  });
});
