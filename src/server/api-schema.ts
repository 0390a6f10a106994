import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { detachedContext } from './detached-context.ts';

export const apiSchemaFile = 'web/src/api/schema.gen.ts';

const header = `// Generated from the server's OpenAPI document by \`npm run api:generate\`; do not edit.
// A test fails when it no longer matches the server: run the script again after changing a route's schema.
`;

/** The server's OpenAPI document, from the app built in memory: no database, no port. */
export async function readOpenApiDocument(): Promise<OpenAPI3> {
  const ctx = detachedContext();
  const app = await buildApp(ctx);
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
    await ctx.pool.end();
  }
}

/** The web app's types for every API path and schema, as the text of {@link apiSchemaFile}. */
export async function generateApiSchema(): Promise<string> {
  const ast = await openapiTS(await readOpenApiDocument(), { alphabetize: true });
  return header + astToString(ast);
}
