import { describe, expect, it } from 'vitest';
import { didYouMeanTerm } from '../../src/content-model/validation/term-names.ts';

const departments = [
  { id: 'human-resources', name: 'Human Resources' },
  { id: 'vpf', name: 'Office of the Vice President for Finance' },
  { id: 'research-administration', name: 'Office of Research Administration' },
];

describe('a term written by its name', () => {
  it.each([
    ['Finance', '; did you mean vpf (Office of the Vice President for Finance)?'],
    ['finance', '; did you mean vpf (Office of the Vice President for Finance)?'],
    ['HUMAN RESOURCES', '; did you mean human-resources (Human Resources)?'],
    ['Human-Resources', '; did you mean human-resources (Human Resources)?'],
    [
      'Research Administration',
      '; did you mean research-administration (Office of Research Administration)?',
    ],
    ['human-resource', '; did you mean human-resources (Human Resources)?'],
  ])('%s is answered with its id and name', (typed, expected) => {
    expect(didYouMeanTerm(typed, departments)).toBe(expected);
  });

  it.each([['Office'], ['Libraries'], ['']])(
    '%s, which no one term matches, gets no guess',
    (typed) => {
      expect(didYouMeanTerm(typed, departments)).toBe('');
    },
  );
});
