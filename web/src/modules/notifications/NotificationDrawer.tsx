import { CheckOutlined, MailOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationItem } from '../../api/types.ts';
import { api } from '../../app/api.ts';
import { formatDateTime } from '../../components/format.ts';
import { describeError } from '../../components/describe-error.ts';
import { ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { notificationListKey, notificationsKey } from './use-unread-count.ts';

const pageSize = 20;

/** Pages overlap when notices arrive between loading one page and the next: each is shown once. */
function distinct(items: NotificationItem[]): NotificationItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/** The user's notifications, newest first: each leads to its record; read ones fade. The whole width on a phone. */
export function NotificationDrawer({ open, onClose, unread }: { open: boolean; onClose: () => void; unread: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    // The texts are worded by the server in the request's language.
    queryKey: [...notificationListKey, i18n.language],
    queryFn: ({ pageParam, signal }) => api.GET('/api/notifications', { params: { query: { page: pageParam, pageSize } }, signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled: open,
  });
  const items = distinct(list.data?.pages.flatMap((page) => page.items) ?? []);

  async function change(write: () => Promise<unknown>) {
    try {
      await write();
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    } catch (error) {
      void message.error(describeError(error, t));
    }
  }
  const markRead = (item: NotificationItem) =>
    item.readAt ? Promise.resolve() : change(() => api.POST('/api/notifications/{id}/read', { params: { path: { id: item.id } } }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size={isMobile ? '100%' : 420}
      title={t('notifications.title')}
      extra={
        <Button size="small" icon={<CheckOutlined />} disabled={unread === 0} onClick={() => void change(() => api.POST('/api/notifications/read-all'))}>
          {t('notifications.markAllRead')}
        </Button>
      }
      footer={
        <Link to="/notifications/settings" onClick={onClose}>
          <MailOutlined /> {t('notifications.emailSettings')}
        </Link>
      }
      styles={{ body: { padding: 0 } }}
    >
      {list.error ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <List<NotificationItem>
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
          loadMore={
            list.hasNextPage && (
              <div className="notification-load-more">
                <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                  {t('notifications.loadMore')}
                </Button>
              </div>
            )
          }
          renderItem={(item) => {
            const text = <Typography.Text strong={!item.readAt}>{item.text}</Typography.Text>;
            return (
              <List.Item
                key={item.id}
                className={item.readAt ? 'notification-item' : 'notification-item notification-unread'}
                actions={
                  item.readAt
                    ? []
                    : [<Button key="read" type="text" size="small" icon={<CheckOutlined />} aria-label={t('notifications.markRead')} title={t('notifications.markRead')} onClick={() => void markRead(item)} />]
                }
              >
                <List.Item.Meta
                  avatar={<Badge status={item.readAt ? 'default' : 'processing'} />}
                  title={
                    item.link ? (
                      <Link
                        to={item.link}
                        onClick={() => {
                          void markRead(item);
                          onClose();
                        }}
                      >
                        {text}
                      </Link>
                    ) : (
                      text
                    )
                  }
                  description={formatDateTime(item.createdAt)}
                />
              </List.Item>
            );
          }}
        />
      )}
    </Drawer>
  );
}
