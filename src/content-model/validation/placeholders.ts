/**
 * The institution placeholders in content (src/shared/institution-names.ts): a misspelt one is
 * refused with the ones that exist, and the known ones are filled with site.config.yaml's names
 * as each entry is read, so every page, calendar file and index shows the names, never a "%".
 */
import {
  fillNames,
  KNOWN_PLACEHOLDERS,
  PLACEHOLDERS,
  placeholdersIn,
  type InstitutionNames,
} from '../../shared/institution-names.ts';
import { suggest } from './suggest.ts';
import { fieldName, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

/** What a misspelt placeholder is told: the placeholder meant, and the ones there are. */
export function unknownPlaceholderMessage(placeholder: string): string {
  const meant = suggest(placeholder.toLowerCase(), Object.keys(PLACEHOLDERS));
  return `"${placeholder}" is not a placeholder${meant === undefined ? '' : `; did you mean "${meant}"?`} (expected ${KNOWN_PLACEHOLDERS}: %institution% for the full name of the institution, %institution-short% for its name in a sentence, both from site.config.yaml)`;
}

/** Every text of `value`, with its path. */
function* textsOf(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* textsOf(item, [...path, index]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...path, key]);
}

/** An unknown placeholder in any text field of `data`, read from `source` (under `prefix`). */
export function placeholderProblems(
  source: YamlSource,
  data: unknown,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of textsOf(data, [...prefix]))
    for (const { placeholder, known } of placeholdersIn(text)) {
      if (known) continue;
      problems.push({
        severity: 'error',
        file: source.file,
        ...source.locateWithin(path, placeholder),
        field: fieldName(path),
        message: unknownPlaceholderMessage(placeholder),
      });
    }
  return problems;
}

/** `data` with the placeholders of its texts filled; each text is a field value of its own. */
export function withNames<T>(data: T, names: InstitutionNames | undefined): T {
  if (names === undefined) return data;
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') return fillNames(value, names);
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
    return value;
  };
  return fill(data) as T;
}
