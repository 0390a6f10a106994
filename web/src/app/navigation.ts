import { HomeOutlined as HomeIcon, SettingOutlined } from '@ant-design/icons';
import { createElement, type ReactNode } from 'react';
import { can } from './access.ts';
import type { NavGroup, NavKey, WebModule } from './web-module.ts';

export interface NavItem {
  key: NavKey;
  /** Where the item leads; groups have children instead. */
  path?: string;
  icon?: ReactNode;
  children?: NavItem[];
}

const groupIcons: Record<NavGroup, ReactNode> = { administration: createElement(SettingOutlined) };

type Viewer = { permissions: readonly string[] };

/** The home page's cards this user may see, from every module. */
export function homeCardsFor(me: Viewer, modules: readonly WebModule[]) {
  return modules
    .flatMap((module) => module.homeCards ?? [])
    .filter((card) => can(me, card.permission) && !(card.hiddenFrom && can(me, card.hiddenFrom)));
}

/** The cards modules add to an enterprise's page that this user may see. */
export function enterpriseCardsFor(me: Viewer, modules: readonly WebModule[]) {
  return modules.flatMap((module) => module.enterpriseCards ?? []).filter((card) => can(me, card.permission));
}

/** Where the user starts: home, unless it has nothing for them and a module offers a start page. */
export function startPathFor(me: Viewer, modules: readonly WebModule[]): string {
  if (homeCardsFor(me, modules).length > 0) return '/';
  const start = modules.flatMap((module) => module.navigation ?? []).find((entry) => entry.start && (!entry.permission || can(me, entry.permission)));
  return start?.path ?? '/';
}

/**
 * The menu a user sees: home, then every module's entries their permissions open, in the modules' order, and last
 * the groups (administration) with theirs, so that one module's settings page does not pull the group up among the
 * daily work.
 */
export function navigationFor(me: Viewer, modules: readonly WebModule[]): NavItem[] {
  const items: NavItem[] = [];
  if (startPathFor(me, modules) === '/') items.push({ key: 'home', path: '/', icon: createElement(HomeIcon) });
  const groups = new Map<NavGroup, NavItem>();
  for (const entry of modules.flatMap((module) => module.navigation ?? [])) {
    if (entry.permission && !can(me, entry.permission)) continue;
    const item = { key: entry.key, path: entry.path, icon: entry.icon };
    if (!entry.group) {
      items.push(item);
      continue;
    }
    let group = groups.get(entry.group);
    if (!group) {
      group = { key: entry.group, icon: groupIcons[entry.group], children: [] };
      groups.set(entry.group, group);
    }
    group.children!.push(item);
  }
  return [...items, ...groups.values()];
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
