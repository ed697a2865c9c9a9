/**
 * The web editor's configuration (Decap CMS, /admin/config.yml of the staff edition), generated
 * from the Zod schemas and the taxonomy files so the form asks for exactly what validate accepts.
 * Fields are read from each schema's JSON Schema (types, lengths, patterns, descriptions); the
 * taxonomy fields from their registry, so selects show a term's name and store its id.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { JSON_SCHEMA_DIR } from './json-schemas.ts';
import { DATE_TIME_WRITTEN, DATE_WRITTEN, email } from './schemas/fields.ts';
import {
  fillNames,
  KNOWN_PLACEHOLDERS,
  type InstitutionNames,
} from '../shared/institution-names.ts';
import type { SiteConfig } from './schemas/site-config.ts';
import { termFields } from './schemas/term-fields.ts';
import {
  entrySources,
  listKey,
  taxonomySources,
  type EntryCollectionName,
  type ListName,
} from './sources.ts';
import { siteUrls } from '../shared/urls.ts';
import { withoutByteOrderMark } from './validation/yaml-source.ts';
import { TAXONOMIES, type TaxonomyName } from './taxonomies.ts';
import {
  GUIDE_SECTIONS,
  idsOf,
  MEETING_FORMATS,
  QUESTION_PURPOSES,
  SESSION_STATUSES,
  WORKSHOP_KINDS,
} from './vocabularies.ts';

type Json = Record<string, unknown>;
export type CmsField = Record<string, unknown>;
export type Editing = NonNullable<SiteConfig['editing']>;

/** The terms of each taxonomy as the selects offer them: the name shown, the id stored. */
export type TermOptions = Record<TaxonomyName, { label: string; value: string }[]>;

export const CMS_CONFIG_FILE = 'admin/config.yml';

/** Reads each taxonomy file of a project as select options, in the file's order. */
export function readTermOptions(root: string): TermOptions {
  const entries = Object.entries(TAXONOMIES).map(([name, taxonomy]) => {
    const terms = parse(
      withoutByteOrderMark(readFileSync(join(root, taxonomy.file), 'utf8')),
    ) as unknown;
    const listed = (terms as Record<string, unknown> | null)?.[listKey(name as TaxonomyName)];
    const list = Array.isArray(listed) ? listed : [];
    const options = list.map((term: { id: string }) => ({
      label: (taxonomy.termName as (term: unknown) => string)(term),
      value: term.id,
    }));
    return [name, options];
  });
  return Object.fromEntries(entries) as TermOptions;
}

const VOCABULARIES = [
  MEETING_FORMATS,
  SESSION_STATUSES,
  WORKSHOP_KINDS,
  GUIDE_SECTIONS,
  QUESTION_PURPOSES,
];
const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const LOCAL_DATE_TIME_PATTERN = '^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?$';
/** Longer text than this gets a multi-line box. */
const ONE_LINE = 200;

