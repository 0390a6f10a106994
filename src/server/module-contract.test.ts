import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePermissions } from '../platform/auth/permissions.ts';
import { loadConfig } from '../config.ts';
import { createTestApp } from '../test/app.ts';
import { createTestDatabase } from '../test/database.ts';
import { seedDatabase } from '../seed/seed.ts';
import { buildApp } from './app.ts';
import { defineModule, type QiaoModule } from './module.ts';
import { modules } from './modules.ts';

// A small module declared the way every module of Qiao is: its route, permission, job, timeline source, merge
// step, quick search and demo data must all take effect from this one definition and one entry in the list.
const jobDone = new Map<string, (note: string) => void>();

const visitModule = defineModule({
  name: 'test-visits',
  permissions: definePermissions({ 'test-visit.read': ['officer'] }),
  routes: async (app: FastifyInstance) => {
    app.get('/api/test-visits/count', {
      config: { permission: 'test-visit.read' },
      schema: { response: { 200: z.object({ visits: z.number() }) } },
      handler: async () => {
        const result = await app.ctx.db.execute<{ visits: number }>(sql`SELECT count(*)::int AS visits FROM test_visits`);
        return { visits: result.rows[0]!.visits };
      },
    });
  },
  jobs: (ctx) => [
    {
      name: 'test-visits.note',
      handle: async (data: { visitId: string; note: string }) => {
        await ctx.db.execute(sql`UPDATE test_visits SET note = ${data.note} WHERE id = ${data.visitId}`);
        jobDone.get(data.visitId)?.(data.note);
      },
    },
  ],
  timelineSources: [
    (ids) => sql`SELECT visited_at, 'visit', 'Visit: ' || note, 'tester', jsonb_build_object('visitId', id), 0
      FROM test_visits WHERE enterprise_id::text IN ${ids}`,
  ],
  mergeSteps: [
    async (tx, { survivorId, duplicateId }) => {
      await tx.execute(sql`UPDATE test_visits SET enterprise_id = ${survivorId} WHERE enterprise_id = ${duplicateId}`);
    },
  ],
  quickSearch: {
    kind: 'test-visit',
    permission: 'test-visit.read',
    search: async (db, _user, { q }) => {
      const found = await db.execute<{ id: string; note: string }>(sql`SELECT id, note FROM test_visits WHERE note LIKE ${`%${q}%`}`);
      return found.rows.map((row) => ({ id: row.id, title: row.note, subtitle: null }));
    },
  },
  seedDemo: async (tx, seed) => {
    const enterpriseId = seed.keys.get('demo-enterprise-user');
    await tx.execute(sql`INSERT INTO test_visits (enterprise_id, note) VALUES (${enterpriseId}, 'seeded visit')`);
  },
});

const createVisits = sql`CREATE TABLE test_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(), enterprise_id uuid NOT NULL, note text NOT NULL,
  visited_at timestamptz NOT NULL DEFAULT now())`;

