import { describe, expect, it } from 'vitest';
import { fillNames, placeholdersIn } from '../../src/shared/institution-names.ts';

const northfield = { name: 'Northfield University', shortName: 'the University' };

describe('the institution placeholders', () => {
  it('become the full and the short name', () => {
    expect(fillNames('Staff across %institution% meet at %institution-short%.', northfield)).toBe(
      'Staff across Northfield University meet at the University.',
    );
  });

  it('are capitalised where a value or a sentence starts, and nowhere else', () => {
    expect(fillNames('%institution-short% has many teams.', northfield)).toBe(
      'The University has many teams.',
    );
    expect(
      fillNames('Ask. %institution-short% helps! %institution-short% listens', northfield),
    ).toBe('Ask. The University helps! The University listens');
    // Words that follow a link or bold text in the same paragraph do not start it.
    expect(fillNames('%institution-short% helps', northfield, { startsBlock: false })).toBe(
      'the University helps',
    );
  });

  it('are told apart from misspelt ones, percentages and encoded addresses', () => {
    expect(
      placeholdersIn('At %institute%, 50% to 60% of %institution% staff; https://x.edu/caf%C3%A9'),
    ).toEqual([
      { offset: 3, placeholder: '%institute%', known: false },
      { offset: 30, placeholder: '%institution%', known: true },
    ]);
    expect(fillNames('At %institute%', northfield)).toBe('At %institute%');
  });
});
