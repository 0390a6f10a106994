import { describe, expect, it } from 'vitest';
import { systemActor } from '../audit/record-audit.ts';
import { enterpriseExists } from '../../server/modules.ts';
import { createTestDatabase } from '../../test/database.ts';
import { findUsersWithPassword } from './find-users-with-password.ts';
import { createUser, updateUser } from './users.ts';

const { db } = await createTestDatabase();

describe('accounts still using a known password', () => {
  it('names the enabled accounts that sign in with it, whatever the case of their names', async () => {
    const create = (username: string, password: string) =>
      createUser(db, systemActor, { username, displayName: username, password, roles: ['leader'] }, enterpriseExists);
    await create('demo-kept', 'shared-demo-secret');
    await create('demo-changed', 'Copper-Lantern-Drift-77');
    const disabled = await create('demo-disabled', 'shared-demo-secret');
    await updateUser(db, systemActor, disabled.id, { disabled: true }, enterpriseExists);

    const found = await findUsersWithPassword(db, ['DEMO-KEPT', 'demo-changed', 'demo-disabled', 'demo-missing'], 'shared-demo-secret');
    expect(found).toEqual(['demo-kept']);
    expect(await findUsersWithPassword(db, [], 'shared-demo-secret')).toEqual([]);
  });
});
