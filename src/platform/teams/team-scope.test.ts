import { sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { teamScopeAllows, teamScopeCondition, teamScopeConditionDuring, teamScopeConditionOnDay, teamScopeOf } from './team-scope.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);
const colleague = await signIn(['officer']);

// A table kept by teams, as a module's leads or projects are.
const records = pgTable('scope_test_records', { name: text('name').notNull(), teamId: uuid('team_id'), ownerId: uuid('owner_id') });
await ctx.db.execute(sql`CREATE TABLE scope_test_records (name text NOT NULL, team_id uuid, owner_id uuid)`);

async function newTeam(name: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/teams', headers: admin.headers, payload: { name } });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

const shenzhen = await newTeam('西海岸新区驻深办（范围）');
const jimo = await newTeam('即墨区招商一科（范围）');
for (const [teamId, userId, startsOn, endsOn] of [
  [shenzhen, officer.userId, '2026-03-01', '2026-03-31'],
  [jimo, officer.userId, '2026-04-01', null],
  [jimo, colleague.userId, '2026-01-01', null],
] as const) {
  const response = await app.inject({ method: 'POST', url: `/api/teams/${teamId}/memberships`, headers: admin.headers, payload: { userId, startsOn, endsOn } });
  expect(response.statusCode, response.body).toBe(201);
}
const rows = [
  { name: 'shenzhen-colleague', teamId: shenzhen, ownerId: colleague.userId },
  { name: 'shenzhen-own', teamId: shenzhen, ownerId: officer.userId },
  { name: 'jimo-colleague', teamId: jimo, ownerId: colleague.userId },
  { name: 'pool', teamId: null, ownerId: null },
];
await ctx.db.insert(records).values(rows);

// The day each scope was taken on, for the condition that reads the teams of that day itself.
const scopeDays = new Map<object, string>();
async function scopeOn(userId: string, day: string) {
  const scope = await teamScopeOf(ctx.db, { id: userId }, false, day);
  scopeDays.set(scope, day);
  return scope;
}

async function seen(scope: Awaited<ReturnType<typeof teamScopeOf>>, pool: boolean) {
  const found = await ctx.db.select({ name: records.name }).from(records).where(teamScopeCondition(scope, { teamId: records.teamId, ownerId: records.ownerId, pool }));
  const byRule = rows.filter((row) => teamScopeAllows(scope, row, { pool })).map((row) => row.name);
  // The SQL condition and the rule for a row in hand agree, and so does the condition that reads the teams itself.
  expect(found.map((row) => row.name).sort()).toEqual(byRule.sort());
  if (!scope.all) {
    const onDay = await ctx.db
      .select({ name: records.name })
      .from(records)
      .where(teamScopeConditionOnDay({ id: scope.userId }, false, scopeDays.get(scope)!, { teamId: records.teamId, ownerId: records.ownerId, pool }));
    expect(onDay.map((row) => row.name).sort()).toEqual(byRule.sort());
  }
  return byRule.sort();
}

describe('team scope', () => {
  it("follows an officer's rotation by date, keeps their own records, and opens the pool only where asked", async () => {
    const march = await scopeOn(officer.userId, '2026-03-15');
    expect(await seen(march, false)).toEqual(['shenzhen-colleague', 'shenzhen-own']);
    expect(await seen(march, true)).toEqual(['pool', 'shenzhen-colleague', 'shenzhen-own']);

    const april = await scopeOn(officer.userId, '2026-04-15');
    expect(await seen(april, false)).toEqual(['jimo-colleague', 'shenzhen-own']);
  });

  it('gives someone in no team their own records only, and a reader of everything all of them', async () => {
    const before = await scopeOn(officer.userId, '2026-02-01');
    expect(before).toEqual({ all: false, userId: officer.userId, teamIds: [] });
    expect(await seen(before, false)).toEqual(['shenzhen-own']);
    expect(await seen(await teamScopeOf(ctx.db, { id: admin.userId }, true), false)).toEqual(rows.map((row) => row.name).sort());
  });

  it("reads the teams over a period each row names, so a record is seen by its team's members of its own days", async () => {
    // Each row carries the period it speaks of, as a visit its day or a trip its first and last days.
    await ctx.db.execute(sql`CREATE TABLE scope_test_dated (name text NOT NULL, team_id uuid, owner_id uuid, starts_on date NOT NULL, ends_on date NOT NULL)`);
    const dated = pgTable('scope_test_dated', {
      name: text('name').notNull(),
      teamId: uuid('team_id'),
      ownerId: uuid('owner_id'),
      startsOn: text('starts_on').notNull(),
      endsOn: text('ends_on').notNull(),
    });
    await ctx.db.insert(dated).values([
      { name: 'shenzhen-march', teamId: shenzhen, ownerId: colleague.userId, startsOn: '2026-03-10', endsOn: '2026-03-10' },
      { name: 'shenzhen-may', teamId: shenzhen, ownerId: colleague.userId, startsOn: '2026-05-10', endsOn: '2026-05-10' },
      { name: 'shenzhen-trip-across', teamId: shenzhen, ownerId: colleague.userId, startsOn: '2026-02-25', endsOn: '2026-03-02' },
      { name: 'jimo-march', teamId: jimo, ownerId: colleague.userId, startsOn: '2026-03-10', endsOn: '2026-03-10' },
      { name: 'jimo-may', teamId: jimo, ownerId: colleague.userId, startsOn: '2026-05-10', endsOn: '2026-05-10' },
      { name: 'own-anytime', teamId: jimo, ownerId: officer.userId, startsOn: '2025-01-01', endsOn: '2025-01-01' },
    ]);
    const during = async (userId: string, readsAll = false) =>
      (
        await ctx.db
          .select({ name: dated.name })
          .from(dated)
          .where(teamScopeConditionDuring({ id: userId }, readsAll, { from: dated.startsOn, to: dated.endsOn }, { teamId: dated.teamId, ownerId: dated.ownerId }))
      )
        .map((row) => row.name)
        .sort();
    // In 驻深办 for March only, then 即墨 from April: March's Shenzhen records and the trip reaching into March, May's 即墨.
    expect(await during(officer.userId)).toEqual(['jimo-may', 'own-anytime', 'shenzhen-march', 'shenzhen-trip-across']);
    expect(await during(admin.userId, true)).toHaveLength(6);
  });
});

