/**
 * The taxonomy registry: the lists of terms that entries refer to by id. Every loop over
 * departments, topics, goals and locations reads it: the Astro collections and the validator
 * (through sources.ts), the reference checks (through the `termId`/`termIds` fields of the entry
 * schemas), the JSON Schemas, the browse pages, the directory's search facets, the contact view
 * and the scaffolder.
 *
 * Adding a taxonomy touches four files:
 *   1. content/taxonomies/<name>.yaml: its terms, listed under `<name>:`;
 *   2. src/content-model/schemas/<term>.ts: the schema of one term;
 *   3. this file: one entry below;
 *   4. the schema of the entries that refer to it, such as schemas/contact.ts, with a
 *      `termId('<name>')` or `termIds('<name>')` field.
 * Then `npm run schemas` regenerates the JSON Schemas and the editor settings that map them.
 * Validation, the Astro collections, browse pages, search filters and the scaffolder's checks need
 * nothing more. Profile pages and the scaffolder's questions name their fields one by one: a new
 * taxonomy appears there once someone decides where it goes (give its field a default until then).
 */
import type { z } from 'astro/zod';
import { departmentSchema } from './schemas/department.ts';
import { goalSchema } from './schemas/goal.ts';
import { locationSchema } from './schemas/location.ts';
import { topicSchema } from './schemas/topic.ts';

/** Methods rather than function properties, so every taxonomy can be handled as a `Taxonomy`. */
export interface Taxonomy<S extends z.ZodType<{ id: string }> = z.ZodType<{ id: string }>> {
  /** The list file: under the taxonomy's name (`topics:`), a YAML list of terms, each with an `id`. */
  file: string;
  schema: S;
  /** One term, as messages and descriptions say it: "department". */
  label: string;
  /** A term's short name, in lists, filters and the scaffolder's choices. */
  termName(term: z.output<S>): string;
  /** What orders the terms on pages: a name (sorted as words) or a position. */
  sortKey(term: z.output<S>): string | number;
  /** The directory search parameter and the legend of its filter; none: not a filter. */
  facet?: { param: string; legend: string };
  /** A browse page at /<name>/ with a page for each term; none: no browse pages. */
  browse?: {
    title: string;
    /** The link to the index from the directory page. */
    link: string;
    intro: string;
    /** The heading of a term's page. */
    heading(term: z.output<S>): string;
    description(term: z.output<S>): string;
  };
}

const taxonomy = <S extends z.ZodType<{ id: string }>>(definition: Taxonomy<S>) => definition;

/** In the order of the directory's filters and browse links. */
export const TAXONOMIES = {
  departments: taxonomy({
    file: 'content/taxonomies/departments.yaml',
    schema: departmentSchema,
    label: 'department',
    termName: (department) => department.name,
    sortKey: (department) => department.name,
    facet: { param: 'department', legend: 'Department' },
    browse: {
      title: 'Browse by department',
      link: 'By department',
      intro: 'Find colleagues in a department, school or office you would like to learn about.',
      heading: (department) => department.name,
      description: (department) => department.description,
    },
  }),
  topics: taxonomy({
    file: 'content/taxonomies/topics.yaml',
    schema: topicSchema,
    label: 'topic',
    termName: (topic) => topic.name,
    sortKey: (topic) => topic.name,
    facet: { param: 'topic', legend: 'Topic' },
    browse: {
      title: 'Browse by topic',
      link: 'By topic',
      intro: 'Find colleagues who have offered to talk about an area of expertise.',
      heading: (topic) => topic.name,
      description: (topic) => topic.description,
    },
  }),
  goals: taxonomy({
    file: 'content/taxonomies/goals.yaml',
    schema: goalSchema,
    label: 'goal',
    termName: (goal) => goal.label,
    sortKey: (goal) => goal.order,
    facet: { param: 'goal', legend: 'Can help you find out' },
    browse: {
      title: 'Browse by what you want to find out',
      link: 'By what you want to find out',
      intro:
        'Start from your question. Each of these colleagues has said they can help you answer it.',
      heading: (goal) => goal.question,
      description: (goal) => goal.description,
    },
  }),
  locations: taxonomy({
    file: 'content/taxonomies/locations.yaml',
    schema: locationSchema,
    label: 'location',
    termName: (location) => location.name,
    sortKey: (location) => location.name,
    facet: { param: 'location', legend: 'Location' },
  }),
};

export type TaxonomyName = keyof typeof TAXONOMIES;
export type Term<Name extends TaxonomyName> = z.output<(typeof TAXONOMIES)[Name]['schema']>;

export const TAXONOMY_NAMES = Object.keys(TAXONOMIES) as TaxonomyName[];

/** One taxonomy, typed loosely enough for code that handles any of them. */
export function taxonomyOf(name: TaxonomyName): Taxonomy {
  return TAXONOMIES[name];
}

/** The taxonomies the directory can be browsed by, each at /<name>/. */
export const BROWSE_KINDS = TAXONOMY_NAMES.filter((name) => TAXONOMIES[name].browse !== undefined);
