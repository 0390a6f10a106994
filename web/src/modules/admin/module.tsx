import { TagsOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const UsersPage = lazy(() => import('./UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const TagsPage = lazy(() => import('./TagsPage.tsx').then((m) => ({ default: m.TagsPage })));

/** System administration: accounts and the enterprise tags. */
export const adminWebModule = defineWebModule({
  name: 'admin',
  routes: [
    { path: 'admin/users', page: UsersPage, permission: 'user.admin' },
    { path: 'admin/tags', page: TagsPage, permission: 'tag.admin' },
  ],
  navigation: [
    { key: 'users', path: '/admin/users', icon: <TeamOutlined />, permission: 'user.admin', group: 'administration' },
    { key: 'tags', path: '/admin/tags', icon: <TagsOutlined />, permission: 'tag.admin', group: 'administration' },
  ],
});
