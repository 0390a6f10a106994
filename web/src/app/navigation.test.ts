import { describe, expect, it } from 'vitest';
import { navigationFor, navKeyOf } from './navigation.ts';

const keys = (roles: string[]) => navigationFor(roles).flatMap((item) => [item.key, ...(item.children ?? []).map((child) => child.key)]);

describe('navigation by role', () => {
  it('gives enterprise users their own enterprise and profile only', () => {
    expect(keys(['enterprise'])).toEqual(['myEnterprise', 'profile']);
  });

  it('gives investors and judges the home page and profile', () => {
    expect(keys(['investor'])).toEqual(['home', 'profile']);
    expect(keys(['judge'])).toEqual(['home', 'profile']);
  });

  it('gives staff the enterprises and administrators the system administration', () => {
    expect(keys(['officer'])).toEqual(['home', 'enterprises', 'profile']);
    expect(keys(['admin'])).toEqual(['home', 'enterprises', 'administration', 'users', 'tags', 'profile']);
  });

  it('finds the menu item of nested pages', () => {
    const items = navigationFor(['admin']);
    expect(navKeyOf(items, '/enterprises/42/edit')).toBe('enterprises');
    expect(navKeyOf(items, '/admin/tags')).toBe('tags');
    expect(navKeyOf(items, '/')).toBe('home');
    expect(navKeyOf(items, '/enterprisesX')).toBeUndefined();
  });
});