/** "askMeAbout" -> "Ask me about". */
function fieldLabel(name: string): string {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The options of a fixed vocabulary whose ids are `ids`, with their labels. */
function vocabularyOptions(ids: string[]): { label: string; value: string }[] {
  const key = [...ids].sort().join();
  const vocabulary = VOCABULARIES.find((candidate) => [...idsOf(candidate)].sort().join() === key);
  return ids.map((id) => ({
    label: (vocabulary as Record<string, { label: string }> | undefined)?.[id]?.label ?? id,
    value: id,
  }));
}

/** A date held as text: YAML timestamps (the other branch of the union) are not what the form writes. */
function writtenBranch(json: Json): Json {
  const branches = json['anyOf'];
  if (!Array.isArray(branches)) return json;
  const text = (branches as Json[]).find((branch) => branch['type'] === 'string');
  const rest = { ...json };
  delete rest['anyOf'];
  return { ...rest, ...(text ?? {}) };
}

/**
 * A switch's hint from a yes/no description (schemas/fields.ts yesNo): "True or false: whether X;
 * false to Y." reads "On when X; switch off to Y." beside a toggle.
 */
export function toggleHint(description: string): string {
  const match = /^True or false: whether (.+?)(?:; false to (.+?))?\.$/.exec(description);
  if (!match) return description;
  return `On when ${match[1]}${match[2] ? `; switch off to ${match[2]}` : ''}.`;
}

/** What an editor writes for the institution's names, which site.config.yaml gives. */
const BODY_HINT = `Name the institution with ${KNOWN_PLACEHOLDERS}: %institution% shows its full name, %institution-short% its name in a sentence, such as "the University".`;

/** A date picker's hint: what the date means, without how to type it ("a date written ..."). */
function pickerHint(hint: unknown, written: string, fallback: string): string {
  if (typeof hint !== 'string') return fallback;
  const suffix = `: ${written}.`;
  if (!hint.endsWith(suffix)) return fallback;
  return `${hint.slice(0, -suffix.length)}.`;
}

/** The form's message for a value that does not match: "Write <what the schema expects>". */
function patternMessage(description: string): string {
  return `Write ${description.charAt(0).toLowerCase()}${description.slice(1).replace(/\.$/, '')}`;
}

function lengthPattern(json: Json): CmsField {
  const min = typeof json['minLength'] === 'number' ? json['minLength'] : 0;
  const max = json['maxLength'];
  if (typeof max !== 'number') return {};
  const hint = min > 1 ? `from ${min} to ${max} characters` : `at most ${max} characters`;
  return { pattern: [`^[\\s\\S]{${min},${max}}$`, `Write ${hint}`] };
}

interface FieldContext {
  terms: TermOptions;
  emailPattern: [string, string];
  taxonomyOf: (name: string) => TaxonomyName | undefined;
  isEmail: (name: string) => boolean;
}

/** An empty list or group: what a new entry leaves out rather than writes. */
function isEmptyValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * A field's widget, with the schema's default for a new entry. An empty default is left out, so a
 * list nobody filled in is not written as `[]`: Decap writes a list's default, or nothing.
 */
function widget(name: string, raw: Json, required: boolean, context: FieldContext): CmsField {
  const field = bareWidget(name, raw, required, context);
  const fallback = writtenBranch(raw)['default'];
  if (fallback === undefined || isEmptyValue(fallback) || 'default' in field) return field;
  return { ...field, default: fallback };
}

/**
 * The fields of one item of a list. Decap fills a new entry's list that has no default with one
 * item made of the item's defaults, so an item field keeps no default: an item appears only when
 * the editor adds one, and the hint says what an empty field means.
 */
function itemFields(json: Json, context: FieldContext): CmsField[] {
  return objectFields(json, context, false).map((field) => {
    if (!('default' in field) || field['required'] === true) return field;
    const { default: fallback, ...rest } = field;
    const options = (field['options'] ?? []) as { label: string; value: unknown }[];
    const shown = options.find((option) => option.value === fallback)?.label ?? String(fallback);
    const hint = typeof rest['hint'] === 'string' ? `${rest['hint']} ` : '';
    return { ...rest, hint: `${hint}Leave empty for "${shown}".` };
  });
}

function bareWidget(name: string, raw: Json, required: boolean, context: FieldContext): CmsField {
  const json = writtenBranch(raw);
  const base: CmsField = { label: fieldLabel(name), name, required };
  if (typeof json['description'] === 'string') base['hint'] = json['description'];
  const taxonomy = context.taxonomyOf(name);
  if (taxonomy) {
    const options = context.terms[taxonomy];
    base['hint'] =
      `Choose from the list in ${TAXONOMIES[taxonomy].file}: its name is shown, its id is saved.`;
    if (json['type'] === 'array')
      return { ...base, widget: 'select', multiple: true, options, ...listBounds(json) };
    return { ...base, widget: 'select', options };
  }
  if (context.isEmail(name)) return { ...base, widget: 'string', pattern: context.emailPattern };
  if (Array.isArray(json['enum']))
    return { ...base, widget: 'select', options: vocabularyOptions(json['enum'] as string[]) };
  switch (json['type']) {
    case 'boolean':
      // A switch is always on or off: off unless the schema says where a new entry starts.
      return {
        ...base,
        ...(typeof base['hint'] === 'string' ? { hint: toggleHint(base['hint']) } : {}),
        widget: 'boolean',
        default: typeof json['default'] === 'boolean' ? json['default'] : false,
      };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: json['type'] === 'integer' ? 'int' : 'float',
        ...(typeof json['minimum'] === 'number' ? { min: json['minimum'] } : {}),
        ...(typeof json['maximum'] === 'number' ? { max: json['maximum'] } : {}),
      };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(json, context, false) };
    case 'array':
      return arrayWidget(base, json, context);
    default:
      return stringWidget(base, json);
  }
}

