import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const componentRef = /"#\/components\/schemas\/([^"]+)"/g;

/** The names of the schema components a part of the OpenAPI document refers to. */
function referencedComponents(part: unknown): string[] {
  return [...JSON.stringify(part ?? null).matchAll(componentRef)].flatMap(([, name]) => (name ? [name] : []));
}

/**
 * Puts the zod schemas registered with an `id` (such as Problem) in components.schemas, where the routes' `$ref`s
 * point, and keeps only the components the document refers to: fastify-type-provider-zod writes each registered
 * schema both as received (`ProblemInput`) and as sent (`Problem`), though most are only ever one of the two.
 */
export const openApiComponents: SwaggerTransformObject = (source) => {
  const document = jsonSchemaTransformObject(source);
  if (!('components' in document) || !document.components?.schemas) return document;
  const schemas = document.components.schemas;
  const referenced = new Set<string>();
  const toVisit = referencedComponents(document.paths);
  for (let name = toVisit.pop(); name !== undefined; name = toVisit.pop()) {
    if (referenced.has(name)) continue;
    referenced.add(name);
    toVisit.push(...referencedComponents(schemas[name]));
  }
  // The transform built this schemas object afresh, so pruning it leaves the app's own document untouched.
  for (const name of Object.keys(schemas)) if (!referenced.has(name)) delete schemas[name];
  return document;
};
