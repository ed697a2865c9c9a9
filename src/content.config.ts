import { defineCollection } from 'astro:content';
import { validatedFolder, validatedList } from './content-model/loader.ts';
import { entrySources as entries, taxonomySources as taxonomies } from './content-model/sources.ts';

// The loaders hand over what the content-validation integration parsed and checked, with line
// numbers, before the build began. Each collection is spelt out so that Astro infers its own data
// type from the schema.
export const collections = {
  departments: defineCollection({
    loader: validatedList('departments'),
    schema: taxonomies.departments.schema,
  }),
  topics: defineCollection({ loader: validatedList('topics'), schema: taxonomies.topics.schema }),
  locations: defineCollection({
    loader: validatedList('locations'),
    schema: taxonomies.locations.schema,
  }),
  goals: defineCollection({ loader: validatedList('goals'), schema: taxonomies.goals.schema }),
  questions: defineCollection({
    loader: validatedList('questions'),
    schema: taxonomies.questions.schema,
  }),
  contacts: defineCollection({
    loader: validatedFolder('contacts'),
    schema: entries.contacts.schema,
  }),
  groups: defineCollection({ loader: validatedFolder('groups'), schema: entries.groups.schema }),
  workshops: defineCollection({
    loader: validatedFolder('workshops'),
    schema: entries.workshops.schema,
  }),
  guides: defineCollection({ loader: validatedFolder('guides'), schema: entries.guides.schema }),
};
