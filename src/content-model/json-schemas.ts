/**
 * JSON Schemas for editor autocompletion, generated from the Zod schemas so the two never differ.
 * They describe the fields; the rules across entries (known ids, allowed hosts) stay with the validator.
 */
import { z } from 'astro/zod';
import { contactSchema } from './schemas/contact.ts';
import { groupSchema } from './schemas/group.ts';
import { guideSchema } from './schemas/guide.ts';
import { siteConfigSchema } from './schemas/site-config.ts';
import { workshopSchema } from './schemas/workshop.ts';
import { email } from './schemas/fields.ts';
import { taxonomyOfSchema } from './schemas/term-fields.ts';
import {
  entrySources,
  listKey,
  SITE_CONFIG_FILE,
  taxonomySources,
  type ListName,
} from './sources.ts';
import type { TaxonomyChoices, TermChoice } from './taxonomy-choices.ts';

type JsonSchema = Record<string, unknown>;
type OverrideContext = { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema };

/** Dates may arrive as YAML timestamps, which JSON Schema cannot express: editors write text. */
function textDatesOnly(ctx: { jsonSchema: JsonSchema }) {
  const branches = ctx.jsonSchema['anyOf'];
  if (!Array.isArray(branches)) return;
  const written = branches.filter((branch) => Object.keys(branch as object).length > 0);
  if (written.length === 1 && written.length < branches.length) {
    delete ctx.jsonSchema['anyOf'];
    Object.assign(ctx.jsonSchema, written[0]);
  }
}

/**
 * The ids of a taxonomy as the only values, each with its name: VS Code's YAML extension offers
 * them as completions and shows `enumDescriptions` beside each.
 */
const termEnum = (choices: TermChoice[]): JsonSchema => ({
  enum: choices.map((choice) => choice.id),
  enumDescriptions: choices.map((choice) => choice.name),
});

/** Term fields list their terms; an email field carries the check that the validator makes. */
function completions(choices: TaxonomyChoices) {
  return ({ zodSchema, jsonSchema }: OverrideContext) => {
    if (zodSchema === email) {
      jsonSchema['pattern'] = z.regexes.email.source;
      return;
    }
    const taxonomy = taxonomyOfSchema(zodSchema);
    if (taxonomy === undefined) return;
    const terms = termEnum(choices[taxonomy]);
    if (jsonSchema['type'] === 'array') {
      jsonSchema['items'] = { ...(jsonSchema['items'] as JsonSchema), ...terms };
      delete (jsonSchema['items'] as JsonSchema)['pattern'];
    } else {
      Object.assign(jsonSchema, terms);
      delete jsonSchema['pattern'];
    }
  };
}

function toJson(schema: z.ZodType, choices: TaxonomyChoices): JsonSchema {
  const termsAndEmails = completions(choices);
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      textDatesOnly(ctx);
      termsAndEmails(ctx);
    },
  });
}

/**
 * Every schema, by file name (without .schema.json). `choices` are the terms of the taxonomy
 * files (readTaxonomyChoices), which fields referring to them offer.
 */
export function jsonSchemas(choices: TaxonomyChoices): Record<string, JsonSchema> {
  const entrySchema = (schema: z.ZodType, title: string, description: string): JsonSchema => {
    const { $schema, ...rest } = toJson(schema, choices);
    return { $schema, title, description, ...rest };
  };
  // A list file is one key, the list's name, with the list under it.
  const listSchema = (name: ListName): JsonSchema => {
    const { schema, label, file } = taxonomySources[name];
    const { $schema, ...items } = toJson(schema, choices);
    const key = listKey(name);
    return {
      $schema,
      title: `Networking Hub ${label} list`,
      description: `The list of ${label} entries in ${file}, under "${key}:".`,
      type: 'object',
      properties: {
        [key]: {
          description: `The ${label} entries, each starting with "- id:".`,
          type: 'array',
          items,
        },
      },
      required: [key],
      additionalProperties: false,
    };
  };
  const lists = Object.fromEntries(
    (Object.keys(taxonomySources) as ListName[]).map((name) => [name, listSchema(name)]),
  );
  return {
    'site-config': entrySchema(
      siteConfigSchema,
      'Networking Hub site configuration',
      'site.config.yaml: what a school or department sets.',
    ),
    contact: entrySchema(
      contactSchema,
      'Network contact',
      'One person in content/contacts/<slug>.yaml, listed with their consent.',
    ),
    group: entrySchema(
      groupSchema,
      'Employee group',
      'One employee group in content/groups/<slug>.yaml.',
    ),
    workshop: entrySchema(
      workshopSchema,
      'Workshop or networking event',
      'The frontmatter of content/workshops/<slug>.md.',
    ),
    guide: entrySchema(guideSchema, 'Guide', 'The frontmatter of content/guides/<slug>.mdx.'),
    ...lists,
  };
}

export const JSON_SCHEMA_DIR = 'schemas';

/**
 * The YAML files each schema describes, for editors' "yaml.schemas" setting; frontmatter in
 * Markdown has no such setting.
 */
export function yamlSchemaFiles(): Record<string, string> {
  const folder = (source: { dir: string; extensions: readonly string[] }) =>
    `${source.dir}/*${source.extensions[0]}`;
  return {
    'site-config': SITE_CONFIG_FILE,
    contact: folder(entrySources.contacts),
    group: folder(entrySources.groups),
    ...Object.fromEntries(Object.entries(taxonomySources).map(([name, { file }]) => [name, file])),
  };
}

export function jsonSchemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
