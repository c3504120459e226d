// Writes schema/*.schema.json from the built Valibot schemas (run after tsc).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogJsonSchemas } from '../dist/json-schema.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
for (const [name, schema] of Object.entries(catalogJsonSchemas())) {
  writeFileSync(
    join(root, 'schema', `${name}.schema.json`),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
}
