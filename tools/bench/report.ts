import type { BuildResult } from './measure-build.ts';
import type { FloorResult } from './floor.ts';
import type { DistFigures } from './measure-dist.ts';
import type { MatchFigures } from './measure-match.ts';
import type { SearchFigures } from './measure-search.ts';
import type { PageAudit } from './page-audit.ts';

/** A measured figure; `value` is text when it could not be measured. Budgets hold at 10,000 contacts. */
export interface Figure {
  name: string;
  value: number | string;
  unit: string;
  budget?: { limit: number; label: string };
}

type Budget = NonNullable<Figure['budget']>;

const KB = 1024;
const MB = 1024 * 1024;
const round = (value: number, digits: number) => Number(value.toFixed(digits));
const kilobytes = (bytes: number) => round(bytes / KB, 1);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The issue's budgets, for 10,000 contacts on 2 cores (issue 15). */
export const BUDGETS = {
  floorRatio: { limit: 2, label: '2.0 x the floor' },
  peakMemoryMb: { limit: 1536, label: '1.5 GB' },
  profileGzipKb: { limit: 2, label: '2.0 KB' },
  listingGzipKb: { limit: 8, label: '8 KB' },
  none: { limit: 0, label: '0' },
} as const;

/** Ours over the floor, to two decimals; undefined when the floor did not build. */
export const floorRatio = (oursSeconds: number, floorSeconds: number | undefined) =>
  floorSeconds === undefined || floorSeconds <= 0
    ? undefined
    : round(oursSeconds / floorSeconds, 2);

/** A count of pages that should be none, with the first few named so they can be found. */
function pageCount(name: string, urls: readonly string[]): Figure {
  const shown = urls.slice(0, 3).join(', ');
  const more = urls.length > 3 ? `, ... ${urls.length - 3} more` : '';
  return {
    name,
    value: urls.length,
    unit: urls.length ? `pages (${shown}${more})` : 'pages',
    budget: BUDGETS.none,
  };
}

/** Build time and memory, ours beside the floor's. */
export function buildFigures(build: BuildResult, floor: FloorResult | string): Figure[] {
  const floorSeconds = typeof floor === 'string' ? undefined : floor.seconds;
  const ratio = floorRatio(build.seconds, floorSeconds);
  return [
    { name: 'build total (ours, npm run build)', value: round(build.seconds, 1), unit: 's' },
    ...(typeof floor === 'string'
      ? [{ name: 'floor', value: floor, unit: '' }]
      : [
          { name: 'floor: astro build', value: round(floor.astro.seconds, 1), unit: 's' },
          {
            name: 'floor: pagefind --site dist',
            value: round(floor.pagefind?.seconds ?? 0, 1),
            unit: 's',
          },
          { name: 'floor: together', value: round(floor.seconds, 1), unit: 's' },
        ]),
    {
      name: 'build time ratio (ours / floor)',
      value: ratio ?? 'not measured (the floor did not build)',
      unit: ratio === undefined ? '' : 'x',
      budget: BUDGETS.floorRatio,
    },
    { name: 'build processor time (ours)', value: round(build.cpuSeconds, 1), unit: 's' },
    ...(typeof floor === 'string'
      ? []
      : [
          { name: 'floor processor time', value: round(floor.cpuSeconds, 1), unit: 's' },
          {
            name: 'processor time ratio (ours / floor, steadier under load)',
            value: floorRatio(build.cpuSeconds, floor.cpuSeconds) ?? '-',
            unit: 'x',
          },
        ]),
    {
      name: 'build peak memory (ours)',
      value: Math.round(build.peakBytes / MB),
      unit: 'MB',
      budget: BUDGETS.peakMemoryMb,
    },
    ...(typeof floor === 'string'
      ? []
      : [{ name: 'floor peak memory', value: Math.round(floor.peakBytes / MB), unit: 'MB' }]),
  ];
}

/** Page sizes, shipped Pagefind files and the per-page policy (tools/bench/page-audit.ts). */
export function pageFigures(audit: PageAudit): Figure[] {
  const list: Figure[] = [{ name: 'html pages', value: audit.pages, unit: 'pages' }];
  const sizes = (
    label: string,
    summary: PageAudit['profileGzip'],
    budget: Budget,
    maxBudget: Budget | undefined,
    largest?: string,
  ) =>
    summary
      ? [
          { name: `${label} pages`, value: summary.count, unit: 'pages' },
          {
            name: `${label} page gzip median`,
            value: round(summary.median / KB, 2),
            unit: 'KB',
            budget,
          },
          {
            name: `${label} page gzip max`,
            value: round(summary.max / KB, 2),
            unit: largest ? `KB (${largest})` : 'KB',
            ...(maxBudget ? { budget: maxBudget } : {}),
          },
        ]
      : [{ name: `${label} pages`, value: 'not measured (none built)', unit: '' }];
  list.push(
    ...sizes('profile', audit.profileGzip, BUDGETS.profileGzipKb, undefined),
    ...sizes(
      'directory listing',
      audit.listingGzip,
      BUDGETS.listingGzipKb,
      BUDGETS.listingGzipKb,
      audit.largestListing,
    ),
  );
  const unused = audit.unusedPagefindFiles;
  list.push(
    {
      name: 'Pagefind files no page uses',
      value: unused.length,
      unit: unused.length
        ? `files, ${kilobytes(unused.reduce((total, file) => total + file.bytes, 0))} KB (${unused.map((file) => file.name).join(', ')})`
        : 'files',
      budget: BUDGETS.none,
    },
    { name: 'pages that run Pagefind search', value: audit.searchPages.length, unit: 'pages' },
    pageCount(
      "CSP with 'wasm-unsafe-eval' or worker-src on a page without search",
      audit.searchAllowancesWithoutSearch,
    ),
    pageCount('CSP <meta> missing or after a stylesheet or script', audit.policyNotFirst),
  );
  return list;
}

