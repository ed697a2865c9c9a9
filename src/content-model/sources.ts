/**
 * Where each collection lives in content/ and which schema checks it. The validator and
 * src/content.config.ts both read this, so the two can never disagree.
 */
import { contactSchema } from './schemas/contact.ts';
import { groupSchema } from './schemas/group.ts';
import { guideSchema } from './schemas/guide.ts';
import { questionSchema } from './schemas/question.ts';
import { workshopSchema } from './schemas/workshop.ts';
import { TAXONOMIES } from './taxonomies.ts';

export const CONTENT_DIR = 'content';
export const SITE_CONFIG_FILE = 'site.config.yaml';

/**
 * A list file: one YAML file holding a list of entries, each with an `id`, under one key
 * (listKey). The taxonomies come
 * from their registry (taxonomies.ts); the question bank is the one list that is not a taxonomy.
 */
export const taxonomySources = {
  ...TAXONOMIES,
  questions: { file: 'content/questions.yaml', schema: questionSchema, label: 'question' },
} as const;

/** A folder with one entry per file; the file name is the entry's id and URL slug. */
export const entrySources = {
  // `page` and `match` are taken by the directory's own pages (/directory/page/2/, /directory/match/).
  contacts: {
    dir: 'content/contacts',
    extensions: ['.yaml'],
    format: 'yaml',
    schema: contactSchema,
    reserved: ['page', 'match'],
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

/** The list files: the taxonomies and the question bank. */
export type ListName = keyof typeof taxonomySources;

/**
 * The one key of a list file, with its items indented under it: the list's name
 * (`departments:`). A file that is a bare list cannot be edited in the web editor
 * (decaporg/decap-cms#531). Everything that reads or describes a list file asks this.
 */
export const listKey = (name: ListName): string => name;
export type EntryCollectionName = keyof typeof entrySources;
