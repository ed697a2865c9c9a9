import { describe, expect, it } from 'vitest';
import {
  allIds,
  countShared,
  decodeIds,
  encodeIds,
  intersectIds,
  unionIds,
} from '../../src/shared/id-lists.ts';

describe('lists of contact ordinals', () => {
  it('are stored as gaps and read back as they were', () => {
    expect(encodeIds([3, 5, 6, 10])).toEqual([3, 2, 1, 4]);
    expect(decodeIds([3, 2, 1, 4])).toEqual([3, 5, 6, 10]);
    expect(encodeIds([])).toEqual([]);
    expect(decodeIds([0])).toEqual([0]);
  });

  it('are intersected, joined and counted as sorted lists', () => {
    expect(intersectIds([1, 3, 5, 7], [2, 3, 7, 8])).toEqual([3, 7]);
    expect(intersectIds([1, 2], [])).toEqual([]);
    expect(unionIds([[5, 9], [1, 5], []])).toEqual([1, 5, 9]);
    expect(countShared([1, 3, 5, 7], [3, 4, 5])).toBe(2);
    expect(allIds(4)).toEqual([0, 1, 2, 3]);
  });
});