export function figures(
  indexSeconds: number | undefined,
  dist: DistFigures,
  search: SearchFigures | string,
): Figure[] {
  const list: Figure[] = [
    ...(indexSeconds === undefined
      ? []
      : [
          {
            name: 'search index written after the pages (ours)',
            value: round(indexSeconds, 1),
            unit: 's',
          },
        ]),
    { name: 'dist size', value: round(dist.bytes / MB, 1), unit: 'MB' },
    { name: 'dist files', value: dist.files, unit: 'files' },
  ];
  list.push(
    { name: 'Pagefind facet files (header search)', value: dist.facetFiles.count, unit: 'files' },
    { name: 'Pagefind facet data', value: kilobytes(dist.facetFiles.bytes), unit: 'KB' },
    { name: 'directory index files', value: dist.directoryIndex.count, unit: 'files' },
    { name: 'directory index data', value: kilobytes(dist.directoryIndex.bytes), unit: 'KB' },
  );
  if (typeof search === 'string') return [...list, { name: 'search', value: search, unit: '' }];
  return [
    ...list,
    {
      name: 'first search (all after the page HTML and CSS)',
      value: kilobytes(search.firstSearchBytes),
      unit: 'KB',
      budget: { limit: 150, label: '150 KB' },
    },
    ...Object.entries(search.firstSearchParts).map(([part, bytes]) => ({
      name: `  of which ${part}`,
      value: kilobytes(bytes),
      unit: 'KB',
    })),
    {
      name: 'first search facet data fetched',
      value: kilobytes(search.firstSearchFacetBytes),
      unit: 'KB',
    },
    {
      name: 'first search page load (all)',
      value: kilobytes(search.firstPageLoadBytes),
      unit: 'KB',
    },
    {
      name: 'second query',
      value: kilobytes(search.secondQueryBytes),
      unit: 'KB',
      budget: { limit: 60, label: '60 KB' },
    },
    {
      name: 'typo query (vocabulary and corrected search)',
      value: kilobytes(search.typoQueryBytes),
      unit: 'KB',
      budget: { limit: 60, label: '60 KB' },
    },
    {
      name: `results after Enter, median of ${search.resultTimes.length} queries`,
      value: round(median(search.resultTimes), 1),
      unit: 'ms',
      budget: { limit: 100, label: '100 ms' },
    },
    {
      name: 'results after Enter, slowest',
      value: round(Math.max(...search.resultTimes), 1),
      unit: 'ms',
    },
  ];
}

const withinBudget = (figure: Figure) =>
  figure.budget && typeof figure.value === 'number'
    ? figure.value <= figure.budget.limit
    : undefined;

export function formatTable(list: Figure[]): string {
  return list
    .map((figure) => {
      const ok = withinBudget(figure);
      const budget =
        figure.budget && ok !== undefined
          ? ` (budget ${figure.budget.label}: ${ok ? 'ok' : 'over'})`
          : '';
      return `${figure.name}: ${figure.value}${figure.unit ? ` ${figure.unit}` : ''}${budget}`;
    })
    .join('\n');
}

export const formatJson = (contacts: number, list: Figure[]) =>
  JSON.stringify(
    {
      contacts,
      figures: list.map((figure) => ({ ...figure, withinBudget: withinBudget(figure) })),
    },
    null,
    2,
  );

/** The guided match's figures, beside its budget (tools/bench/measure-match.ts). */
export function matchFigures(match: MatchFigures | string): Figure[] {
  if (typeof match === 'string') return [{ name: 'guided match', value: match, unit: '' }];
  return [
    {
      name: `guided match data (largest goal, ${match.contacts} contacts)`,
      value: kilobytes(match.dataGzipBytes),
      unit: 'KB gzip',
    },
    {
      name: 'guided match results after data loaded (median)',
      value: round(match.resultsMs, 1),
      unit: 'ms',
      budget: { limit: 100, label: '100 ms' },
    },
  ];
}
