import { describe, expect, it } from 'vitest';
import { roles } from '../auth/roles.ts';
import { createTestApp } from '../../test/app.ts';

const { app, signIn } = await createTestApp();
// Every role but the enterprise user's (which narrows what is visible), so that each route reaches its validation;
// an enterprise user for the few routes that are an enterprise's alone (rating its request, say).
const everyone = await signIn(roles.filter((role) => role !== 'enterprise'));
const enterpriseId = (await app.inject({ method: 'POST', url: '/api/enterprises', headers: everyone.headers, payload: { name: '青岛控制字符测试有限公司', confirmDuplicate: true } })).json<{ id: string }>().id;
const enterpriseUser = await signIn(['enterprise'], { enterpriseId });
const nul = 'a\u0000b';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};
type Parameter = { in: string; name: string; schema?: { pattern?: string; type?: string } };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };

/** A value of the schema's shape with NUL in every string, and the dotted paths of those strings. */
function withNul(schema: JsonSchema, path: string[], paths: string[], depth = 0): unknown {
  const variant = schema.anyOf?.find((s) => s.type !== 'null') ?? schema.oneOf?.[0];
  if (variant) return withNul(variant, path, paths, depth);
  const types = [schema.type ?? 'string'].flat();
  if (types.includes('object') && schema.properties && depth < 6) {
    return Object.fromEntries(
      Object.entries(schema.properties).map(([key, property]) => [key, withNul(property, [...path, key], paths, depth + 1)]),
    );
  }
  if (types.includes('array') && schema.items && depth < 6) return [withNul(schema.items, [...path, '0'], paths, depth + 1)];
  if (types.includes('string')) {
    paths.push(path.join('.'));
    return nul;
  }
  return types.includes('boolean') ? false : 1;
}

const document = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
  paths: Record<string, Record<string, Operation>>;
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
);
/** Each path parameter a value its schema takes (an id, else a code such as a window's, or a year), so the body is what fails. */
const pathValues = ['00000000-0000-4000-8000-000000000000', 'trading'];
const fillPath = (path: string, operation: Operation) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const schema = operation.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
    if (schema?.type === 'integer' || schema?.type === 'number') return '2027';
    return pathValues.find((value) => !schema?.pattern || new RegExp(schema.pattern, 'u').test(value)) ?? pathValues[0]!;
  });

describe('control characters in any text', () => {
  it('finds routes to try', () => {
    expect(operations.filter((o) => o.operation.requestBody).length).toBeGreaterThan(10);
    expect(operations.filter((o) => o.operation.parameters?.some((p) => p.in === 'query')).length).toBeGreaterThan(5);
  });

  it.each(operations.filter(({ operation }) => operation.requestBody?.content?.['application/json']))(
    'refuses NUL in every string of the body of $method $path, naming the fields',
    async ({ method, path, operation }) => {
      const paths: string[] = [];
      const payload = withNul(operation.requestBody!.content!['application/json']!.schema ?? {}, [], paths);
      const send = (headers: Record<string, string>) => app.inject({ method: method as 'POST', url: fillPath(path, operation), headers, payload: payload as object });
      let response = await send(everyone.headers);
      if (response.statusCode === 403) response = await send(enterpriseUser.headers);
      expect(response.statusCode).not.toBe(500);
      if (paths.length === 0) return;
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(paths.sort());
    },
  );

  it.each(operations.filter(({ operation }) => operation.parameters?.some((p) => p.in === 'query')))(
    'refuses NUL in every query parameter of $method $path',
    async ({ method, path, operation }) => {
      for (const parameter of operation.parameters!.filter((p) => p.in === 'query')) {
        const url = `${fillPath(path, operation)}?${new URLSearchParams({ [parameter.name]: nul })}`;
        let response = await app.inject({ method: method as 'GET', url, headers: everyone.headers });
        // A route for enterprises' own users only (the apply form) is tried as one.
        if (response.statusCode === 403) response = await app.inject({ method: method as 'GET', url, headers: enterpriseUser.headers });
        expect(response.statusCode, `${parameter.name}`).toBe(400);
        expect(response.json().errors, `${parameter.name}`).toContainEqual({ field: parameter.name, message: '不能包含控制字符（如 NUL）' });
      }
    },
  );

  it('refuses NUL in a path parameter without a server error', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/enterprises/%00', headers: everyone.headers });
    expect(response.statusCode).toBe(400);
  });

  it.each([
    ['the login username', 'POST', '/api/auth/login', { username: 'ad\u0000min', password: 'x' }, 'username'],
    ['an enterprise name', 'POST', '/api/enterprises', { name: '青岛\u0000科技有限公司' }, 'name'],
    ['a contact name', 'POST', '/api/enterprises', { name: '青岛联系人测试有限公司', contacts: [{ name: '张\u0000三' }] }, 'contacts.0.name'],
    ['a tag name', 'POST', '/api/tags', { name: '专精\u0000特新', color: 'blue' }, 'name'],
    ['a bell in a name', 'POST', '/api/enterprises', { name: '青岛\u0007科技有限公司' }, 'name'],
  ])('refuses %s with the field named, in the caller\'s language', async (_case, method, url, payload, field) => {
    const response = await app.inject({
      method: method as 'POST',
      url,
      headers: { ...everyone.headers, 'accept-language': 'en' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field, message: 'Must not contain control characters (such as NUL)' }]);
  });

  it('refuses NUL in the search query in Traditional Chinese', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/enterprises?q=%E9%9D%92%00',
      headers: { ...everyone.headers, 'accept-language': 'zh-TW' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'q', message: '不能包含控制字元（如 NUL）' }]);
  });

  it('keeps tabs and line breaks in multi-line text', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: everyone.headers,
      payload: { name: '青岛换行测试有限公司', address: '香港中路 1 号\n2 楼\t东侧' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().address).toBe('香港中路 1 号\n2 楼\t东侧');
  });
});
