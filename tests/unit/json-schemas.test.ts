import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  entrySources,
  listKey,
  taxonomySources,
  type ListName,
} from '../../src/content-model/sources.ts';
import {
  JSON_SCHEMA_DIR,
  jsonSchemas,
  jsonSchemaText,
} from '../../src/content-model/json-schemas.ts';
import { splitFrontmatter } from '../../src/content-model/validation/yaml-source.ts';
import { siteConfigSchema } from '../../src/content-model/schemas/site-config.ts';
import { readTaxonomyChoices } from '../../src/content-model/taxonomy-choices.ts';
import { FIXTURE_SITE, FIXTURES } from '../support/fixtures.ts';

/** The schemas as generated for a project's own taxonomy files. */
function schemasFor(root: string) {
  const { choices, problems } = readTaxonomyChoices(root);
  expect(problems).toEqual([]);
  return jsonSchemas(choices);
}

// The committed schemas describe this project's content/; the cross-checks use fixtures.
const committed = schemasFor('.');
const compile = (schemas: Record<string, object>) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]),
  );
};
const validators = compile(schemasFor(FIXTURE_SITE));

/**
 * The JSON Schema and the Zod schema for each kind of file, with how to read its data, and the
 * files of the fixture site to try them on (content/ is a school's own, so no test relies on it).
 */
const KINDS: {
  name: string;
  zod: z.ZodType;
  /** For a list file: the one key its items are listed under. */
  listKey?: string;
  files: string[];
  read: (text: string) => unknown;
}[] = [
  {
    name: 'site-config',
    zod: siteConfigSchema,
    files: [join(FIXTURE_SITE, 'site.config.yaml')],
    read: parse,
  },
  ...(['contacts', 'groups'] as const).map((collection) => ({
    name: collection.slice(0, -1),
    zod: entrySources[collection].schema as z.ZodType,
    files: readdirSync(join(FIXTURE_SITE, entrySources[collection].dir)).map((file) =>
      join(FIXTURE_SITE, entrySources[collection].dir, file),
    ),
    read: parse,
  })),
  ...(['workshops', 'guides'] as const).map((collection) => ({
    name: collection.slice(0, -1),
    zod: entrySources[collection].schema as z.ZodType,
    files: readdirSync(join(FIXTURE_SITE, entrySources[collection].dir)).map((file) =>
      join(FIXTURE_SITE, entrySources[collection].dir, file),
    ),
    read: (text: string): unknown => parse(splitFrontmatter(text)?.yaml ?? ''),
  })),
  ...Object.entries(taxonomySources).map(([name, source]) => ({
    name,
    zod: source.schema as z.ZodType,
    listKey: listKey(name as ListName),
    files: [join(FIXTURE_SITE, source.file)],
    read: parse,
  })),
];

/** What the validator accepts in a list file: its one key, with a list of valid items under it. */
function listAccepted(kind: (typeof KINDS)[number], key: string, data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const items = (data as Record<string, unknown>)[key];
  return (
    Object.keys(data).length === 1 &&
    Array.isArray(items) &&
    items.every((item) => kind.zod.safeParse(item).success)
  );
}

const accepts = (kind: (typeof KINDS)[number], data: unknown) => ({
  json: validators[kind.name]!(data),
  zod:
    kind.listKey === undefined
      ? kind.zod.safeParse(data).success
      : listAccepted(kind, kind.listKey, data),
});

