import type { z } from 'astro/zod';
import { describeValue } from '../schemas/describe-value.ts';
import { fieldName, type Problem } from './problem.ts';
import { suggest } from './suggest.ts';
import { termFields } from '../schemas/term-fields.ts';
import { unknownTermMessage, type TaxonomyChoices } from './term-names.ts';
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

/** `accent: #003366`: YAML reads all after " #" as a comment, so the value is empty. */
function commentedOutMessage(path: readonly PropertyKey[], comment: string): string {
  const last = path.at(-1);
  const value = `"#${comment.trim()}"`;
  const example = typeof last === 'number' ? `- ${value}` : `${String(last ?? 'field')}: ${value}`;
  return `is empty, because YAML reads everything after " #" as a note to itself (expected the value in quotes: put it in quotes, as in ${example})`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) =>
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[part]
        : undefined,
    data,
  );
}

/**
 * For a term field holding something other than an id (`department: Finance`), the message that
 * names the term meant; `terms` are the taxonomies' terms, when known.
 */
function termProblem(
  schema: AnySchema,
  issuePath: readonly PropertyKey[],
  value: unknown,
  terms: TaxonomyChoices | undefined,
): string | undefined {
  if (terms === undefined || typeof value !== 'string') return undefined;
  const [field, index, ...rest] = issuePath;
  if (rest.length > 0 || (index !== undefined && typeof index !== 'number')) return undefined;
  if (!('shape' in (schema._zod.def as object))) return undefined;
  const term = termFields(schema as z.ZodObject).find((candidate) => candidate.field === field);
  return term && unknownTermMessage(value, term.taxonomy, terms);
}

/**
 * Turns Zod issues into problems pinned to lines, leaving out those in text that a syntax
 * error spoiled (their true values cannot be known). `pathPrefix` is where the entry sits in its
 * file (an index for the items of a taxonomy list).
 */
export function schemaProblems(
  source: YamlSource,
  schema: AnySchema,
  issues: readonly z.core.$ZodIssue[],
  pathPrefix: readonly PropertyKey[] = [],
  terms?: TaxonomyChoices,
): Problem[] {
  const problems: Problem[] = [];
  // A misspelt field (`emial`) also makes the real one (`email`) missing: report only the misspelling.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, issue.path);
    const path = [...pathPrefix, ...issue.path];
    for (const key of issue.keys) {
      if (!source.intact(path, key)) continue;
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
    if (!source.intact(path)) continue;
    const comment = source.commentedOut(path);
    const named = termProblem(schema, issue.path, valueAt(source.data, path), terms);
    const message =
      comment !== undefined
        ? commentedOutMessage(path, comment)
        : named !== undefined
          ? named
          : /\(expected .*\)|\?$/.test(issue.message)
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
