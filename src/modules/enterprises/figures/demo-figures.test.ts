import { eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../../platform/auth/schema.ts';
import { createDemoDatabase } from '../../../test/demo-database.ts';
import { enterpriseFigures } from '../schema.ts';

describe('the demo figures', () => {
  it("name the district's policy commissioner as who gave the staff's figures and verified the self-reported ones", async () => {
    const { db } = await createDemoDatabase();
    const [commissioner] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'ls-policy'));
    const verified = await db.select().from(enterpriseFigures).where(isNotNull(enterpriseFigures.verifiedAt));
    expect(verified.length).toBeGreaterThan(0);
    expect(verified.every((figure) => figure.selfReported && figure.verifiedById === commissioner!.id)).toBe(true);
    const staffGiven = await db.select().from(enterpriseFigures).where(eq(enterpriseFigures.selfReported, false));
    expect(staffGiven.every((figure) => figure.updatedById === commissioner!.id)).toBe(true);
  });
});
