import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchemaFile, generateApiSchema, readOpenApiDocument } from './api-schema.ts';

describe('the web app’s API types', () => {
  it('match the server’s OpenAPI document as it is now', async () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, '../..', apiSchemaFile), 'utf8');
    const current = await generateApiSchema();
    expect(committed === current, `${apiSchemaFile} is stale: run \`npm run api:generate\` and commit it`).toBe(true);
  });

  it('come from a document built without touching a database', async () => {
    // The generator's context points at a closed port: had building the app queried, this would have thrown.
    const document = await readOpenApiDocument();
    expect(Object.keys(document.paths ?? {})).toContain('/api/enterprises/{id}');
  });
});
