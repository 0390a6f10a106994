import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';

const { app } = await createTestApp();
app.get('/api/test/fails', { config: { access: 'public' } }, async () => {
  throw new Error('relation "secret_table" does not exist: SELECT * FROM secret_table');
});

describe('errors as problem+json', () => {
  it('words validation errors per field in the caller\'s language', async () => {
    const zh = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 42 } });
    expect(zh.statusCode).toBe(400);
    expect(zh.headers['content-type']).toContain('application/problem+json');
    expect(zh.json()).toMatchObject({ title: '输入有误', status: 400, code: 'problem.validation', instance: '/api/auth/login' });
    expect(zh.json().errors).toEqual([
      { field: 'username', message: '应为文本' },
      { field: 'password', message: '必填' },
    ]);

    const en = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en-GB,en;q=0.9' }, payload: {} });
    expect(en.json().title).toBe('Invalid input');
    expect(en.json().errors).toContainEqual({ field: 'username', message: 'Required' });

    const tw = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'zh-Hant-TW' }, payload: {} });
    expect(tw.json().title).toBe('輸入有誤');
  });

  it('refuses a 10 MB string without a server error', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x'.repeat(10 * 1024 * 1024), password: 'y' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('problem.payloadTooLarge');
  });

  it('bounds long strings within the body limit by field', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x'.repeat(5000), password: 'y' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'username', message: '不能超过 100 个字符' }]);
  });

  it('answers malformed JSON and unsupported content types with 4xx', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "a", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('problem.malformedBody');
    const xml = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(xml.statusCode).toBe(415);
  });

  it('answers unknown API routes with 404', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no/such/thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('problem.routeNotFound');
    expect((await app.inject({ method: 'DELETE', url: '/api/auth/me' })).statusCode).toBe(404);
  });

  it('never shows a stack trace or SQL to the client', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/fails' });
    expect(response.statusCode).toBe(500);
    expect(response.json().title).toBe('服务器出错，请稍后重试');
    expect(response.body).not.toContain('secret_table');
    expect(response.body).not.toContain('at ');
    expect(response.json().requestId).toBe(response.headers['x-request-id']);
  });

  it('reports readiness once the migrations are applied', async () => {
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
  });
});

describe('OpenAPI document', () => {
  it('lists every API route with its request and response schemas', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; requestBody?: unknown };
    const paths = document.paths as Record<string, Record<string, Operation>>;
    const routes = app.apiRoutes.filter((route) => !route.url.startsWith('/api/test/'));
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const operation = paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url} is documented`).toBeDefined();
      const [status, success] = Object.entries(operation!.responses).find(([code]) => code.startsWith('2')) ?? [];
      expect(success, `${route.method} ${route.url} documents its success response`).toBeDefined();
      if (status !== '204') expect(Object.keys(success?.content ?? {}), `${route.method} ${route.url} response schema`).not.toHaveLength(0);
      if (route.hasBody) expect(operation!.requestBody, `${route.method} ${route.url} request schema`).toBeDefined();
    }
  });
});
