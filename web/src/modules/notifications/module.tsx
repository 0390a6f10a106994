import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const NotificationSettingsPage = lazy(() => import('./NotificationSettingsPage.tsx').then((m) => ({ default: m.NotificationSettingsPage })));

/** Every user's notifications: the bell in the top bar (NotificationBell) and the e-mail settings. */
export const notificationsWebModule = defineWebModule({
  name: 'notifications',
  routes: [{ path: 'notifications/settings', page: NotificationSettingsPage }],
});
