import { describe, expect, it } from 'vitest';
import { composePermissions, definePermissions, permissionsOf } from './permissions.ts';

const enterprise = definePermissions({ 'enterprise.read': ['admin', 'officer', 'enterprise'], 'enterprise.merge': ['admin'] });
const accounts = definePermissions({ 'user.admin': ['admin'] });

describe('the permission table', () => {
  const table = composePermissions([enterprise, accounts]);

  it.each([
    [['admin'], ['enterprise.merge', 'enterprise.read', 'user.admin']],
    [['officer'], ['enterprise.read']],
    [['officer', 'enterprise'], ['enterprise.read']],
    [['judge'], []],
    [[], []],
    [['no-such-role'], []],
  ])('grants %j exactly %j', (roles, expected) => {
    expect(permissionsOf(table, roles)).toEqual(expected);
  });

  it('refuses a permission that two modules define', () => {
    expect(() => composePermissions([enterprise, { 'enterprise.read': ['leader'] }])).toThrow('enterprise.read is defined twice');
  });
});
