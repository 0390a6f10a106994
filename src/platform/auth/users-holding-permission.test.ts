import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.ts';
import { systemActor } from '../audit/record-audit.ts';
import { definePermissions } from './permissions.ts';
import { createUser, updateUser } from './users.ts';
import { usersHoldingPermission } from './users-holding-permission.ts';

const { db } = await createTestDatabase();
const noEnterprise = async () => false;
const table = definePermissions({ 'queue.answer': ['operator', 'agent'], 'queue.nobody': [] });

async function user(username: string, roles: ('admin' | 'operator' | 'agent' | 'leader')[]) {
  return (await createUser(db, systemActor, { username, displayName: username, password: 'x-unused-1', roles }, noEnterprise)).id;
}

describe('usersHoldingPermission', () => {
  it('finds the enabled users any of whose roles hold the permission, and nobody for an ungranted one', async () => {
    const operator = await user('op', ['operator']);
    const both = await user('both', ['agent', 'leader']);
    await user('leader', ['leader']);
    const disabled = await user('gone', ['agent']);
    await updateUser(db, systemActor, disabled, { disabled: true }, noEnterprise);

    expect((await usersHoldingPermission(db, table, 'queue.answer')).sort()).toEqual([operator, both].sort());
    expect(await usersHoldingPermission(db, table, 'queue.nobody')).toEqual([]);
    expect(await usersHoldingPermission(db, table, 'queue.unknown')).toEqual([]);
    expect(await usersHoldingPermission(db, table, 'queue.answer', { among: [both, disabled] })).toEqual([both]);
    expect(await usersHoldingPermission(db, table, 'queue.answer', { among: [] })).toEqual([]);
  });
});
