import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { sites } from '../sites/schema.ts';
import { listLandedProjects } from './project-landing.ts';

describe('the demo landings', () => {
  it("put the fabric group's showroom in the expo centre, listed there for its team and not for another's", async () => {
    const { db } = await createDemoDatabase();
    const [expo] = await db.select().from(sites).where(eq(sites.name, '即墨国际家居博览中心'));
    const reader = async (username: string) => {
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
      return { id: user!.id, permissions: ['project.read' as const] };
    };
    const jimo = await listLandedProjects(db, await reader('officer2'), expo!.id, { page: 1, pageSize: 10 });
    expect(jimo.items).toEqual([expect.objectContaining({ name: '德纺集团华北面料展示与区域采购中心', stage: 'producing', buildingName: 'C座 商务办公' })]);
    const shenzhen = await listLandedProjects(db, await reader('officer'), expo!.id, { page: 1, pageSize: 10 });
    expect(shenzhen.total).toBe(0);
  });
});