function listBounds(json: Json): CmsField {
  return {
    ...(typeof json['minItems'] === 'number' && json['minItems'] > 0
      ? { min: json['minItems'] }
      : {}),
    ...(typeof json['maxItems'] === 'number' ? { max: json['maxItems'] } : {}),
  };
}

function arrayWidget(base: CmsField, json: Json, context: FieldContext): CmsField {
  const items = writtenBranch((json['items'] ?? {}) as Json);
  if (Array.isArray(items['enum']))
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: vocabularyOptions(items['enum'] as string[]),
      ...listBounds(json),
    };
  if (items['type'] === 'object')
    return { ...base, widget: 'list', ...listBounds(json), fields: itemFields(items, context) };
  // A list of plain values: one box for each, stored as a list of text.
  const item = stringWidget({ label: base['label'], name: 'item' }, items);
  return {
    ...base,
    widget: 'list',
    ...listBounds(json),
    field: item,
  };
}

function stringWidget(base: CmsField, json: Json): CmsField {
  if (json['pattern'] === ISO_DATE_PATTERN)
    return {
      ...base,
      hint: pickerHint(base['hint'], DATE_WRITTEN, 'Pick the date from the calendar.'),
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      format: 'YYYY-MM-DD',
      picker_utc: true,
      // A new entry is dated today: a contact confirms as they are added, a guide is reviewed.
      default: '{{now}}',
    };
  if (json['pattern'] === LOCAL_DATE_TIME_PATTERN)
    return {
      ...base,
      hint: pickerHint(base['hint'], DATE_TIME_WRITTEN, 'Pick the date and time.'),
      widget: 'datetime',
      format: 'YYYY-MM-DDTHH:mm',
      date_format: 'YYYY-MM-DD',
      time_format: 'HH:mm',
      picker_utc: true,
    };
  const long = typeof json['maxLength'] === 'number' && json['maxLength'] > ONE_LINE;
  const pattern =
    typeof json['pattern'] === 'string'
      ? {
          pattern: [
            json['pattern'],
            typeof json['description'] === 'string'
              ? patternMessage(json['description'])
              : `Check the format of ${String(base['label']).toLowerCase()}`,
          ],
        }
      : lengthPattern(json);
  return { ...base, widget: long ? 'text' : 'string', ...pattern };
}

