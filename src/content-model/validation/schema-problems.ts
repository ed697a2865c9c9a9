import type { z } from 'astro/zod';
import { describeValue } from '../schemas/describe-value.ts';
import { fieldName, type Problem } from './problem.ts';
import { suggest } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

type AnySchema = z.core.$ZodType;

/** The object schema at `path`, looking through optional, default, pipe and array wrappers. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = s._zod.def as unknown as Record<string, AnySchema | undefined> & { type: string };
    if (
      (def.type === 'optional' ||
        def.type === 'default' ||
        def.type === 'nullable' ||
        def.type === 'prefault') &&
      def['innerType']
    )
      return unwrap(def['innerType']);
    if (def.type === 'pipe' && def['in']) return unwrap(def['in']);
    return s;
  };
  for (const part of path) {
    if (current === undefined) return undefined;
    const def = unwrap(current)._zod.def as unknown as {
      type: string;
      shape?: Record<string, AnySchema>;
      element?: AnySchema;
    };
    current = typeof part === 'number' ? def.element : def.shape?.[String(part)];
  }
  return current === undefined ? undefined : unwrap(current);
}

function knownKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  const shape = (target?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Turns Zod issues into problems pinned to lines. `pathPrefix` is where the entry sits in its
 * file (an index for the items of a taxonomy list).
 */
export function schemaProblems(
  source: YamlSource,
  schema: AnySchema,
  issues: readonly z.core.$ZodIssue[],
  pathPrefix: readonly PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  // A misspelt field (`emial`) also makes the real one (`email`) missing: report only the misspelling.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, issue.path);
    const path = [...pathPrefix, ...issue.path];
    for (const key of issue.keys) {
      const suggestion = suggest(key, known);
      if (suggestion !== undefined) misspelt.add(fieldName([...path, suggestion]));
      problems.push({
        severity: 'error',
        file: source.file,
        ...source.locateKey(path, key),
        field: fieldName([...path, key]),
        message: `is not a known field${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (expected one of: ${known.join(', ')})`,
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = [...pathPrefix, ...issue.path];
    if (issue.input === undefined && misspelt.has(fieldName(path))) continue;
    const message = /\(expected .*\)|\?$/.test(issue.message)
      ? issue.message
      : `${describeValue(issue.input)} is not valid: ${issue.message} (expected a valid value for this field)`;
    problems.push({
      severity: 'error',
      file: source.file,
      ...source.locate(path),
      field: fieldName(path),
      message,
    });
  }
  return problems;
}
