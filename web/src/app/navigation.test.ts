import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../src/platform/auth/permissions.ts';
import type { Role } from '../../../src/platform/auth/roles.ts';
import { permissionTableOf } from '../../../src/server/compose.ts';
import { modules } from '../../../src/server/modules.ts';
import { webModules } from './modules.ts';
import { navigationFor, navKeyOf, startPathFor } from './navigation.ts';

// What each role holds, from the server's own table.
const table = permissionTableOf(modules);
const viewer = (role: Role) => ({ permissions: permissionsOf(table, [role]) });
const keys = (role: Role) =>
  navigationFor(viewer(role), webModules).flatMap((item) => [item.key, ...(item.children ?? []).map((child) => child.key)]);

describe('navigation by permission', () => {
  it('gives enterprise users the home page (the matches for their demands), their own enterprise, the service windows and profile only', () => {
    expect(keys('enterprise')).toEqual(['home', 'myEnterprise', 'serviceWindows', 'profile']);
    expect(startPathFor(viewer('enterprise'), webModules)).toBe('/');
  });

  it('gives users whose modules have no home card yet the home page and profile', () => {
    expect(keys('investor')).toEqual(['home', 'serviceWindows', 'profile']);
    expect(startPathFor(viewer('investor'), webModules)).toBe('/');
  });

  it('gives staff the enterprises, leaders the audit log, administrators the whole administration', () => {
    expect(keys('officer')).toEqual(['home', 'enterprises', 'profile']);
    expect(keys('leader')).toEqual(['home', 'enterprises', 'administration', 'auditLog', 'profile']);
    expect(keys('admin')).toEqual(['home', 'enterprises', 'windowQueue', 'administration', 'windowSettings', 'users', 'tags', 'auditLog', 'profile']);
    expect(keys('operator')).toEqual(['home', 'enterprises', 'windowQueue', 'administration', 'windowSettings', 'profile']);
  });

  it('finds the menu item of nested pages', () => {
    const items = navigationFor(viewer('admin'), webModules);
    expect(navKeyOf(items, '/enterprises/42/edit')).toBe('enterprises');
    expect(navKeyOf(items, '/admin/tags')).toBe('tags');
    expect(navKeyOf(items, '/')).toBe('home');
    expect(navKeyOf(items, '/enterprisesX')).toBeUndefined();
  });
});
