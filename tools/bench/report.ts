import type { BuildResult } from './measure-build.ts';
import type { DistFigures } from './measure-dist.ts';
import type { MatchFigures } from './measure-match.ts';
import type { SearchFigures } from './measure-search.ts';

/** A measured figure; `value` is text when it could not be measured. Budgets hold at 10,000 contacts. */
export interface Figure {
  name: string;
  value: number | string;
  unit: string;
  budget?: { limit: number; label: string };
}

const KB = 1024;
const MB = 1024 * 1024;
const round = (value: number, digits: number) => Number(value.toFixed(digits));
const kilobytes = (bytes: number) => round(bytes / KB, 1);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function figures(
  build: BuildResult,
  indexSeconds: number | undefined,
  dist: DistFigures,
  search: SearchFigures | string,
): Figure[] {
  const list: Figure[] = [
    {
      name: 'build total',
      value: round(build.seconds, 1),
      unit: 's',
      budget: { limit: 60, label: '60 s' },
    },
    ...(indexSeconds === undefined
      ? []
      : [{ name: 'pagefind indexing', value: round(indexSeconds, 1), unit: 's' }]),
    {
      name: 'build peak memory',
      value: Math.round(build.peakBytes / MB),
      unit: 'MB',
      budget: { limit: 3 * KB, label: '3 GB' },
    },
    { name: 'html pages', value: dist.htmlPages, unit: 'pages' },
    { name: 'dist size', value: round(dist.bytes / MB, 1), unit: 'MB' },
    { name: 'dist files', value: dist.files, unit: 'files' },
  ];
  const profileBudget = { limit: 3, label: '3 KB' };
  if (dist.profileGzip) {
    list.push(
      { name: 'profile pages', value: dist.profileGzip.count, unit: 'pages' },
      {
        name: 'profile page gzip median',
        value: round(dist.profileGzip.median / KB, 2),
        unit: 'KB',
        budget: profileBudget,
      },
      { name: 'profile page gzip min', value: round(dist.profileGzip.min / KB, 2), unit: 'KB' },
      {
        name: 'profile page gzip max',
        value: round(dist.profileGzip.max / KB, 2),
        unit: 'KB',
        budget: profileBudget,
      },
    );
  } else {
    list.push({
      name: 'profile pages',
      value: 'not measured (no dist/directory/<slug>/index.html)',
      unit: '',
    });
  }
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
