import { access, hasAnyRole } from './access.ts';

export type NavKey = 'home' | 'enterprises' | 'myEnterprise' | 'administration' | 'users' | 'tags' | 'profile';

export interface NavItem {
  key: NavKey;
  /** Where the item leads; groups have children instead. */
  path?: string;
  children?: NavItem[];
}

/** The menu a user sees: only the parts of the app their roles open. */
export function navigationFor(userRoles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  if (hasAnyRole(userRoles, access.home)) items.push({ key: 'home', path: '/' });
  if (hasAnyRole(userRoles, access.enterprises)) items.push({ key: 'enterprises', path: '/enterprises' });
  if (hasAnyRole(userRoles, access.ownEnterprise)) items.push({ key: 'myEnterprise', path: '/my-enterprise' });
  if (hasAnyRole(userRoles, access.administration)) {
    items.push({
      key: 'administration',
      children: [
        { key: 'users', path: '/admin/users' },
        { key: 'tags', path: '/admin/tags' },
      ],
    });
  }
  items.push({ key: 'profile', path: '/profile' });
  return items;
}

/** The menu item a path belongs to, e.g. `/enterprises/42/edit` → `enterprises`. */
export function navKeyOf(items: readonly NavItem[], pathname: string): NavKey | undefined {
  let best: { key: NavKey; length: number } | undefined;
  for (const item of items.flatMap((entry) => [entry, ...(entry.children ?? [])])) {
    if (!item.path) continue;
    const matches = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (!best || item.path.length > best.length)) best = { key: item.key, length: item.path.length };
  }
  return best?.key;
}
