import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchemas } from './json-schema.js';

describe('generated JSON Schemas', () => {
  it.each(['platform', 'controller'] as const)('schema/%s.schema.json is up to date', (name) => {
    const path = new URL(`../schema/${name}.schema.json`, import.meta.url);
    const committed = JSON.parse(readFileSync(path, 'utf8'));
    expect(committed, 'run "npm run build" to regenerate').toEqual(
      JSON.parse(JSON.stringify(catalogJsonSchemas()[name])),
    );
  });

  it('describes required fields and https URLs for editors', () => {
    const schema = catalogJsonSchemas().platform as { required: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'controller', 'sources', 'verified']),
    );
  });
});
