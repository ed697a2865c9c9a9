/**
 * Where each collection lives in content/ and which schema checks it. The validator and
 * src/content.config.ts both read this, so the two can never disagree.
 */
import { contactSchema } from './schemas/contact.ts';
import { departmentSchema } from './schemas/department.ts';
import { goalSchema } from './schemas/goal.ts';
import { groupSchema } from './schemas/group.ts';
import { guideSchema } from './schemas/guide.ts';
import { locationSchema } from './schemas/location.ts';
import { questionSchema } from './schemas/question.ts';
import { topicSchema } from './schemas/topic.ts';
import { workshopSchema } from './schemas/workshop.ts';

export const CONTENT_DIR = 'content';
export const SITE_CONFIG_FILE = 'site.config.yaml';

/** A list file: one YAML file holding a list of entries, each with an `id` (the taxonomies and the question bank). */
export const taxonomySources = {
  departments: {
    file: 'content/taxonomies/departments.yaml',
    schema: departmentSchema,
    label: 'department',
  },
  topics: { file: 'content/taxonomies/topics.yaml', schema: topicSchema, label: 'topic' },
  locations: {
    file: 'content/taxonomies/locations.yaml',
    schema: locationSchema,
    label: 'location',
  },
  goals: { file: 'content/taxonomies/goals.yaml', schema: goalSchema, label: 'goal' },
  questions: { file: 'content/questions.yaml', schema: questionSchema, label: 'question' },
} as const;

/** A folder with one entry per file; the file name is the entry's id and URL slug. */
export const entrySources = {
  // `page` is taken by the directory's own pages (/directory/page/2/).
  contacts: {
    dir: 'content/contacts',
    extensions: ['.yaml'],
    format: 'yaml',
    schema: contactSchema,
    reserved: ['page'],
  },
  groups: {
    dir: 'content/groups',
    extensions: ['.yaml'],
    format: 'yaml',
    schema: groupSchema,
    reserved: [],
  },
  workshops: {
    dir: 'content/workshops',
    extensions: ['.md'],
    format: 'frontmatter',
    schema: workshopSchema,
    reserved: [],
  },
  guides: {
    dir: 'content/guides',
    extensions: ['.mdx'],
    format: 'frontmatter',
    schema: guideSchema,
    reserved: [],
  },
} as const;

export type TaxonomyName = keyof typeof taxonomySources;
export type EntryCollectionName = keyof typeof entrySources;
