import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Translation } from '../i18n/index.ts';
import type { Permission } from './access.ts';

/** A menu label: a key of the `nav` translations. */
export type NavKey = keyof Translation['nav'];

type Page = LazyExoticComponent<ComponentType> | ComponentType;

/** A page inside the signed-in layout. Without a permission, any signed-in user may open it. */
export interface WebRoute {
  /** Relative to the root, e.g. `enterprises/:id`. */
  path: string;
  page: Page;
  /** One permission, or any of a list (a page that staff and organisations each see their part of). */
  permission?: Permission | readonly Permission[];
}

/**
 * A page outside the signed-in layout, open to anyone without asking for a session (the market's public portal);
 * it brings its own frame, and any data it shows comes from the server's `access: 'public'` routes.
 */
export interface PublicRoute {
  /** Relative to the root, e.g. `portal/listings/:id`; its first segment is the module's own. */
  path: string;
  page: Page;
}

/** The menu groups that modules' entries may sit under. */
export type NavGroup = 'administration' & NavKey;

/** A menu entry; its label is the translation `nav.<key>`. */
export interface NavEntry {
  key: NavKey;
  path: string;
  icon: ReactNode;
  permission?: Permission | readonly Permission[];
  group?: NavGroup;
  /** The user's start page when the home page has nothing for them (an enterprise user's own record). */
  start?: boolean;
}

/** A card on the home page, shown to holders of its permission; `wide` takes the whole row. */
export interface HomeCard {
  key: string;
  permission: Permission;
  /**
   * Not shown to holders of this permission: an organisation's own-records cards say nothing to the operators, who
   * hold the writing permissions to write for others and have their queues instead.
   */
  hiddenFrom?: Permission;
  card: Page;
  wide?: boolean;
}

/**
 * A card a module adds to an enterprise's page (the key enterprise's links), shown to holders of its permission
 * below the record's contacts; it is given the enterprise's id and loads its own data.
 */
export interface EnterpriseCard {
  key: string;
  permission: Permission;
  card: LazyExoticComponent<ComponentType<{ enterpriseId: string }>> | ComponentType<{ enterpriseId: string }>;
}

/** How the header's quick search shows one kind of record (see the server's quick-search sources). */
export interface QuickSearchKind {
  kind: string;
  /** The group's heading: a key of the `search` translations. */
  label: keyof Translation['search'];
  pathOf: (id: string) => string;
}

/**
 * Everything a module adds to the web app, in one definition; the router, the menu, the home page, the enterprise page
 * and the quick search iterate the list in web/src/app/modules.ts.
 */
export interface WebModule {
  name: string;
  routes?: WebRoute[];
  publicRoutes?: PublicRoute[];
  navigation?: NavEntry[];
  homeCards?: HomeCard[];
  enterpriseCards?: EnterpriseCard[];
  quickSearch?: QuickSearchKind[];
}

export function defineWebModule(module: WebModule): WebModule {
  return module;
}
