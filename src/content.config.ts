import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { entrySources, taxonomySources } from './lib/content-sources.ts';

// Everything here was already checked, with line numbers, by the content-validation integration.
const taxonomy = <Name extends keyof typeof taxonomySources>(name: Name) =>
  defineCollection({ loader: file(taxonomySources[name].file), schema: taxonomySources[name].schema });

const entries = <Name extends keyof typeof entrySources>(name: Name) => {
  const { dir, extensions, schema } = entrySources[name];
  return defineCollection({
    loader: glob({ base: `./${dir}`, pattern: extensions.map((extension) => `*${extension}`) }),
    schema,
  });
};

export const collections = {
  departments: taxonomy('departments'),
  topics: taxonomy('topics'),
  locations: taxonomy('locations'),
  goals: taxonomy('goals'),
  contacts: entries('contacts'),
  groups: entries('groups'),
  workshops: entries('workshops'),
  guides: entries('guides'),
};
