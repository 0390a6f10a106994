import { and, eq, gte, lte } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { addMonths, chinaThisMonth, daysOfMonth } from '../../platform/calendar/china-month.ts';
import { teams } from '../../platform/teams/schema.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { enterprises } from '../enterprises/schema.ts';
import { monthlyActivity } from './monthly-activity.ts';
import { fieldTrips, visitConcerns, visits } from './schema.ts';
import { tripReport } from './trip-report.ts';
import { visitHome } from './visit-home.ts';

describe('the demo visits', () => {
  it("load the Shenzhen office's month: more than forty visits, the drone chip maker's supply-chain concern, a trip, open next steps", async () => {
    const { db } = await createDemoDatabase();
    const [officer] = await db.select().from(users).where(eq(users.username, 'officer'));
    const reader = { id: officer!.id, permissions: ['visit.read', 'visit.record'] as const };
    const lastMonth = addMonths(chinaThisMonth(), -1);
    const { first, last } = daysOfMonth(lastMonth);
    // The office's own visits: other demo data (崂山区's key enterprises) visits in the same month.
    const [office] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, '西海岸新区驻深办'));
    const monthVisits = await db
      .select({ id: visits.id })
      .from(visits)
      .where(and(eq(visits.teamId, office!.id), gte(visits.visitedOn, first), lte(visits.visitedOn, last)));
    expect(monthVisits.length).toBeGreaterThanOrEqual(40);

    const activity = await monthlyActivity(db, { ...reader, permissions: [...reader.permissions] }, { month: lastMonth });
    expect(activity.totals.visits).toBe(monthVisits.length);
    expect(activity.teams.map((team) => team.teamName)).toEqual(['西海岸新区驻深办']);
    expect(activity.concerns.every((concern) => concern.count > 0)).toBe(true);

    const chip = await db
      .select({ tag: visitConcerns.tag, note: visitConcerns.note })
      .from(visitConcerns)
      .innerJoin(visits, eq(visits.id, visitConcerns.visitId))
      .innerJoin(enterprises, eq(enterprises.id, visits.enterpriseId))
      .where(eq(enterprises.name, '深圳市翼控微电子有限公司'));
    expect(chip.some((c) => c.tag === 'supply-chain' && ['电池', '螺旋桨', '遥控终端'].every((word) => c.note?.includes(word)))).toBe(true);

    const [trip] = await db.select().from(fieldTrips);
    const report = await tripReport(db, { ...reader, permissions: [...reader.permissions] }, trip!.id);
    expect(report.visits.length).toBeGreaterThanOrEqual(4);
    expect(report.concerns.find((c) => c.tag === 'supply-chain')!.count).toBeGreaterThanOrEqual(3);

    const home = await visitHome(db, { ...reader, permissions: [...reader.permissions] });
    expect(home.open).toBeGreaterThan(0);
  });
});
