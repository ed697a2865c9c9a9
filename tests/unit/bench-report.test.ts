import { describe, expect, it } from 'vitest';
import type { FloorResult } from '../../tools/bench/floor.ts';
import type { BuildResult } from '../../tools/bench/measure-build.ts';
import type { PageAudit } from '../../tools/bench/page-audit.ts';
import { buildFigures, floorRatio, formatTable, pageFigures } from '../../tools/bench/report.ts';

const MB = 1024 * 1024;
const run = (seconds: number, peakMb: number, cpuSeconds = seconds * 1.5): BuildResult => ({
  ok: true,
  seconds,
  peakBytes: peakMb * MB,
  cpuSeconds,
  log: '',
  lines: [],
});
const floor: FloorResult = {
  astro: run(14, 1100),
  pagefind: run(9, 1500),
  seconds: 23,
  peakBytes: 1500 * MB,
  cpuSeconds: 30,
  ok: true,
};

describe('the ratio to the floor', () => {
  it('is our time over the floor time, to two decimals', () => {
    expect(floorRatio(46, 23)).toBe(2);
    expect(floorRatio(61.3, 23)).toBe(2.67);
    expect(floorRatio(46, undefined)).toBe(undefined);
    expect(floorRatio(46, 0)).toBe(undefined);
  });
});

describe('the build figures', () => {
  it('put our time beside the floor, with the ratio and memory against their budgets', () => {
    expect(formatTable(buildFigures(run(61.3, 2027, 75), floor))).toBe(
      [
        'build total (ours, npm run build): 61.3 s',
        'floor: astro build: 14 s',
        'floor: pagefind --site dist: 9 s',
        'floor: together: 23 s',
        'build time ratio (ours / floor): 2.67 x (budget 2.0 x the floor: over)',
        'build processor time (ours): 75 s',
        'floor processor time: 30 s',
        'processor time ratio (ours / floor, steadier under load): 2.5 x',
        'build peak memory (ours): 2027 MB (budget 1.5 GB: over)',
        'floor peak memory: 1500 MB',
      ].join('\n'),
    );
    const lines = formatTable(buildFigures(run(40, 1536), floor)).split('\n');
    expect([lines[4], lines[8]]).toEqual([
      'build time ratio (ours / floor): 1.74 x (budget 2.0 x the floor: ok)',
      'build peak memory (ours): 1536 MB (budget 1.5 GB: ok)',
    ]);
  });

  it('say so when the floor did not build', () => {
    expect(formatTable(buildFigures(run(40, 900), 'failed (no pages)'))).toBe(
      [
        'build total (ours, npm run build): 40 s',
        'floor: failed (no pages)',
        'build time ratio (ours / floor): not measured (the floor did not build)',
        'build processor time (ours): 60 s',
        'build peak memory (ours): 900 MB (budget 1.5 GB: ok)',
      ].join('\n'),
    );
  });
});

describe('the page figures', () => {
  const audit: PageAudit = {
    pages: 11443,
    profileGzip: { count: 10000, median: 2816, max: 3062 },
    listingGzip: { count: 1210, median: 3641.5, max: 6246 },
    largestListing: '/directory/',
    searchAllowancesWithoutSearch: ['/404.html', '/topics/', '/goals/', '/guides/'],
    searchPages: ['/search/'],
    policyNotFirst: [],
    unusedPagefindFiles: [
      { name: 'pagefind-ui.js', bytes: 126634 },
      { name: 'wasm.unknown.pagefind', bytes: 55386 },
    ],
  };

  it('hold page sizes, unused Pagefind files and each page policy to their budgets', () => {
    expect(formatTable(pageFigures(audit))).toBe(
      [
        'html pages: 11443 pages',
        'profile pages: 10000 pages',
        'profile page gzip median: 2.75 KB (budget 2.0 KB: over)',
        'profile page gzip max: 2.99 KB',
        'directory listing pages: 1210 pages',
        'directory listing page gzip median: 3.56 KB (budget 8 KB: ok)',
        'directory listing page gzip max: 6.1 KB (/directory/) (budget 8 KB: ok)',
        'Pagefind files no page uses: 2 files, 177.8 KB (pagefind-ui.js, wasm.unknown.pagefind) (budget 0: over)',
        'pages that run Pagefind search: 1 pages',
        "CSP with 'wasm-unsafe-eval' or worker-src on a page without search: 4 pages (/404.html, /topics/, /goals/, ... 1 more) (budget 0: over)",
        'CSP <meta> missing or after a stylesheet or script: 0 pages (budget 0: ok)',
      ].join('\n'),
    );
  });

  it('say when no profile or listing was built', () => {
    const none = { ...audit, profileGzip: undefined, listingGzip: undefined };
    expect(
      formatTable(pageFigures(none))
        .split('\n')
        .filter((line) => line.includes('pages:') && !line.includes('Pagefind')),
    ).toEqual([
      'html pages: 11443 pages',
      'profile pages: not measured (none built)',
      'directory listing pages: not measured (none built)',
    ]);
  });
});
