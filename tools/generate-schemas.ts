/** npm run schemas: writes the JSON Schemas in schemas/ from the Zod schemas (a test checks they are in step). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR, jsonSchemas, jsonSchemaText } from '../src/content-model/json-schemas.ts';

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(JSON_SCHEMA_DIR, `${name}.schema.json`);
  writeFileSync(file, jsonSchemaText(schema));
  console.log(`Wrote ${file}`);
}
