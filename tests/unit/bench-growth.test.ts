import { describe, expect, it } from 'vitest';
import { formatGrowth, parseGrowthSizes } from '../../tools/bench/growth.ts';

const MB = 1024 * 1024;

describe('the growth table', () => {
  it('takes its sizes from --growth, or builds 1,000, 10,000 and 30,000 contacts', () => {
    expect(parseGrowthSizes('')).toEqual([1000, 10000, 30000]);
    expect(parseGrowthSizes('2000, 500')).toEqual([500, 2000]);
    expect(parseGrowthSizes('500,x')).toBe(
      '--growth takes contact counts separated by commas, such as 1000,10000,30000, not "500,x"',
    );
  });

  it('shows time, memory and what each 1,000 more contacts add', () => {
    expect(
      formatGrowth([
        {
          contacts: 1000,
          ours: { seconds: 10, peakBytes: 500 * MB },
          floor: { seconds: 5, peakBytes: 300 * MB },
        },
        {
          contacts: 10000,
          ours: { seconds: 46, peakBytes: 1400 * MB },
          floor: { seconds: 23, peakBytes: 750 * MB },
        },
        { contacts: 30000, ours: undefined, floor: undefined },
      ]),
    ).toBe(
      [
        'contacts  ours s  ours MB  floor s  floor MB  ratio  ours +s/1k  ours +MB/1k  floor +s/1k  floor +MB/1k',
        '    1000    10.0      500      5.0       300   2.00           -            -            -             -',
        '   10000    46.0     1400     23.0       750   2.00        4.00        100.0         2.00          50.0',
        '   30000       -        -        -         -      -           -            -            -             -',
      ].join('\n'),
    );
  });
});
