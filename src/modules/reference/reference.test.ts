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

  interface Node {
    code: string;
    name: string;
    children: Node[];
  }
  const tree = async (url: string, language: string): Promise<Node[]> =>
    (await app.inject({ method: 'GET', url, headers: { ...headers, 'accept-language': language } })).json();
  const find = (nodes: Node[], code: string): Node | undefined =>
    nodes.find((n) => n.code === code) ?? nodes.map((n) => find(n.children, code)).find(Boolean);

  it('names regions in the reader\'s language and script', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/regions/tree', headers: { ...headers, 'accept-language': 'en' } });
    // A cache must not hand one language's tree to a reader of another.
    expect(response.headers.vary).toContain('accept-language');
    const english: Node[] = response.json();
    expect(find(english, '370000')?.name).toBe('Shandong');
    expect(find(english, '370200')?.name).toBe('Qingdao');
    expect(find(english, '370212')?.name).toBe('Laoshan District');
    expect(find(english, '370271')?.name).toBe('Hi-tech Zone');
    const traditional = await tree('/api/regions/tree', 'zh-TW,zh;q=0.9');
    expect(find(traditional, '370200')?.name).toBe('青島市');
    expect(find(traditional, '370212')?.name).toBe('嶗山區');
    expect(find(await tree('/api/regions/tree', 'zh-CN'), '370212')?.name).toBe('崂山区');
  });

  it('names industry sections and divisions in English, deeper levels in Chinese', async () => {
    const english = await tree('/api/industries/tree', 'en-GB');
    expect(find(english, 'C')?.name).toBe('Manufacturing');
    expect(find(english, 'C39')?.name).toBe('Manufacture of Computers, Communication and Other Electronic Equipment');
    expect(find(english, 'C3911')?.name).toBe('计算机整机制造');
    const traditional = await tree('/api/industries/tree', 'zh-Hant');
    expect(find(traditional, 'I65')?.name).toBe('軟件和信息技術服務業');
    // Every section and division has its English name; none is left with a stray space.
    const upper = english.flatMap((section) => [section, ...section.children]);
    expect(upper).toHaveLength(117);
    for (const node of upper) expect(node.name).toMatch(/^[A-Z][A-Za-z ,'-]+$/);
  });

  it('searches industries by their English names and answers in the reader\'s language', async () => {
    const search = async (q: string, language: string) =>
      (await app.inject({ method: 'GET', url: `/api/industries?q=${encodeURIComponent(q)}`, headers: { ...headers, 'accept-language': language } })).json();
    const [software] = await search('software and information', 'en');
    expect(software).toMatchObject({ code: 'I65', name: 'Software and Information Technology Services' });
    expect(software.path.map((p: { name: string }) => p.name)).toEqual([
      'Information Transmission, Software and Information Technology Services',
      'Software and Information Technology Services',
    ]);
    const [design] = await search('集成电路设计', 'zh-TW');
    expect(design).toMatchObject({ code: 'I652', name: '集成電路設計' });
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
    // Each language's tree is its own representation: a Chinese copy never answers an English reader's 304.
    const english = await app.inject({ method: 'GET', url: '/api/regions/tree', headers: { ...headers, 'accept-language': 'en' } });
    expect(english.headers.etag).not.toBe(regions.headers.etag);
    const crossed = await app.inject({ method: 'GET', url: '/api/regions/tree', headers: { ...headers, 'accept-language': 'en', 'if-none-match': regions.headers.etag as string } });
    expect(crossed.statusCode).toBe(200);
  });

  it('is only for signed-in users', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/regions/tree' })).statusCode).toBe(401);
  });
});
