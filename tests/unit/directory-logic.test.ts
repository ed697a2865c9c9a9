import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/shared/pagination.ts';
import { listInWords } from '../../src/shared/outreach-templates.ts';
import { countAsWord } from '../../src/shared/format.ts';

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });

  it('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(pageWindow(10, 200)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 200]);
    expect(pageWindow(1, 200)).toEqual([1, 2, 3, 'gap', 200]);
    expect(pageWindow(4, 200)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 200]);
  });
});

describe('listInWords', () => {
  it('joins with commas and a final conjunction', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listInWords(['a', 'b'], 'or')).toBe('a or b');
  });
});

describe('countAsWord', () => {
  it('writes small counts as a word to start a heading, and larger ones as digits', () => {
    expect(countAsWord(5)).toBe('Five');
    expect(countAsWord(7)).toBe('Seven');
    expect(countAsWord(12)).toBe('Twelve');
    expect(countAsWord(14)).toBe('14');
  });
});
