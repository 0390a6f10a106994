import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { readIndustryRows, readRegionRows } from './reference-files.ts';
import { industries, regions } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const { headers } = await signIn(['agent']);

describe('reference data', () => {
  it('is in every database, exactly as the files have it', async () => {
    const [industryCount] = await ctx.db.select({ n: count() }).from(industries);
    const [regionCount] = await ctx.db.select({ n: count() }).from(regions);
    expect(industryCount?.n).toBe(readIndustryRows().length);
    expect(regionCount?.n).toBe(readRegionRows().length);
  });

  it('serves the industry tree, section by section down to the classes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/industries/tree', headers });
    expect(response.statusCode).toBe(200);
    const tree = response.json();
    expect(tree).toHaveLength(20);
    const manufacturing = tree.find((n: { code: string }) => n.code === 'C');
    expect(manufacturing).toMatchObject({ name: '制造业', level: 1 });
    const computers = manufacturing.children.find((n: { code: string }) => n.code === 'C39');
    expect(computers.children[0].children[0]).toMatchObject({ code: 'C3911', level: 4, children: [] });
  });

  it('searches industries in either script', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/industries?q=${encodeURIComponent('集成電路設計')}`, headers });
    expect(response.json()[0]).toMatchObject({ code: 'I652', path: [{ code: 'I' }, { code: 'I65' }, { code: 'I652' }] });
    expect((await app.inject({ method: 'GET', url: '/api/industries?q=', headers })).statusCode).toBe(400);
  });

  it('serves the region tree with Qingdao\'s districts and its 高新区', async () => {
    const tree = (await app.inject({ method: 'GET', url: '/api/regions/tree', headers })).json();
    const qingdao = tree.find((n: { code: string }) => n.code === '370000').children.find((n: { code: string }) => n.code === '370200');
    expect(qingdao.children.map((n: { name: string }) => n.name)).toEqual(
      expect.arrayContaining(['市南区', '崂山区', '即墨区', '黄岛区', '高新区']),
    );
    expect(tree.find((n: { code: string }) => n.code === '110000').children[0]).toMatchObject({ code: '110101', name: '东城区' });
  });

  it.each(['/api/industries/tree', '/api/regions/tree'])('lets the browser revalidate %s with its ETag for an empty 304', async (url) => {
    const first = await app.inject({ method: 'GET', url, headers });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const listed = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': `"other", W/${etag}` } });
    expect(listed.statusCode).toBe(304);
    const stale = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': '"an-older-tree"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toEqual(first.json());
    // Signed-out callers learn nothing, not even whether their copy is current.
    expect((await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } })).statusCode).toBe(401);
  });

  it('gives the two trees different ETags', async () => {
    const industries = await app.inject({ method: 'GET', url: '/api/industries/tree', headers });
    const regions = await app.inject({ method: 'GET', url: '/api/regions/tree', headers });
    expect(industries.headers.etag).not.toBe(regions.headers.etag);
  });

  it('is only for signed-in users', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/regions/tree' })).statusCode).toBe(401);
  });
});
