import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { useLiveConnected, useLiveEvents } from '../../app/live-stream.ts';

/** Every notification query; the list's and the count's keys start with it. */
export const notificationsKey = ['notifications'] as const;
const unreadCountKey = [...notificationsKey, 'unread-count'] as const;
export const notificationListKey = [...notificationsKey, 'list'] as const;

/** How often the count is asked for while the live stream is not to be had (refused, or reconnecting). */
const pollMs = 60_000;

/**
 * The unread count, kept live by the app's event stream (`live-stream.ts`: open while the page is visible); a page
 * whose stream is refused (too many open) or lost asks for the count every minute instead. A changed count
 * refreshes an open list.
 */
export function useUnreadCount(): number {
  const queryClient = useQueryClient();
  const live = useLiveConnected();
  const { data } = useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) => api.GET('/api/notifications/unread-count', { signal }),
    refetchInterval: live ? false : pollMs,
  });

  useLiveEvents((event) => {
    if (event.type !== 'unread') return;
    const previous = queryClient.getQueryData<{ count: number }>(unreadCountKey)?.count;
    queryClient.setQueryData(unreadCountKey, { count: event.count });
    if (previous !== event.count) void queryClient.invalidateQueries({ queryKey: notificationListKey });
  });

  return data?.count ?? 0;
}