describe('the committed JSON Schemas', () => {
  it('cover the site configuration and every kind of content file', () => {
    // Taxonomies come from the registry, so adding one needs no change here.
    expect(Object.keys(committed).sort()).toEqual(
      [
        'site-config',
        'contact',
        'group',
        'workshop',
        'guide',
        ...Object.keys(taxonomySources),
      ].sort(),
    );
  });

  it.each(Object.keys(committed))(
    'schemas/%s.schema.json is in step with the Zod schema and the taxonomy files (run npm run schemas)',
    (name) => {
      expect(readFileSync(join(JSON_SCHEMA_DIR, `${name}.schema.json`), 'utf8')).toBe(
        jsonSchemaText(committed[name]!),
      );
    },
  );

  it('are mapped in .vscode/settings.json to the files they describe', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as {
      'yaml.schemas': Record<string, string>;
    };
    const mapped = Object.keys(settings['yaml.schemas']).map((path) =>
      path.replace('./schemas/', '').replace('.schema.json', ''),
    );
    expect(mapped.sort()).toEqual(
      KINDS.filter((kind) => kind.name !== 'workshop' && kind.name !== 'guide')
        .map((kind) => kind.name)
        .sort(),
    );
  });
});

/** Every YAML file of a project, relative to it: site.config.yaml and content/**. */
function yamlFilesOf(root: string): string[] {
  const content = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => `content/${file.split(sep).join('/')}`);
  return ['site.config.yaml', ...content].sort();
}

describe('VS Code completion without the schema line', () => {
  // The web editor drops YAML comments when it saves a file, the `# yaml-language-server` line
  // too, so completion must not depend on it.
  const mapping = (
    JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as {
      'yaml.schemas': Record<string, string>;
    }
  )['yaml.schemas'];
  const schemasOf = (file: string) =>
    Object.entries(mapping)
      .filter(([, glob]) => matchesGlob(file, glob))
      .map(([schema]) => schema);

  it('finds exactly one schema for every YAML file of a site', () => {
    const files = yamlFilesOf(FIXTURE_SITE);
    expect(files).toHaveLength(66);
    expect(files.filter((file) => schemasOf(file).length !== 1)).toEqual([]);
  });

  it.each([
    ['site.config.yaml', './schemas/site-config.schema.json'],
    ['content/contacts/abel-abbott.yaml', './schemas/contact.schema.json'],
    ['content/groups/budget-holders-forum.yaml', './schemas/group.schema.json'],
    ['content/questions.yaml', './schemas/questions.schema.json'],
    ['content/taxonomies/departments.yaml', './schemas/departments.schema.json'],
    ['content/taxonomies/goals.yaml', './schemas/goals.schema.json'],
    ['content/taxonomies/locations.yaml', './schemas/locations.schema.json'],
    ['content/taxonomies/topics.yaml', './schemas/topics.schema.json'],
  ])('reads %s with %s', (file, schema) => {
    expect(schemasOf(file)).toEqual([schema]);
  });
});

