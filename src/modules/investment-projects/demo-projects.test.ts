import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { countedAmountWan } from './counting-rules.ts';
import { projectStages } from './project-stages.ts';
import { readProjectHome } from './read-project-home.ts';
import { projects, projectSignings } from './schema.ts';

const hour = 3_600_000;

describe('the demo projects', () => {
  it("hold the showroom's story, a project at every stage, a capital increase and a re-signed project", async () => {
    const { db } = await createDemoDatabase();
    const rows = await db.select().from(projects);
    expect(new Set(rows.map((p) => p.stage))).toEqual(new Set(projectStages));

    const showroom = rows.find((p) => p.name.includes('德纺'))!;
    const moves = await db.select().from(workflowTransitions).where(eq(workflowTransitions.recordId, showroom.id)).orderBy(asc(workflowTransitions.at));
    const when = (action: string) => moves.find((m) => m.action === action)!.at.getTime();
    // A courtesy call to intent in half a day, a decision within a month, open six weeks after construction began.
    expect(when('intent') - when('contact')).toBeLessThanOrEqual(12 * hour);
    expect(when('sign') - when('intent')).toBeLessThanOrEqual(31 * 24 * hour);
    expect(when('produce') - when('beginConstruction')).toBe(42 * 24 * hour);
    expect(showroom).toMatchObject({ stage: 'producing', capitalOrigin: 'foreign', regionCode: '370215' });
    expect(showroom.registeredEnterpriseId).not.toBeNull();

    const increase = rows.find((p) => p.kind === 'capitalIncrease')!;
    expect(countedAmountWan(increase)).toBe(6000);
    const signings = await db.select().from(projectSignings);
    const perProject = new Map<string, number>();
    for (const s of signings) perProject.set(s.projectId, (perProject.get(s.projectId) ?? 0) + 1);
    const resigned = rows.filter((p) => (perProject.get(p.id) ?? 0) > 1).map((p) => p.name);
    expect(resigned.sort()).toEqual(['VR 头显整机扩产项目', '芯联微 12 英寸特色工艺晶圆项目']);
    expect(rows.filter((p) => p.agreedAmountWan !== null && p.amountFileId === null).length).toBeGreaterThanOrEqual(1);

    const [officer] = await db.select().from(users).where(eq(users.username, 'officer'));
    const home = await readProjectHome(db, { id: officer!.id, permissions: ['project.read', 'project.work', 'lead.read', 'lead.work'] }, 'zh-CN', {
      stall: { stallDays: 30 },
      idle: { returnDays: 30, warningDays: 5 },
    });
    expect(home.stalled.items.map((p) => p.name)).toContain('无人机飞控芯片北方研发中心');
    expect(home.dueFollowUps.items.map((p) => p.name)).toEqual(expect.arrayContaining(['无人机飞控芯片北方研发中心', '激光加工装备华北服务中心']));
    expect(home.leadsReturningSoon!.items.map((lead) => lead.enterpriseName)).toEqual(['深圳市云翼无人机科技有限公司']);
  });
});
