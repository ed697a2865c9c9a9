import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entrySources as entries, taxonomySources as taxonomies } from './content-model/sources.ts';

// Everything here was already checked, with line numbers, by the content-validation integration.
// Each collection is spelt out so that Astro infers its own data type.
const folder = (source: { dir: string; extensions: readonly string[] }) =>
  glob({ base: `./${source.dir}`, pattern: source.extensions.map((extension) => `*${extension}`) });

export const collections = {
  departments: defineCollection({
    loader: file(taxonomies.departments.file),
    schema: taxonomies.departments.schema,
  }),
  topics: defineCollection({
    loader: file(taxonomies.topics.file),
    schema: taxonomies.topics.schema,
  }),
  locations: defineCollection({
    loader: file(taxonomies.locations.file),
    schema: taxonomies.locations.schema,
  }),
  goals: defineCollection({ loader: file(taxonomies.goals.file), schema: taxonomies.goals.schema }),
  questions: defineCollection({
    loader: file(taxonomies.questions.file),
    schema: taxonomies.questions.schema,
  }),
  contacts: defineCollection({ loader: folder(entries.contacts), schema: entries.contacts.schema }),
  groups: defineCollection({ loader: folder(entries.groups), schema: entries.groups.schema }),
  workshops: defineCollection({
    loader: folder(entries.workshops),
    schema: entries.workshops.schema,
  }),
  guides: defineCollection({ loader: folder(entries.guides), schema: entries.guides.schema }),
};
