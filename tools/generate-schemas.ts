/**
 * npm run schemas: writes the JSON Schemas in schemas/ from the Zod schemas, and maps each to its
 * files in .vscode/settings.json, and the web editor's admin/config.yml (a test checks all are in step).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CMS_CONFIG_FILE,
  cmsConfig,
  cmsConfigText,
  readTermOptions,
} from '../src/content-model/cms-config.ts';
import { readSiteConfig } from '../src/content-model/site-config-file.ts';
import {
  JSON_SCHEMA_DIR,
  jsonSchemas,
  jsonSchemaText,
  yamlSchemaFiles,
} from '../src/content-model/json-schemas.ts';
import { readTaxonomyChoices } from '../src/content-model/taxonomy-choices.ts';
import { formatProblem } from '../src/content-model/validation/problem.ts';

// Fields that refer to a taxonomy offer its terms, so the taxonomy files must read cleanly first.
const taxonomies = readTaxonomyChoices('.');
if (taxonomies.problems.length > 0) {
  for (const problem of taxonomies.problems) console.error(formatProblem(problem));
  console.error('Fix the taxonomy files above, then run npm run schemas again.');
  process.exit(1);
}

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas(taxonomies.choices))) {
  const file = join(JSON_SCHEMA_DIR, `${name}.schema.json`);
  writeFileSync(file, jsonSchemaText(schema));
  console.log(`Wrote ${file}`);
}

const SETTINGS = '.vscode/settings.json';
const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as Record<string, unknown>;
settings['yaml.schemas'] = Object.fromEntries(
  Object.entries(yamlSchemaFiles()).map(([name, files]) => [
    `./${JSON_SCHEMA_DIR}/${name}.schema.json`,
    files,
  ]),
);
writeFileSync(SETTINGS, `${JSON.stringify(settings, null, 2)}\n`);
console.log(`Wrote ${SETTINGS}`);

const editor = cmsConfig(readSiteConfig(process.cwd()), readTermOptions(process.cwd()));
if (editor) {
  mkdirSync('admin', { recursive: true });
  writeFileSync(CMS_CONFIG_FILE, cmsConfigText(editor));
  console.log(`Wrote ${CMS_CONFIG_FILE}`);
}
