import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchemaFile, generateApiSchema, readOpenApiDocument } from './api-schema.ts';

const problemRef = '#/components/schemas/Problem';

/** Every object in a part of the document that describes an object's properties, at any depth. */
function objectSchemasIn(part: unknown): Record<string, unknown>[] {
  if (Array.isArray(part)) return part.flatMap(objectSchemasIn);
  if (typeof part !== 'object' || part === null) return [];
  const nested = Object.values(part).flatMap(objectSchemasIn);
  return 'properties' in part ? [part as Record<string, unknown>, ...nested] : nested;
}

interface ErrorResponse {
  route: string;
  schemas: unknown[];
}

/** Each 4xx and 5xx response of each operation, with the schema of each of its media types. */
function errorResponsesOf(paths: Record<string, unknown>): ErrorResponse[] {
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>).flatMap(
      ([method, operation]) =>
        Object.entries(operation.responses ?? {})
          .filter(([status]) => Number(status) >= 400)
          .map(([status, response]) => ({
            route: `${method.toUpperCase()} ${path} ${status}`,
            schemas: Object.values(response.content ?? {}).map((media) => media.schema),
          })),
    ),
  );
}

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

  it('describe the problem once, as a component every error response refers to', async () => {
    const document = await readOpenApiDocument();
    const problem = document.components?.schemas?.Problem as { required?: string[] } | undefined;
    expect(problem?.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'requestId']));

    const errorResponses = errorResponsesOf(document.paths ?? {});
    expect(errorResponses.length).toBeGreaterThan(Object.keys(document.paths ?? {}).length);
    for (const { route, schemas } of errorResponses) {
      expect(schemas, route).not.toHaveLength(0);
      for (const schema of schemas) expect(schema, route).toEqual({ $ref: problemRef });
    }
    const inlinedProblems = objectSchemasIn(document.paths).filter((schema) =>
      (problem?.required ?? []).every((name) => name in (schema.properties as object)),
    );
    expect(inlinedProblems).toEqual([]);
  });

  it('list only the components the document refers to', async () => {
    const document = await readOpenApiDocument();
    const text = JSON.stringify(document);
    const unreferenced = Object.keys(document.components?.schemas ?? {}).filter(
      (name) => !text.includes(`"#/components/schemas/${name}"`),
    );
    expect(unreferenced).toEqual([]);
  });
});
