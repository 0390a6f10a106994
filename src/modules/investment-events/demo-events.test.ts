import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { projectCredits, projects } from '../investment-projects/schema.ts';
import { getEvent } from './get-event.ts';
import { promotionEvents } from './schema.ts';

describe('the demo events', () => {
  it("hold 高新区's Shenzhen conference: 16 projects, 100 亿元, credited mostly to six cadres, one signed again at the city's ceremony", async () => {
    const { db } = await createDemoDatabase();
    const [leader] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'leader'));
    const reader = { id: leader!.id, permissions: ['event.read', 'project.read', 'project.readAll'] as const };
    const events = await db.select().from(promotionEvents);
    const byName = (name: string) => events.find((e) => e.name.includes(name))!;

    const conference = await getEvent(db, reader, byName('高新区（深圳）').id, 'zh-CN');
    expect(conference.signings).toHaveLength(16);
    expect(conference.totals).toMatchObject({ projects: 16, amountWan: 1_000_000 });
    // Since the conference: ten registered (five of them started, two producing), one terminated.
    expect(conference.landing).toMatchObject({ counted: 16, registered: { count: 10 }, started: { count: 5 }, producing: { count: 2 }, terminated: { count: 1 } });
    expect(conference.landing.registered.rate).toBe(0.625);

    // The six cadres hold the credit of fourteen of them; the 管委会's team the other two.
    const credits = await db
      .select({ projectId: projectCredits.projectId, userId: projectCredits.userId, teamId: projectCredits.teamId })
      .from(projectCredits)
      .where(inArray(projectCredits.projectId, conference.signings.map((s) => s.project.id)));
    expect(new Set(credits.filter((c) => c.teamId).map((c) => c.projectId)).size).toBe(2);
    const cadres = await db.select({ id: users.id }).from(users).where(inArray(users.username, ['gx-zhang', 'gx-liu', 'gx-chen', 'gx-wang', 'gx-zhou', 'gx-sun']));
    const managers = await db.select({ managerId: projects.managerId }).from(projects).where(inArray(projects.id, conference.signings.map((s) => s.project.id)));
    expect(new Set(managers.map((m) => m.managerId))).toEqual(new Set(cadres.map((c) => c.id)));
    expect(credits.filter((c) => c.userId).every((c) => cadres.some((cadre) => cadre.id === c.userId))).toBe(true);

    // At the ceremony: two projects first signed there, and the chip fab shown as counted at the conference.
    const ceremony = await getEvent(db, reader, byName('集中签约仪式').id, 'zh-CN');
    expect(ceremony.totals.projects).toBe(2);
    const again = ceremony.signings.find((s) => !s.counted)!;
    expect(again.project.name).toBe('芯联微 12 英寸特色工艺晶圆项目');
    expect(again.countedAt?.event?.id).toBe(conference.id);
  });
});
