import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { readMyKeyEnterprises } from './read-my-key-enterprises.ts';

describe('the demo key enterprises', () => {
  it("link 崂山区's deputy head and policy commissioner to its VR firms, with recent visits on the commissioner's card", async () => {
    const { db } = await createDemoDatabase();
    const [commissioner] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'ls-policy'));
    const [leader] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'ls-leader'));
    const reader = (id: string) => ({ id, permissions: ['keyEnterprise.linked'] as const });

    const card = await readMyKeyEnterprises(db, reader(commissioner!.id), 'zh-CN', []);
    expect(card.items.map((item) => item.name).sort()).toEqual(['青岛幻境虚拟现实科技有限公司', '青岛微声电子科技有限公司', '青岛视界光学科技有限公司'].sort());
    const headset = card.items.find((item) => item.name === '青岛幻境虚拟现实科技有限公司')!;
    expect(headset.links.map((link) => link.role)).toEqual(['leader', 'commissioner']);
    expect(headset.recentVisits).toHaveLength(1);
    expect((await readMyKeyEnterprises(db, reader(leader!.id), 'zh-CN', [])).items).toHaveLength(2);
  });
});
