import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  distinctWords,
  vocabularyWords,
} from '../../src/shared/search-vocabulary.ts';

describe('the search vocabulary', () => {
  it('holds each word once, folded, the most frequent first, ties alphabetical', () => {
    expect(distinctWords(['Data analysis', 'Budget Manager', 'Data Manager', 'José Díaz'])).toEqual(
      ['data', 'manager', 'analysis', 'budget', 'diaz', 'jose'],
    );
  });

  it('keeps labels apart from the words of people, and lists labels first', () => {
    const vocabulary = buildVocabulary(
      ['Finance', 'Data analysis'],
      ['Amara Osei', 'Data Officer'],
    );
    expect(vocabulary).toEqual({
      labels: ['analysis', 'data', 'finance'],
      people: ['amara', 'data', 'officer', 'osei'],
    });
    expect(vocabularyWords(vocabulary)).toEqual([
      'analysis',
      'data',
      'finance',
      'amara',
      'officer',
      'osei',
    ]);
  });
});
