import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestDatabase } from '../../test/database.ts';
import { enterprises } from '../enterprises/schema.ts';
import { seedDemoEnterprises } from '../enterprises/seed-demo-enterprises.ts';
import { MatchEngine } from '../matching/engine/match-engine.ts';
import { demoCapitalDemands, demoFieldTables, demoTechnologyDemands, partyBuildingDemands } from './demo-data.ts';
import { demands, listings } from './schema.ts';
import { seedDemoMarket } from './seed-demo-market.ts';
import { publishedDemandsForMatch, publishedListingsForMatch } from './to-match.ts';

const { db } = await createTestDatabase();
const started = Date.now();
// After the enterprises' demo, as the module list seeds them: the demo enterprise user's company owns listings too.
const keys = await db.transaction(async (tx) => {
  const seed = { keys: await seedDemoEnterprises(tx) };
  await seedDemoMarket(tx, seed);
  return seed.keys;
});

async function statesOf(table: typeof listings | typeof demands) {
  const rows = await db.select({ state: table.state, rejected: table.rejectionReason, n: count() }).from(table).groupBy(table.state, table.rejectionReason);
  const states: Record<string, number> = {};
  for (const row of rows) {
    const state = row.state === 'draft' && row.rejected ? 'rejected' : row.state;
    states[state] = (states[state] ?? 0) + row.n;
  }
  return states;
}

describe('the market demo data', () => {
  it('is written from tables of every field, not copied blobs', () => {
    expect(demoFieldTables.map((table) => table.field)).toEqual(['新能源', '海洋科技', '虚拟现实与增强现实', '无人机与低空经济', '集成电路与芯片', '生物医药', '新材料', '纺织服装与面料', '家居家具', '软件与信息化']);
    expect(demoTechnologyDemands.length + partyBuildingDemands.length + demoCapitalDemands.length).toBe(60);
  });

  it('loads into an empty database with its owners as master records of their kind', async () => {
    const ids = [...keys].filter(([key]) => key.startsWith('market-org:')).map(([, id]) => id);
    const kinds = await db.select({ kind: enterprises.kind, n: count() }).from(enterprises).where(inArray(enterprises.id, ids)).groupBy(enterprises.kind);
    expect(Object.fromEntries(kinds.map((row) => [row.kind, row.n]))).toEqual({ university: 5, institute: 6, company: 22, investor: 5 });
    expect(keys.get('market-org:huanjing-vr')).toBe(keys.get('demo-enterprise-user'));
    const own = await db.select({ state: listings.state }).from(listings).where(eq(listings.ownerId, keys.get('demo-enterprise-user')!));
    expect(new Set(own.map((row) => row.state))).toEqual(new Set(['published', 'draft', 'submitted']));
  });

  it('has about 200 listings and 60 demands in every workflow state, mostly published', async () => {
    expect(await statesOf(listings)).toEqual({ published: 151, submitted: 10, draft: 10, rejected: 10, withdrawn: 10, expired: 10 });
    expect(await statesOf(demands)).toEqual({ published: 38, submitted: 5, draft: 4, rejected: 5, withdrawn: 4, expired: 4 });
    const [capital] = await db.select({ n: count() }).from(demands).where(eq(demands.kind, 'capital'));
    expect(capital?.n).toBe(15);
  });

  it('gives every record a history that ends in its state, with expiry dates that follow from its approval', async () => {
    const rows = [...(await db.select().from(listings)), ...(await db.select().from(demands))];
    const transitions = await db.select().from(workflowTransitions).orderBy(asc(workflowTransitions.id));
    const byRecord = new Map<string, typeof transitions>();
    for (const transition of transitions) byRecord.set(transition.recordId, [...(byRecord.get(transition.recordId) ?? []), transition]);
    for (const row of rows) {
      const history = byRecord.get(row.id)!;
      expect(history[0]).toMatchObject({ action: 'start', toState: 'draft' });
      expect(history.at(-1)!.toState).toBe(row.state);
      expect(history[0]!.at.getTime()).toBe(row.createdAt.getTime());
      expect(history.at(-1)!.at.getTime()).toBe(row.updatedAt.getTime());
      const times = history.map((transition) => transition.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(started);
      const approvals = history.filter((transition) => transition.action === 'approve');
      if (approvals.length) expect(row.expiresAt!.getTime()).toBe(approvals.at(-1)!.at.getTime() + 365 * 86_400_000);
      else expect(row.expiresAt).toBeNull();
      if (row.state === 'published') expect(row.expiresAt!.getTime()).toBeGreaterThan(started);
      if (row.state === 'published' && 'deadline' in row && row.deadline) expect(new Date(row.deadline).getTime()).toBeGreaterThan(started);
      if (row.state === 'expired') expect(row.expiresAt!.getTime()).toBeLessThan(history.at(-1)!.at.getTime());
      if (history.some((transition) => transition.action === 'reject')) {
        expect(row.rejectionReason).toBe((history.find((transition) => transition.action === 'reject')!.evidence as { reason: string }).reason);
      }
      expect(row.contacts).toHaveLength(1);
    }
  });

  it('gives every published record what the matching index reads', async () => {
    const published = await publishedListingsForMatch(db);
    expect(published).toHaveLength(151);
    for (const listing of published) {
      expect(listing).toMatchObject({ field: expect.any(String), owner: expect.any(String), region: expect.any(String), maturity: expect.any(String) });
      expect(listing.keywords.length).toBeGreaterThanOrEqual(3);
      expect(listing.modes!.length).toBeGreaterThan(0);
    }
    const demandsForMatch = await publishedDemandsForMatch(db);
    expect(demandsForMatch).toHaveLength(38);
    for (const demand of demandsForMatch) {
      expect(demand).toMatchObject({ field: expect.any(String), region: expect.any(String), maturityNeeded: expect.any(String), budgetWan: expect.any(Number) });
      expect(demand.description.length).toBeGreaterThan(20);
    }
  });

  it('publishes the party-building system with five buyers\' demands that it matches', async () => {
    const listingId = keys.get('market-listing:party-building')!;
    const [listing] = await db.select().from(listings).where(eq(listings.id, listingId));
    expect(listing).toMatchObject({ state: 'published', title: '“红帆”智慧党建信息化管理系统' });
    const demandIds = [1, 2, 3, 4, 5].map((n) => keys.get(`market-demand:party-building-${n}`)!);
    const buyers = await db.select().from(demands).where(and(inArray(demands.id, demandIds), eq(demands.state, 'published'), eq(demands.kind, 'technology')));
    expect(buyers).toHaveLength(5);
    expect(new Set(buyers.map((demand) => demand.ownerId)).size).toBe(5);
    expect(buyers.every((demand) => demand.fieldIds[0] === listing!.fieldId)).toBe(true);

    // The engine, fed the published market as the live index will be, ranks the system among each buyer's first three.
    const engine = new MatchEngine();
    await engine.upsertListings(await publishedListingsForMatch(db), { workers: 0 });
    for (const demand of (await publishedDemandsForMatch(db)).filter((d) => demandIds.includes(d.id))) {
      const ranked = engine.listingsForDemand(demand, { top: 3 }).map((match) => match.id);
      expect(ranked, demand.title).toContain(listingId);
    }
  });
});
