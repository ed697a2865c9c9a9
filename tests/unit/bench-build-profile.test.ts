import { describe, expect, it } from 'vitest';
import { buildProfile, formatProfile, precheckSeconds } from '../../tools/bench/build-profile.ts';

/** A build log as tools/build.ts prints it, each line with the milliseconds since the start. */
const LOG: [number, string][] = [
  [14_000, '03:49:46 [content] Syncing content'],
  [14_200, '03:49:47 [content] Synced content'],
  [14_300, '03:49:47 [build] ✓ Completed in 1.85s.'],
  [16_000, ' generating static routes '],
  [16_500, '03:49:49   ├─ /404.html (+17ms) '],
  [42_000, '03:50:06 ✓ Completed in 26.0s.'],
  [42_100, '03:50:06 [build] ✓ Completed in 27.3s.'],
  [44_000, '03:50:08 [@astrojs/sitemap] `sitemap-index.xml` created at `.tmp/build/staging`'],
  [
    48_000,
    '03:50:11 [networking-hub:csp-per-page] Narrowed the content security policy of 2334 of 2334 pages.',
  ],
  [
    49_000,
    '03:50:14 [build] Waiting for integration "networking-hub:pagefind", hook "astro:build:done"...',
  ],
  [58_000, '03:50:25 [networking-hub:pagefind] Indexed 2334 pages for search in 10.0 s.'],
  [
    58_500,
    '03:50:25 [networking-hub:web-editor] Wrote the web editor to admin/ (97 bundle files).',
  ],
  [58_600, '03:50:25 [build] 2334 page(s) built in 40.43s'],
  [58_700, '03:50:25 [build] Complete!'],
  [60_000, 'Published the new site to dist/.'],
];
const lines = (log: [number, string][]) => log.map(([ms, text]) => ({ ms, text }));

describe('the build profile', () => {
  it('times each phase from the line that ends it', () => {
    expect(buildProfile(lines(LOG), 60.5)).toEqual([
      { name: 'validation (precheck) and start-up', seconds: 14 },
      { name: 'content sync', seconds: 0.2 },
      { name: 'types, build info, bundling', seconds: 1.8 },
      { name: 'rendering ("generating static routes")', seconds: 26 },
      { name: 'sitemap', seconds: 2 },
      { name: 'CSP pass', seconds: 4 },
      { name: 'Pagefind', seconds: 10 },
      { name: 'web editor', seconds: 0.5 },
      { name: 'rest of astro:build:done', seconds: 0.2 },
      { name: 'swap into place', seconds: 1.3 },
      { name: 'exit', seconds: 0.5 },
    ]);
  });

  it('times the search index after Astro has finished, as npm run build now runs it', () => {
    const log: [number, string][] = [
      ...LOG.slice(0, 8),
      [
        44_500,
        '03:50:09 [networking-hub:web-editor] Wrote the web editor to admin/ (97 bundle files).',
      ],
      [44_600, '03:50:09 [build] Complete!'],
      [51_600, '[networking-hub:pagefind] Indexed 2000 pages for search in 6.8 s.'],
      [52_000, 'Published the new site to dist/.'],
    ];
    expect(buildProfile(lines(log), 52).slice(4)).toEqual([
      { name: 'sitemap', seconds: 2 },
      { name: 'web editor', seconds: 0.5 },
      { name: 'rest of astro:build:done', seconds: 0.1 },
      { name: 'Pagefind', seconds: 7 },
      { name: 'swap into place', seconds: 0.4 },
      { name: 'exit', seconds: 0 },
    ]);
  });

  it('splits validation from start-up when the build prints its precheck time', () => {
    const log: [number, string][] = [
      [9_000, '[networking-hub:build-timings] precheck 8.9 s'],
      ...LOG,
    ];
    expect(buildProfile(lines(log), 60).slice(0, 2)).toEqual([
      { name: 'validation (precheck)', seconds: 9 },
      { name: 'start-up: Node, Astro, config', seconds: 5 },
    ]);
  });

  it('follows the astro:build:done passes in the order they ran, and leaves out a missing one', () => {
    const sitemap = LOG.find(([, text]) => text.includes('[@astrojs/sitemap]'))!;
    const moved = LOG.filter(
      ([, text]) => !text.includes('csp-per-page') && !text.includes('[@astrojs/sitemap]'),
    );
    moved.splice(moved.findIndex(([, text]) => text.includes('web-editor')) + 1, 0, [
      58_550,
      sitemap[1],
    ]);
    expect(
      buildProfile(lines(moved), 60)
        .slice(4, 8)
        .map((phase) => phase.name),
    ).toEqual(['Pagefind', 'web editor', 'sitemap', 'rest of astro:build:done']);
  });

  it('prints each phase with its seconds and share of the build', () => {
    expect(
      formatProfile(
        [
          { name: 'rendering', seconds: 30 },
          { name: 'Pagefind', seconds: 10 },
        ],
        40,
      ),
    ).toBe('  rendering    30.0 s   75%\n  Pagefind     10.0 s   25%');
  });
});

describe('the content check run apart', () => {
  it('reports the seconds it printed', () => {
    expect(precheckSeconds('precheck 12.34 s\n')).toBe(12.34);
    expect(precheckSeconds('Error: content/contacts/a.yaml:3:1 ...')).toBe(undefined);
  });
});