describe('a module declared in one definition', async () => {
  const { app, ctx, signIn } = await createTestApp({ jobs: true, modules: [...modules, visitModule] });
  await ctx.db.execute(createVisits);
  const admin = await signIn(['admin']);
  const officer = await signIn(['officer']);
  const create = async (name: string) =>
    (await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name } })).json().id as string;
  const survivor = await create('青岛模块测试甲科技有限公司');
  const duplicate = await create('青岛模块测试乙科技有限公司');
  const visit = (await ctx.db.execute<{ id: string }>(sql`INSERT INTO test_visits (enterprise_id, note) VALUES (${duplicate}, 'first meeting') RETURNING id`)).rows[0]!.id;

  it('serves its route to the holders of its permission, and no one else', async () => {
    const allowed = await app.inject({ method: 'GET', url: '/api/test-visits/count', headers: officer.headers });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toEqual({ visits: 1 });
    expect((await app.inject({ method: 'GET', url: '/api/test-visits/count', headers: admin.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/test-visits/count' })).statusCode).toBe(401);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: officer.headers });
    expect(me.json().permissions).toContain('test-visit.read');
  });

  it('runs its job on the job queue', async () => {
    const done = new Promise<string>((resolve) => jobDone.set(visit, resolve));
    await ctx.jobs.send('test-visits.note', { visitId: visit, note: 'first meeting, followed up' });
    expect(await done).toBe('first meeting, followed up');
  });

  it('adds its events to the enterprise timeline and moves its links on merge', async () => {
    const before = await app.inject({ method: 'GET', url: `/api/enterprises/${duplicate}/timeline`, headers: admin.headers });
    expect(before.json().items.map((i: { kind: string }) => i.kind)).toContain('visit');
    const merged = await app.inject({ method: 'POST', url: `/api/enterprises/${survivor}/merge`, headers: admin.headers, payload: { duplicateId: duplicate } });
    expect(merged.statusCode).toBe(200);
    const moved = await ctx.db.execute<{ enterprise_id: string }>(sql`SELECT enterprise_id FROM test_visits WHERE id = ${visit}`);
    expect(moved.rows[0]!.enterprise_id).toBe(survivor);
    const after = await app.inject({ method: 'GET', url: `/api/enterprises/${survivor}/timeline`, headers: admin.headers });
    expect(after.json().items.filter((i: { kind: string }) => i.kind === 'visit')).toHaveLength(1);
  });

  it('offers its records to the quick search of those who may open them', async () => {
    const forOfficer = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('meeting')}`, headers: officer.headers });
    expect(forOfficer.json().groups).toEqual([{ kind: 'test-visit', hits: [{ id: visit, title: expect.stringContaining('first meeting'), subtitle: null }] }]);
    const forAdmin = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('模块测试甲')}`, headers: admin.headers });
    expect(forAdmin.json().groups).toEqual([{ kind: 'enterprise', hits: [expect.objectContaining({ id: survivor, title: '青岛模块测试甲科技有限公司' })] }]);
  });

  it('seeds its demo data after the modules it builds on', async () => {
    const { db } = await createTestDatabase();
    await db.execute(createVisits);
    await seedDatabase(db, { demo: true, modules: [...modules, visitModule] });
    const seeded = await db.execute<{ note: string; name: string }>(
      sql`SELECT v.note, e.name FROM test_visits v JOIN enterprises e ON e.id = v.enterprise_id`,
    );
    expect(seeded.rows).toEqual([{ note: 'seeded visit', name: expect.any(String) }]);
  });
});

describe('a module that breaks the contract', () => {
  const { db, pool } = { db: null as never, pool: null as never };
  const context = { db, pool, config: loadConfig({}), jobs: null as never };
  const build = (extra: QiaoModule) => buildApp(context, { modules: [...modules, extra] });
  const route = (config: Record<string, unknown>) => async (app: FastifyInstance) => {
    app.get('/api/broken', { config, handler: async () => 'x' });
  };

  it('is refused at start: a route without a permission, an unknown permission, a permission defined twice, a name listed twice', async () => {
    await expect(build(defineModule({ name: 'x', routes: route({}) }))).rejects.toThrow(/must declare either config.permission or config.access/);
    await expect(build(defineModule({ name: 'x', routes: route({ permission: 'nobody.defines' }) }))).rejects.toThrow(/which no module defines/);
    await expect(build(defineModule({ name: 'x', permissions: { 'user.admin': ['leader'] } }))).rejects.toThrow(/user.admin is defined twice/);
    await expect(build(defineModule({ name: 'enterprises' }))).rejects.toThrow(/listed twice/);
  });

  it('is refused at start: an attachment kind declared twice, or without a limit', async () => {
    const kind = { kind: 'note', mediaTypes: ['application/pdf'], maxBytes: 1024, policy: null as never };
    await expect(build(defineModule({ name: 'x', attachmentKinds: [kind, kind] }))).rejects.toThrow(/attachment kind note is declared twice/);
    await expect(build(defineModule({ name: 'x', attachmentKinds: [{ ...kind, maxBytes: 0 }] }))).rejects.toThrow(/needs a positive maxBytes/);
  });
});
