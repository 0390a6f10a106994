// Writes the web app's API types (web/src/api/schema.gen.ts) from the server's OpenAPI document:
//   npm run api:generate
// Run it after changing a route or its schemas; a test fails while the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { apiSchemaFile, generateApiSchema } from '../src/server/api-schema.ts';

const target = path.resolve(import.meta.dirname, '..', apiSchemaFile);
const text = await generateApiSchema();
const changed = !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text;
if (changed) fs.writeFileSync(target, text);
process.stdout.write(`${apiSchemaFile}: ${changed ? 'updated' : 'already up to date'}\n`);
