import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './use-unread-count.ts';

// Loaded when first opened: the shell carries only the bell.
const NotificationDrawer = lazy(() => import('./NotificationDrawer.tsx').then((m) => ({ default: m.NotificationDrawer })));

/** The top bar's bell: the live unread count, and the user's notifications in a drawer. */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        type="text"
        aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
        data-testid="notification-bell"
        onClick={() => {
          setOpen(true);
          setOpened(true);
        }}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined />
          </Badge>
        }
      />
      {opened && (
        <Suspense fallback={null}>
          <NotificationDrawer open={open} onClose={() => setOpen(false)} unread={count} />
        </Suspense>
      )}
    </>
  );
}
