import { describe, expect, it } from 'vitest';
import { pagefindSeconds, reapedChildrenCpuSeconds } from '../../tools/bench/measure-build.ts';

describe('processor time of a finished command', () => {
  it('is cutime + cstime of /proc/self/stat, read after the process name', () => {
    // The name may hold spaces and parentheses; utime 8 and stime 3 are the bench's own.
    const stat =
      '4896 (node (x) y) R 4826 4826 422 0 -1 4194304 2180 0 0 0 8 3 4512 388 20 0 7 0 5447701';
    expect(reapedChildrenCpuSeconds(stat)).toBe(49);
  });
});

describe("Pagefind's own time in the build log", () => {
  it('is the duration on its last line', () => {
    expect(
      pagefindSeconds('[networking-hub:pagefind] Indexed 11443 pages for search in 11.3 s.\n'),
    ).toBe(11.3);
    expect(pagefindSeconds('[build] Complete!\n')).toBe(undefined);
  });
});
