import type { z } from 'astro/zod';
import { defineCollection } from 'astro:content';
import { validatedFolder, validatedList } from './content-model/loader.ts';
import {
  entrySources as entries,
  taxonomySources as lists,
  type ListName,
} from './content-model/sources.ts';

// The loaders hand over what the content-validation integration parsed and checked, with line
// numbers, before the build began. Each collection keeps its own schema type, so that Astro infers
// its data type.
const list = <S extends z.core.$ZodType>(name: ListName, source: { schema: S }) =>
  defineCollection({ loader: validatedList(name), schema: source.schema });

type Lists = typeof lists;
/** One collection for each list file: the taxonomies of the registry, and the question bank. */
const listCollections = Object.fromEntries(
  Object.entries(lists).map(([name, source]) => [
    name,
    list<z.core.$ZodType>(name as ListName, source),
  ]),
) as unknown as {
  [Name in keyof Lists]: {
    loader: ReturnType<typeof validatedList>;
    schema: Lists[Name]['schema'];
  };
};

export const collections = {
  ...listCollections,
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
