import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { queryGrams } from './enterprise-filters.ts';
import { exactCountLimit } from './search-enterprises.ts';

const { app, ctx, signIn } = await createTestApp();
const officer = await signIn(['officer']);

async function list(query: string) {
  const response = await app.inject({ method: 'GET', url: `/api/enterprises?${query}`, headers: officer.headers });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { name: string }[]; total: number; totalExact: boolean };
}

// More rows than are counted exactly, written straight to the table: 企业N号 plus a few distinctive names.
await ctx.db.execute(sql`
  INSERT INTO enterprises (name, search_text)
  SELECT '青岛批量' || n || '号有限公司', '青岛批量' || n || '号有限公司'
  FROM generate_series(1, ${exactCountLimit + 50}) AS n`);
for (const name of ['海尔智家股份有限公司', '青岛啤酒股份有限公司', '家海科技有限公司']) {
  await app.inject({ method: 'POST', url: '/api/enterprises', headers: officer.headers, payload: { name } });
}
await ctx.db.execute(sql`ANALYZE enterprises`);

describe('search keys', () => {
  it.each([
    ['海', ['海']],
    ['海尔', ['海尔']],
    ['海尔智家', ['海尔', '智家']],
    ['海尔智', ['海尔', '尔智']],
    ['aaa', ['aa']],
    ['𠀀海', ['𠀀海']],
  ])('%s needs the grams %j', (query, grams) => {
    expect(queryGrams(query)).toEqual(grams);
  });
});

describe('searching a large register', () => {
  it('finds one- and two-character queries, in either script', async () => {
    expect((await list('q=尔')).items.map((i) => i.name)).toEqual(['海尔智家股份有限公司']);
    expect((await list('q=啤酒')).items.map((i) => i.name)).toEqual(['青岛啤酒股份有限公司']);
    expect((await list(`q=${encodeURIComponent('海爾')}`)).items.map((i) => i.name)).toEqual(['海尔智家股份有限公司']);
  });

  it('wants the characters together and in order, not merely present', async () => {
    // 家海科技 holds 海 and 家 but not 海家; 海尔智家 holds both pairs of 尔智 but not 智尔.
    expect((await list(`q=${encodeURIComponent('海家')}`)).total).toBe(0);
    expect((await list(`q=${encodeURIComponent('智尔')}`)).total).toBe(0);
    expect((await list(`q=${encodeURIComponent('家海')}`)).items.map((i) => i.name)).toEqual(['家海科技有限公司']);
  });

  it('treats LIKE wildcards in the query as text', async () => {
    expect((await list('q=%25')).total).toBe(0);
    expect((await list('q=_')).total).toBe(0);
  });

  it('counts exactly up to the limit and estimates beyond, never below it', async () => {
    const narrow = await list('q=123');
    expect(narrow.totalExact).toBe(true);
    const numbered = Array.from({ length: exactCountLimit + 50 }, (_, i) => String(i + 1));
    expect(narrow.total).toBe(numbered.filter((n) => n.includes('123')).length);
    const pastTheEnd = await list('q=123&page=1000');
    expect(pastTheEnd.items).toEqual([]);
    expect(pastTheEnd.total).toBe(narrow.total);
    const all = await list('pageSize=5');
    expect(all.totalExact).toBe(false);
    expect(all.total).toBeGreaterThan(exactCountLimit);
    expect(all.items).toHaveLength(5);
    const beyond = await list(`pageSize=200&page=${Math.ceil((exactCountLimit + 1) / 200)}`);
    expect(beyond.items.length).toBeGreaterThan(0);
  });

  it('pages a query with more matches than are counted in the order asked for, as the list without it', async () => {
    const q = `q=${encodeURIComponent('批量')}&sort=name&pageSize=40`;
    const [first, second] = [await list(`${q}&page=1`), await list(`${q}&page=2`)];
    expect(first.totalExact).toBe(false);
    expect(first.total).toBeGreaterThan(exactCountLimit);
    const names = [...first.items, ...second.items].map((i) => i.name);
    expect(names.every((name) => name.includes('批量'))).toBe(true);
    const unfiltered = [...(await list('sort=name&pageSize=80')).items].map((i) => i.name).filter((name) => name.includes('批量'));
    expect(names.slice(0, unfiltered.length)).toEqual(unfiltered);
    expect(new Set(names).size).toBe(80);
  });

  it('pages by name in pinyin order without overlap', async () => {
    const first = await list('sort=name&pageSize=50');
    const second = await list('sort=name&pageSize=50&page=2');
    const names = [...first.items, ...second.items].map((i) => i.name);
    expect(new Set(names).size).toBe(100);
    expect(names[0]).toBe('海尔智家股份有限公司');
  });
});
