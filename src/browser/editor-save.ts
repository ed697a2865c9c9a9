/**
 * Run by the web editor (/admin/) before Decap CMS saves an entry, so the file holds only what the
 * editor filled in. Decap writes an optional field that was typed in and then cleared as `""`
 * (which validate refuses, and the form cannot remove) and a list emptied again as `[]`.
 */

/** Decap's immutable Map and List, as far as pruning needs them. */
interface Collection {
  map(transform: (value: unknown) => unknown): Collection;
  filter(keep: (value: unknown) => boolean): Collection;
  readonly size: number;
}

const isCollection = (value: unknown): value is Collection =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { toJS?: unknown }).toJS === 'function';

/** `value` without blank text, nor lists and groups left empty; undefined when nothing is left. */
export function withoutEmptyValues(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (!isCollection(value)) return value;
  const kept = value.map((item) => withoutEmptyValues(item)).filter((item) => item !== undefined);
  return kept.size === 0 ? undefined : kept;
}

interface DecapCms {
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: { get(key: 'data'): unknown } }) => unknown;
  }): void;
}

const cms = typeof window === 'undefined' ? undefined : (window as { CMS?: DecapCms }).CMS;
cms?.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => withoutEmptyValues(entry.get('data')) ?? entry.get('data'),
});
