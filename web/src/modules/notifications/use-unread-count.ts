import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../app/api.ts';

/** Every notification query; the list's and the count's keys start with it. */
export const notificationsKey = ['notifications'] as const;
const unreadCountKey = [...notificationsKey, 'unread-count'] as const;
export const notificationListKey = [...notificationsKey, 'list'] as const;

/** How often the count is asked for while the live stream is not to be had (refused, or reconnecting). */
const pollMs = 60_000;

/**
 * The unread count, kept live by the server's event stream while the page is visible. A hidden page closes its
 * stream, so that background tabs do not hold the browser's few connections to the server; a page whose stream is
 * refused (too many open) or lost asks for the count every minute instead. A changed count refreshes an open list.
 */
export function useUnreadCount(): number {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  const { data } = useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) => api.GET('/api/notifications/unread-count', { signal }),
    refetchInterval: live ? false : pollMs,
  });

  useEffect(() => {
    let source: EventSource | null = null;
    const open = () => {
      if (source || document.visibilityState !== 'visible') return;
      source = new EventSource('/api/notifications/stream');
      source.addEventListener('unread', (event) => {
        const { count } = JSON.parse((event as MessageEvent<string>).data) as { count: number };
        const previous = queryClient.getQueryData<{ count: number }>(unreadCountKey)?.count;
        queryClient.setQueryData(unreadCountKey, { count });
        if (previous !== count) void queryClient.invalidateQueries({ queryKey: notificationListKey });
        setLive(true);
      });
      source.onerror = () => {
        setLive(false);
        // Closed for good (refused, or signed out): polling takes over until the page is shown again.
        if (source?.readyState === EventSource.CLOSED) source = null;
      };
    };
    const close = () => {
      source?.close();
      source = null;
      setLive(false);
    };
    const followVisibility = () => (document.visibilityState === 'visible' ? open() : close());
    open();
    document.addEventListener('visibilitychange', followVisibility);
    return () => {
      document.removeEventListener('visibilitychange', followVisibility);
      close();
    };
  }, [queryClient]);

  return data?.count ?? 0;
}