function objectFields(json: Json, context: FieldContext, topLevel: boolean): CmsField[] {
  const properties = (json['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((json['required'] ?? []) as string[]);
  const nested: FieldContext = topLevel
    ? context
    : { ...context, taxonomyOf: () => undefined, isEmail: () => false };
  return Object.entries(properties).map(([name, property]) =>
    widget(name, property, required.has(name), nested),
  );
}

const COLLECTIONS: Record<
  EntryCollectionName,
  { label: string; singular: string; identifier: string; body?: string }
> = {
  contacts: { label: 'Network contacts', singular: 'contact', identifier: 'name' },
  workshops: {
    label: 'Workshops and events',
    singular: 'workshop',
    identifier: 'title',
    body: 'Description',
  },
  groups: { label: 'Employee groups', singular: 'group', identifier: 'name' },
  guides: { label: 'Guides', singular: 'guide', identifier: 'title', body: 'Guide text' },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function collection(
  name: EntryCollectionName,
  context: Omit<FieldContext, 'taxonomyOf' | 'isEmail'>,
) {
  const source = entrySources[name];
  const settings = COLLECTIONS[name];
  const schema = source.schema as unknown as z.ZodObject;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const terms = new Map(termFields(schema).map(({ field, taxonomy }) => [field, taxonomy]));
  const fields = objectFields(
    json,
    {
      ...context,
      taxonomyOf: (field) => terms.get(field),
      isEmail: (field) => schema.shape[field] === email,
    },
    true,
  );
  if (settings.body)
    fields.push({
      label: settings.body,
      name: 'body',
      widget: 'markdown',
      required: true,
      hint: BODY_HINT,
    });
  return {
    name,
    label: settings.label,
    label_singular: settings.singular,
    folder: source.dir,
    extension: source.extensions[0].slice(1),
    format: source.format === 'yaml' ? 'yaml' : 'frontmatter',
    create: true,
    identifier_field: settings.identifier,
    slug: `{{${settings.identifier}}}`,
    fields,
  };
}

/**
 * The list files in the editor, in this order: the label of each, and the field of an item that
 * names it in the collapsed list (the one its registry's termName reads).
 */
const LIST_FILES: Record<ListName, { label: string; singular: string; summary: string }> = {
  departments: { label: 'Departments', singular: 'department', summary: 'name' },
  topics: { label: 'Topics', singular: 'topic', summary: 'name' },
  goals: { label: 'Goals', singular: 'goal', summary: 'label' },
  locations: { label: 'Locations', singular: 'location', summary: 'name' },
  questions: { label: 'Question bank', singular: 'question', summary: 'question' },
};

/** One list file: its items, under the file's one key (listKey), as a list of their fields. */
function listFile(name: ListName, context: FieldContext) {
  const { file, schema } = taxonomySources[name];
  const settings = LIST_FILES[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return {
    name,
    label: settings.label,
    file,
    fields: [
      {
        label: settings.label,
        name: listKey(name),
        label_singular: settings.singular,
        widget: 'list',
        hint: `Entries refer to each ${settings.singular} by its id: do not change or delete an id that is in use.`,
        summary: `{{fields.${settings.summary}}}`,
        collapsed: true,
        fields: objectFields(json, context, false),
      },
    ],
  };
}

/** The line that gives a list file its JSON Schema in VS Code and github.dev. */
function schemaComment(name: ListName): string {
  const { file } = taxonomySources[name];
  const schema = `${JSON_SCHEMA_DIR}/${name}.schema.json`;
  return `yaml-language-server: $schema=${posix.relative(posix.dirname(file), schema)}`;
}

/** The taxonomies and the question bank, one file each: a term is added or edited in its list. */
function listsCollection(context: FieldContext) {
  const names = Object.keys(LIST_FILES) as ListName[];
  return {
    name: 'lists',
    label: 'Lists',
    description:
      'The departments, topics, goals and locations that entries choose from, and the question bank.',
    format: 'yaml',
    // The editor writes a file anew, without its comments, except a field's `comment` above its
    // key; it looks that up among the collection's own fields only, even for a collection of
    // files. These stand-ins, never shown in a form, put the schema line back on top.
    fields: names.map((name) => ({
      name: listKey(name),
      widget: 'hidden',
      comment: schemaComment(name),
    })),
    files: names.map((name) => listFile(name, context)),
    // Each file is known by its label. Without an identifier_field the editor looks for a title
    // among the stand-ins above, to sort and preview by, and reports each time that it has none;
    // with one that names no field it looks no further.
    identifier_field: 'title',
  };
}

/**
 * A GitHub OAuth relay under a path, as Decap needs it: it accepts the relay's messages only from
 * an origin equal to base_url, so the path goes in auth_endpoint (Decap's default is "auth").
 */
function relayAddress(baseUrl: string | undefined): Json {
  if (!baseUrl) return {};
  const { origin, pathname } = new URL(baseUrl);
  // The path's segments, without the slashes around them: /cms-auth/ becomes cms-auth.
  const path = pathname.split('/').filter(Boolean).join('/');
  return path ? { base_url: origin, auth_endpoint: `${path}/auth` } : { base_url: origin };
}

/** Where the editor signs in and commits, as Decap's `backend` setting. */
function backend(editing: Editing): Json {
  const common = { name: editing.backend, repo: editing.repo, branch: editing.branch };
  const urls = {
    ...(editing.baseUrl ? { base_url: editing.baseUrl } : {}),
    ...(editing.apiRoot ? { api_root: editing.apiRoot } : {}),
  };
  if (editing.backend === 'github') return { ...common, ...urls, ...relayAddress(editing.baseUrl) };
  // Decap's gitea backend refuses the editorial workflow ("does not support editorial workflow"):
  // its forgejo backend speaks the same API (Forgejo is Gitea's fork) and opens pull requests. It
  // signs in with PKCE at the host it reads from api_root, so it takes no auth_type or base_url.
  if (editing.backend === 'gitea')
    return {
      ...common,
      name: 'forgejo',
      ...(editing.apiRoot ? { api_root: editing.apiRoot } : {}),
      ...(editing.appId ? { app_id: editing.appId } : {}),
    };
  return {
    ...common,
    auth_type: 'pkce',
    ...(editing.appId ? { app_id: editing.appId } : {}),
    ...urls,
  };
}

/** The only off-site origins the editor may reach: the configured git host (and a local server). */
export function editorOrigins(editing: Editing): string[] {
  const origins = new Set<string>();
  const origin = (url: string) => origins.add(new URL(url).origin);
  if (editing.backend === 'github') origin(editing.apiRoot ?? 'https://api.github.com');
  if (editing.backend === 'gitlab') {
    origin(editing.apiRoot ?? 'https://gitlab.com/api/v4');
    // The PKCE token exchange is a request to the host itself.
    origin(editing.baseUrl ?? 'https://gitlab.com');
  }
  if (editing.backend === 'gitea') {
    if (editing.apiRoot) origin(editing.apiRoot);
    if (editing.baseUrl) origin(editing.baseUrl);
  }
  if (editing.localBackendPort !== undefined)
    origins.add(`http://127.0.0.1:${editing.localBackendPort}`);
  return [...origins];
}

/** `terms` with the institution placeholders in their labels filled, as pages show them. */
function termsWithNames(terms: TermOptions, names: InstitutionNames): TermOptions {
  return Object.fromEntries(
    Object.entries(terms).map(([name, options]) => [
      name,
      options.map((option) => ({ ...option, label: fillNames(option.label, names) })),
    ]),
  ) as TermOptions;
}

/** The whole configuration, as an object. */
export function cmsConfig(config: SiteConfig, terms: TermOptions): Json | undefined {
  const editing = config.editing;
  if (!editing) return undefined;
  const domains = config.contacts.emailDomains.map(escapeRegExp).join('|');
  const context = {
    // Labels are shown, never stored: they read as the pages do, with the institution's names.
    terms: termsWithNames(terms, config.institution),
    emailPattern: [
      `^[^@\\s]+@(?:${domains})$`,
      `A work email address ending in @${config.contacts.emailDomains.join(' or @')}, such as jlee@${config.contacts.emailDomains[0]}`,
    ] as [string, string],
  };
  return {
    backend: backend(editing),
    ...(editing.localBackendPort !== undefined
      ? { local_backend: { url: `http://127.0.0.1:${editing.localBackendPort}/api/v1` } }
      : {}),
    // Saving opens a pull request; CI validates it before anyone publishes.
    publish_mode: 'editorial_workflow',
    media_folder: 'public/media',
    site_url: siteUrls(config.base, config.url).absolute(),
    collections: [
      ...(Object.keys(COLLECTIONS) as EntryCollectionName[]).map((name) =>
        collection(name, context),
      ),
      listsCollection({ ...context, taxonomyOf: () => undefined, isEmail: () => false }),
    ],
  };
}

export function cmsConfigText(config: Json): string {
  return `# Generated from the schemas, the taxonomies and site.config.yaml by \`npm run schemas\` and by every staff build: do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
