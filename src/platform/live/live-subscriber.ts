import { usersHoldingPermission } from '../auth/users-holding-permission.ts';
import type { PermissionGrants } from '../auth/permissions.ts';
import { chinaToday } from '../calendar/china-day.ts';
import type { ChangeSubscriber } from '../db/change-feed.ts';
import type { DbOrTx } from '../db/connection.ts';
import { membershipsOn } from '../teams/memberships-on.ts';
import { parseLiveNotice, type LiveNotice } from './live-notices.ts';

/** The event streams open on one instance, as far as live changes need them. */
export interface LiveStreams {
  /** The users with a stream open here now. */
  connectedUsers(): string[];
  /** Sends an event to these users' open streams, or to every stream when given null. */
  sendEvent(userIds: Iterable<string> | null, event: string, data: unknown): void;
}

/** Of the users with a stream open, those in the notice's audience: named, in a named team today, or permitted. */
export async function audienceAmong(db: DbOrTx, permissionTable: PermissionGrants, notice: LiveNotice, connected: readonly string[]): Promise<Set<string>> {
  const named = new Set(notice.users);
  const heard = new Set(connected.filter((userId) => named.has(userId)));
  const rest = () => connected.filter((userId) => !heard.has(userId));
  if (notice.teams.length > 0 && rest().length > 0) {
    for (const membership of await membershipsOn(db, chinaToday(), { teamIds: notice.teams, userIds: rest() })) heard.add(membership.userId);
  }
  if (notice.permission !== null && rest().length > 0) {
    for (const userId of await usersHoldingPermission(db, permissionTable, notice.permission, { among: rest() })) heard.add(userId);
  }
  return heard;
}

/**
 * The instance's one subscription to live changes: each notice becomes a `change` event (topic and ids) on the
 * streams of its audience here; a gap, or an audience that could not be read, a `resync` event on every stream,
 * after which pages refetch whatever they show live. A resync names no record, so it tells nobody anything.
 */
export function liveChangeSubscriber(options: {
  db: DbOrTx;
  permissionTable: PermissionGrants;
  streams: LiveStreams;
  onError(error: unknown): void;
}): ChangeSubscriber {
  const { db, permissionTable, streams } = options;
  const resync = () => streams.sendEvent(null, 'resync', {});
  // Notices are dealt with one after another, so that streams hear changes in the order they were committed.
  let previous: Promise<void> = Promise.resolve();
  const tell = async (notice: LiveNotice) => {
    const connected = streams.connectedUsers();
    if (connected.length === 0) return;
    try {
      const audience = await audienceAmong(db, permissionTable, notice, connected);
      if (audience.size > 0) streams.sendEvent(audience, 'change', { topic: notice.topic, ids: notice.ids });
    } catch (error) {
      options.onError(error);
      resync();
    }
  };
  return {
    onChange(payload) {
      const notice = parseLiveNotice(payload);
      if (notice) previous = previous.then(() => tell(notice));
    },
    onGap: () => {
      previous = previous.then(resync);
    },
  };
}