describe('JSON Schemas and Zod schemas agree', () => {
  it('are tried on every kind of file, with files of the fixture site for each', () => {
    expect(KINDS.filter((kind) => kind.files.length === 0).map((kind) => kind.name)).toEqual([]);
    expect(KINDS.find((kind) => kind.name === 'contact')?.files).toHaveLength(58);
  });

  it.each(KINDS.flatMap((kind) => kind.files.map((file) => [file, kind] as const)))(
    'on %s, which both accept',
    (file, kind) => {
      expect(accepts(kind, kind.read(readFileSync(file, 'utf8')))).toEqual({
        json: true,
        zod: true,
      });
    },
  );

  // A contact of the fixture site, so its ids are known terms there.
  const contact = parse(
    readFileSync(join(FIXTURE_SITE, 'content/contacts/abel-abbott.yaml'), 'utf8'),
  ) as Record<string, unknown>;
  const contactKind = KINDS.find((kind) => kind.name === 'contact')!;
  const without = (field: string) =>
    Object.fromEntries(Object.entries(contact).filter(([key]) => key !== field));

  it.each([
    ['an email address without a domain', { ...contact, email: 'nope@' }],
    ['an email address without an @', { ...contact, email: 'nope.fixture.edu' }],
    ['a misspelt field', { ...without('email'), emial: contact['email'] }],
    ['a missing field', without('title')],
    ['text where a number goes', { ...contact, capacity: 'two' }],
    ['a number out of range', { ...contact, capacity: 50 }],
    ['an unknown way to meet', { ...contact, formats: ['zoom'] }],
    ['an id with capitals and spaces', { ...contact, department: 'Human Resources' }],
    ['nine topics', { ...contact, askMeAbout: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }],
    ['a date written another way', { ...contact, confirmed: '01/06/2026' }],
    [
      'an earlier role without years',
      { ...contact, careerPath: [{ title: 'Clerk', organization: 'Library' }] },
    ],
    ['yes instead of true', { ...contact, accepting: 'yes' }],
  ])('on a contact with %s, which both reject', (_, data) => {
    expect(accepts(contactKind, data)).toEqual({ json: false, zod: false });
  });

  const departmentsKind = KINDS.find((kind) => kind.name === 'departments')!;
  const department = { id: 'vpf', name: 'Finance', description: 'Keeps the books.' };
  it.each([
    ['a bare list, as before the lists had a name', [department]],
    ['the list under another name', { department: [department] }],
    ['a second key beside the list', { departments: [department], topics: [] }],
  ])('on a department list that is %s, which both reject', (_, data) => {
    expect(accepts(departmentsKind, data)).toEqual({ json: false, zod: false });
  });

  const configKind = KINDS.find((kind) => kind.name === 'site-config')!;
  const config = parse(readFileSync(join(FIXTURES, 'valid/site.config.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  it.each([
    ['a colour name', { ...config, theme: { accent: 'maroon', accentDark: '#f2a7b8' } }],
    ['an unknown setting', { ...config, colour: '#000000' }],
  ])('on a site configuration with %s, which both reject', (_, data) => {
    expect(accepts(configKind, data)).toEqual({ json: false, zod: false });
  });
});

describe('the JSON Schemas offer the terms of the taxonomy files', () => {
  const schemas = schemasFor(join(FIXTURES, 'valid'));
  const valid = compile(schemas);
  const contact = parse(
    readFileSync(join(FIXTURES, 'valid/content/contacts/ada-lovelace.yaml'), 'utf8'),
  ) as Record<string, unknown>;
  const properties = (name: string) =>
    (schemas[name] as { properties: Record<string, Record<string, unknown>> }).properties;

  it('list the ids of a field with their names, for completion as an editor types', () => {
    expect(properties('contact')['department']).toMatchObject({
      enum: ['human-resources', 'vpf'],
      enumDescriptions: ['Human Resources', 'Finance'],
    });
    expect(properties('contact')['location']).toMatchObject({
      enum: ['main-campus', 'remote'],
      enumDescriptions: ['Main campus', 'Remote'],
    });
    expect(properties('contact')['askMeAbout']?.['items']).toMatchObject({
      enum: ['budgeting', 'data-analysis'],
      enumDescriptions: ['Budgeting', 'Data analysis'],
    });
    expect(properties('group')['goals']?.['items']).toMatchObject({
      enum: ['skills', 'opportunities'],
    });
    expect(properties('guide')['topics']?.['items']).toMatchObject({
      enum: ['budgeting', 'data-analysis'],
    });
  });

  it('accept a contact whose ids are all terms', () => {
    expect(valid['contact']!(contact)).toBe(true);
  });

  it.each([
    ['department', { ...contact, department: 'finance-office' }, '/department'],
    ['location', { ...contact, location: 'north-campus' }, '/location'],
    ['topic', { ...contact, askMeAbout: ['budgeting', 'budget'] }, '/askMeAbout/1'],
    ['goal', { ...contact, helpsWith: ['skill'] }, '/helpsWith/0'],
  ])('flag a %s that is not one of the terms', (_, data, path) => {
    const check = valid['contact']!;
    expect(check(data)).toBe(false);
    expect(check.errors?.map((error) => [error.instancePath, error.keyword])).toEqual([
      [path, 'enum'],
    ]);
  });

  it('flag an email address as it is typed, before it has a domain', () => {
    const check = valid['contact']!;
    expect(check({ ...contact, email: 'nope@' })).toBe(false);
    expect(check.errors?.map((error) => [error.instancePath, error.keyword])).toEqual([
      ['/email', 'pattern'],
    ]);
  });
});
