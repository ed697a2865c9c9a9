/**
 * Sorted lists of contact ordinals, as the directory's search index stores them: delta-encoded
 * (each number is the gap from the one before), which keeps long lists short and gzips well.
 */

export type IdList = readonly number[];

/** [3, 5, 6, 10] -> [3, 2, 1, 4]. `ids` must be sorted and distinct. */
export function encodeIds(ids: IdList): number[] {
  return ids.map((id, index) => (index === 0 ? id : id - ids[index - 1]!));
}

/** [3, 2, 1, 4] -> [3, 5, 6, 10]. */
export function decodeIds(gaps: IdList): number[] {
  let last = 0;
  return gaps.map((gap, index) => (last = index === 0 ? gap : last + gap));
}

/** The ids in both sorted lists, sorted. */
export function intersectIds(a: IdList, b: IdList): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both.push(a[i]!);
      i++;
      j++;
    }
  }
  return both;
}

/** The ids in any of the sorted lists, sorted and distinct. */
export function unionIds(lists: readonly IdList[]): number[] {
  return [...new Set(lists.flat())].sort((x, y) => x - y);
}

/** How many ids of sorted `a` are in sorted `b`. */
export function countShared(a: IdList, b: IdList): number {
  return intersectIds(a, b).length;
}

/** 0, 1, … count - 1: everyone, when nothing narrows the search. */
export function allIds(count: number): number[] {
  return Array.from({ length: count }, (_, id) => id);
}
