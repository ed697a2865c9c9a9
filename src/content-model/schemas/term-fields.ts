/**
 * Fields that hold the ids of taxonomy terms. The field says which taxonomy it refers to, so the
 * reference checks, browse pages, search facets and the contact view all learn it from the schema.
 */
import { z } from 'astro/zod';
import { TAXONOMIES, type TaxonomyName } from '../taxonomies.ts';
import { id, idList } from './fields.ts';

const termFieldRegistry = z.registry<{ taxonomy: TaxonomyName }>();

/** One term id, such as `department: termId('departments')`. */
export function termId(taxonomy: TaxonomyName) {
  const { label, file } = TAXONOMIES[taxonomy];
  return id.describe(`A ${label} id from ${file}.`).register(termFieldRegistry, { taxonomy });
}

/** A list of term ids with no repeats, such as `askMeAbout: termIds('topics', { min: 1, max: 8 })`. */
export function termIds(taxonomy: TaxonomyName, bounds?: { min?: number; max?: number }) {
  const { label, file } = TAXONOMIES[taxonomy];
  return idList(`${label} ids from ${file}`, bounds).register(termFieldRegistry, { taxonomy });
}

export interface TermField {
  field: string;
  taxonomy: TaxonomyName;
}

/** The taxonomy whose ids `schema` itself holds (made by termId or termIds), if any. */
export function taxonomyOfSchema(schema: z.core.$ZodType): TaxonomyName | undefined {
  return termFieldRegistry.get(schema as z.ZodType)?.taxonomy;
}

/** The taxonomy a field refers to, looking through `.optional()` and `.default()`. */
function taxonomyOfField(schema: z.core.$ZodType): TaxonomyName | undefined {
  const found = termFieldRegistry.get(schema as z.ZodType);
  if (found) return found.taxonomy;
  const inner = (schema._zod.def as { innerType?: z.core.$ZodType }).innerType;
  return inner ? taxonomyOfField(inner) : undefined;
}

/** The top-level fields of an entry schema that hold term ids, with their taxonomy. */
export function termFields(schema: z.ZodObject): TermField[] {
  return Object.entries(schema.shape).flatMap(([field, fieldSchema]) => {
    const taxonomy = taxonomyOfField(fieldSchema as z.core.$ZodType);
    return taxonomy ? [{ field, taxonomy }] : [];
  });
}

/** The term ids an entry holds in one field: none, one or a list. */
export function termIdsIn(data: object, field: string): string[] {
  const value = (data as Record<string, unknown>)[field];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
