import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enterprises } from '../modules/enterprises/schema.ts';
import { users } from '../platform/auth/schema.ts';
import { logIn } from '../platform/auth/log-in.ts';
import { modules } from '../server/modules.ts';
import { createTestDatabase } from '../test/database.ts';
import { demoPassword, seedDatabase } from './seed.ts';

describe('first-start seeding', () => {
  it('without demo data creates only an administrator whose one-time password must be changed', async () => {
    const { db } = await createTestDatabase();
    const accounts = await seedDatabase(db, { demo: false, modules });
    expect(accounts).toHaveLength(1);
    const [admin] = accounts;
    expect(admin).toMatchObject({ username: 'admin', roles: ['admin'] });
    expect(admin!.password).not.toBe(demoPassword);
    expect(admin!.password).toMatch(/^[A-Za-z0-9]{14}$/);

    const rows = await db.select().from(users);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ username: 'admin', mustChangePassword: true });
    await expect(logIn(db, { username: 'admin', password: admin!.password, ip: '127.0.0.1', ttlHours: 1 })).resolves.toHaveProperty('token');
  });

  it('with demo data creates a user of every role, the enterprise user tied to a demo enterprise and the investor to a fund', async () => {
    const { db } = await createTestDatabase();
    const accounts = await seedDatabase(db, { demo: true, modules });
    const roles = new Set(accounts.flatMap((account) => account.roles));
    expect([...roles].sort()).toEqual(['admin', 'agent', 'enterprise', 'entrant', 'investor', 'judge', 'leader', 'officer', 'operator', 'organiser']);
    const [enterpriseUser] = await db.select().from(users).where(eq(users.username, 'enterprise'));
    expect(enterpriseUser?.enterpriseId).toEqual(expect.any(String));
    const [investor] = await db.select().from(users).where(eq(users.username, 'investor'));
    const [fund] = await db.select({ kind: enterprises.kind }).from(enterprises).where(eq(enterprises.id, investor!.enterpriseId!));
    expect(fund?.kind).toBe('investor');
  });
});
