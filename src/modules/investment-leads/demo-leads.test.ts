import { eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { enterprises } from '../enterprises/schema.ts';
import { readLeadHome } from './read-lead-home.ts';
import { leadFollowUps, leads } from './schema.ts';

describe('the demo leads', () => {
  it("load the field office's companies, the showroom and the VR firms, some in the pool, with the demo officers in their teams", async () => {
    const { db } = await createDemoDatabase();
    const rows = await db.select({ lead: leads, name: enterprises.name }).from(leads).innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId));
    // Its own 12, and the 60 the competition's Shenzhen round became when it closed (owned, none in the pool).
    expect(rows).toHaveLength(72);
    expect(rows.filter((r) => r.lead.ownerId === null)).toHaveLength(5);
    const drone = rows.find((r) => r.name === '深圳市翼控微电子有限公司')!;
    expect(drone.lead).toMatchObject({ source: 'field-research', priority: 'high', chainSegment: '无人机飞控芯片' });
    const notes = await db.select({ note: leadFollowUps.note }).from(leadFollowUps).where(eq(leadFollowUps.leadId, drone.lead.id));
    expect(notes.some((n) => n.note.includes('电池') && n.note.includes('螺旋桨') && n.note.includes('遥控终端'))).toBe(true);
    expect(rows.some((r) => r.name.startsWith('德纺'))).toBe(true);

    const [officer] = await db.select().from(users).where(eq(users.username, 'officer'));
    const teamsToday = await membershipsOn(db, chinaToday(), { userIds: [officer!.id] });
    expect(teamsToday.map((m) => [m.teamName, m.role])).toEqual([['西海岸新区驻深办', 'lead']]);
    expect(rows.filter((r) => r.lead.ownerId === officer!.id).every((r) => r.lead.teamId === teamsToday[0]!.teamId)).toBe(true);
    // The officer's home shows work: follow-ups due, one lead about to return to the pool.
    const home = await readLeadHome(db, { id: officer!.id, permissions: ['lead.read', 'lead.work'] }, 'zh-CN', { returnDays: 30, warningDays: 5 });
    expect(home.dueFollowUps.items.map((lead) => lead.enterpriseName)).toEqual(['深圳市云翼无人机科技有限公司', '深圳市翼控微电子有限公司']);
    expect(home.returningSoon.items.map((lead) => lead.enterpriseName)).toEqual(['深圳市云翼无人机科技有限公司']);
    expect(await db.select({ id: leads.id }).from(leads).where(isNull(leads.ownerId))).toHaveLength(5);
  });
});
