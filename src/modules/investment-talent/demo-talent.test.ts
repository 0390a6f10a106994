import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { projects } from '../investment-projects/schema.ts';
import { talentRecords } from './schema.ts';

describe('the demo talent', () => {
  it('holds the drone battery team linked to its project, a VR lab lead, one landed and one on hold', async () => {
    const { db } = await createDemoDatabase();
    const rows = await db.select().from(talentRecords);
    const battery = rows.find((t) => t.name.includes('动力电池'))!;
    const [project] = await db.select().from(projects).where(eq(projects.id, battery.projectId!));
    expect(project!.name).toBe('工业级无人机整机生产线');
    expect(battery).toMatchObject({ kind: 'team', currentCity: '深圳', stage: 'intent' });
    expect(battery.teamId).toBe(project!.teamId);
    expect(rows.find((t) => t.name.includes('虚拟现实实验室'))).toMatchObject({ kind: 'person', stage: 'contact' });
    const landed = rows.find((t) => t.stage === 'landed')!;
    expect(landed.landedOn).not.toBeNull();
    expect(landed.landedEnterpriseId).not.toBeNull();
    expect(rows.find((t) => t.stage === 'onHold')).toMatchObject({ heldFromStage: 'contact' });
  });
});
