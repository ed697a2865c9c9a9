/** How build time and memory grow with the number of contacts: npm run bench -- --growth. */

export const DEFAULT_GROWTH_SIZES = [1000, 10_000, 30_000];

export interface GrowthRow {
  contacts: number;
  ours: { seconds: number; peakBytes: number } | undefined;
  floor: { seconds: number; peakBytes: number } | undefined;
}

/** "1000,10000,30000" (or the default when empty) as ascending whole numbers, or a message. */
export function parseGrowthSizes(text: string): number[] | string {
  if (text.trim() === '') return DEFAULT_GROWTH_SIZES;
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    return `--growth takes contact counts separated by commas, such as 1000,10000,30000, not "${text}"`;
  return [...new Set(sizes)].sort((a, b) => a - b);
}

const MB = 1024 * 1024;
const cell = (value: number | undefined, digits: number) =>
  value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);

/** Per 1,000 contacts more than the row before: equal steps mean linear growth. */
function increment(
  rows: readonly GrowthRow[],
  at: number,
  pick: (row: GrowthRow) => number | undefined,
): number | undefined {
  const row = rows[at];
  const previous = rows[at - 1];
  if (!row || !previous) return undefined;
  const now = pick(row);
  const before = pick(previous);
  if (now === undefined || before === undefined) return undefined;
  return (now - before) / ((row.contacts - previous.contacts) / 1000);
}

/** The growth table: time and memory at each size, ours and the floor's, and their increments. */
export function formatGrowth(rows: readonly GrowthRow[]): string {
  const header = [
    'contacts',
    'ours s',
    'ours MB',
    'floor s',
    'floor MB',
    'ratio',
    'ours +s/1k',
    'ours +MB/1k',
    'floor +s/1k',
    'floor +MB/1k',
  ];
  const body = rows.map((row, at) => {
    const oursS = row.ours?.seconds;
    const floorS = row.floor?.seconds;
    return [
      String(row.contacts),
      cell(oursS, 1),
      cell(row.ours && row.ours.peakBytes / MB, 0),
      cell(floorS, 1),
      cell(row.floor && row.floor.peakBytes / MB, 0),
      cell(oursS !== undefined && floorS ? oursS / floorS : undefined, 2),
      cell(
        increment(rows, at, (r) => r.ours?.seconds),
        2,
      ),
      cell(
        increment(rows, at, (r) => r.ours && r.ours.peakBytes / MB),
        1,
      ),
      cell(
        increment(rows, at, (r) => r.floor?.seconds),
        2,
      ),
      cell(
        increment(rows, at, (r) => r.floor && r.floor.peakBytes / MB),
        1,
      ),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)),
  );
  return [header, ...body]
    .map((cells) => cells.map((text, column) => text.padStart(widths[column] ?? 0)).join('  '))
    .join('\n');
}
