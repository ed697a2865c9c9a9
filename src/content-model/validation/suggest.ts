import { closest, distance } from 'fastest-levenshtein';

/** The known value an editor most likely meant, or undefined when nothing is close. */
export function suggest(typed: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(typed, [...known]);
  const allowed = Math.max(2, Math.floor(typed.length / 3));
  return distance(typed, candidate) <= allowed ? candidate : undefined;
}

export function didYouMean(typed: string, known: readonly string[]): string {
  const candidate = suggest(typed, known);
  return candidate === undefined ? '' : `; did you mean "${candidate}"?`;
}
