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
    expect(response.headers['cache-control']).toContain('max-age');
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

  it('is only for signed-in users', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/regions/tree' })).statusCode).toBe(401);
  });
});
