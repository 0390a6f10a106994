import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { getSite } from './get-site.ts';
import { readOccupancySeries } from './read-occupancy.ts';
import { demoExpoCentre } from './seed-demo-sites.ts';
import { mayManageSite } from './site-policy.ts';
import { siteLeases, sites } from './schema.ts';

describe('the demo sites', () => {
  it('load the expo centre leased above 80 % in its eighth month, managed by officer2, and a smaller park', async () => {
    const { db } = await createDemoDatabase();
    const all = await db.select().from(sites);
    expect(all.map((s) => s.name).sort()).toEqual([demoExpoCentre, '即墨区青年创新创业园'].sort());
    const expo = all.find((s) => s.name === demoExpoCentre)!;

    const series = await readOccupancySeries(db, expo.id, {});
    const shares = series.map((point) => point.leasedShare);
    expect(series.at(-1)!.month).toBe(chinaToday().slice(0, 7));
    // Twelve months shown; leasing began eight months ago and rose every month to above 80 %.
    const leasing = shares.slice(-8);
    expect(shares.slice(0, -8).every((share) => share === 0)).toBe(true);
    expect(leasing[0]).toBeGreaterThan(0);
    expect(leasing.at(-1)).toBeGreaterThan(0.8);
    expect(leasing.slice(1).every((share, i) => share >= leasing[i]! - 0.005)).toBe(true);

    const [manager] = await db.select().from(users).where(eq(users.username, 'officer2'));
    expect(await mayManageSite(db, { id: manager!.id, permissions: ['sites.read'] }, expo)).toBe(true);
    const detail = await getSite(db, { id: manager!.id, permissions: ['sites.read'] }, expo.id, 'zh-CN');
    expect(detail.units).toBeGreaterThanOrEqual(200);
    expect(detail.occupancy.leasedShare).toBe(series.at(-1)!.leasedShare);
    expect(await db.select().from(siteLeases).where(and(eq(siteLeases.state, 'intent')))).not.toHaveLength(0);
  });
});
