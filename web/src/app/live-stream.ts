import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';

/** What the server's event stream tells the page (`GET /api/notifications/stream`). */
export type LiveEvent =
  | { type: 'unread'; count: number }
  /** Records of a topic changed; `ids` null when too many to name. */
  | { type: 'change'; topic: string; ids: string[] | null }
  /** Changes may have been missed: everything shown live is to be fetched again. */
  | { type: 'resync' };

type Listener = (event: LiveEvent) => void;

/** The part of the browser the stream needs, given so that it can be tested without one. */
export interface LiveStreamEnvironment {
  openEventSource(url: string): EventSource;
  isVisible(): boolean;
  onVisibilityChange(handler: () => void): () => void;
}

export interface LiveStream {
  /** Hears every event while subscribed; the stream is open while anyone listens and the page is visible. */
  subscribe(listener: Listener): () => void;
  /** Whether the stream is open and has been heard from; while not, pages poll. */
  connected(): boolean;
  onConnectedChange(handler: () => void): () => void;
}

/**
 * The app's one event stream, shared by the bell's unread count and every live list: a browser allows few
 * connections to one server, and the server few streams per user. It is open only while the page is visible, so
 * that background tabs do not hold connections; opened again (shown again, or reconnected after a network loss)
 * it may have missed changes, so it tells its listeners to resync.
 */
export function createLiveStream(environment: LiveStreamEnvironment): LiveStream {
  const listeners = new Set<Listener>();
  const connectedHandlers = new Set<() => void>();
  let source: EventSource | null = null;
  let isConnected = false;
  let openedBefore = false;
  /** The last count heard on the open stream, for a listener that comes after it was sent. */
  let lastUnread: number | null = null;
  let stopFollowingVisibility: (() => void) | null = null;

  const emit = (event: LiveEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const setConnected = (value: boolean) => {
    if (isConnected === value) return;
    isConnected = value;
    for (const handler of [...connectedHandlers]) handler();
  };
  const dataOf = (event: Event) => JSON.parse((event as MessageEvent<string>).data) as Record<string, unknown>;

  function open() {
    if (source || listeners.size === 0 || !environment.isVisible()) return;
    const opened = environment.openEventSource('/api/notifications/stream');
    source = opened;
    opened.addEventListener('open', () => {
      if (openedBefore) emit({ type: 'resync' });
      openedBefore = true;
    });
    opened.addEventListener('unread', (event) => {
      lastUnread = dataOf(event).count as number;
      emit({ type: 'unread', count: lastUnread });
      setConnected(true);
    });
    opened.addEventListener('change', (event) => {
      const { topic, ids } = dataOf(event) as { topic: string; ids: string[] | null };
      emit({ type: 'change', topic, ids });
    });
    opened.addEventListener('resync', () => emit({ type: 'resync' }));
    opened.addEventListener('error', () => {
      lastUnread = null;
      setConnected(false);
      // Closed for good (refused, or signed out): pages poll until it is shown again.
      if (opened.readyState === opened.CLOSED && source === opened) source = null;
    });
  }

  function close() {
    source?.close();
    source = null;
    lastUnread = null;
    setConnected(false);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (lastUnread !== null) listener({ type: 'unread', count: lastUnread });
      stopFollowingVisibility ??= environment.onVisibilityChange(() => (environment.isVisible() ? open() : close()));
      open();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stopFollowingVisibility?.();
        stopFollowingVisibility = null;
        close();
      };
    },
    connected: () => isConnected,
    onConnectedChange(handler) {
      connectedHandlers.add(handler);
      return () => connectedHandlers.delete(handler);
    },
  };
}

const liveStream = createLiveStream({
  openEventSource: (url) => new EventSource(url),
  isVisible: () => document.visibilityState === 'visible',
  onVisibilityChange(handler) {
    document.addEventListener('visibilitychange', handler);
    return () => document.removeEventListener('visibilitychange', handler);
  },
});

/** Calls the listener with every event of the app's stream while the component is mounted. */
export function useLiveEvents(listener: Listener): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => liveStream.subscribe((event) => latest.current(event)), []);
}

/** Whether the app's stream is open; a page showing live data polls while it is not. */
export function useLiveConnected(): boolean {
  return useSyncExternalStore(liveStream.onConnectedChange, liveStream.connected);
}

/**
 * Refetches these queries when the server announces a change of the topic (`announceChange` on the server), and
 * after changes may have been missed. Only the queries on screen refetch; the others are marked stale.
 */
export function useLiveInvalidate(topic: string, queryKeys: readonly QueryKey[]): void {
  const queryClient = useQueryClient();
  const keys = JSON.stringify(queryKeys);
  useLiveEvents((event) => {
    if (event.type === 'resync' || (event.type === 'change' && event.topic === topic)) {
      for (const queryKey of JSON.parse(keys) as QueryKey[]) void queryClient.invalidateQueries({ queryKey });
    }
  });
}
