import { UserOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const ProfilePage = lazy(() => import('./ProfilePage.tsx').then((m) => ({ default: m.ProfilePage })));

export const profileWebModule = defineWebModule({
  name: 'profile',
  routes: [{ path: 'profile', page: ProfilePage }],
  navigation: [{ key: 'profile', path: '/profile', icon: <UserOutlined /> }],
});
