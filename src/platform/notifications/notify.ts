import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import type { AppContext } from '../http/context.ts';
import { controlCharacter } from '../http/validation.ts';
import { hasMessage } from '../i18n/messages.ts';
import { immediateEmailJob } from './email-jobs.ts';
import { notificationPreferences, notifications, type NotificationParams } from './schema.ts';

export interface Notice {
  userIds: readonly string[];
  /** What happened, namespaced by module: `listing.matched`. */
  kind: string;
  /** A key of the server's message catalogue, worded in each reader's language when read. */
  message: string;
  /** The message's `{placeholders}`. */
  params?: NotificationParams;
  /** An app path, e.g. `/enterprises/…`; never an outside address. */
  link?: string;
  /** The record the notice is about. */
  record?: { kind: string; id: string };
}

/** Where a notice may lead: a path of this app, not `//host` (another site) nor any scheme. */
const appPath = /^\/(?![/\\])[^\s\u0000-\u001f\u007f]*$/;
const controlCharacters = new RegExp(controlCharacter.source, 'g');

/**
 * Parameters as PostgreSQL can store them: jsonb refuses NUL outright, and no other control character means
 * anything in a one-line notice, so each becomes U+FFFD rather than failing the write that notifies.
 */
function storableParams(params: NotificationParams): NotificationParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`notification parameter ${name} is not a finite number`);
      return [name.replace(controlCharacters, '\ufffd'), typeof value === 'string' ? value.replace(controlCharacters, '\ufffd') : value];
    }),
  );
}

/** Users written per statement: a statement takes at most 65,535 parameters, and a row here takes seven. */
const usersPerStatement = 1_000;

/**
 * Notifies users inside the caller's transaction: the notices, and the job that e-mails those who asked for
 * immediate e-mail, exist only if that transaction commits. Every instance's open inboxes hear of them from the
 * database (migration 0011). Returns the new notifications' ids.
 */
export async function notify(tx: Tx, ctx: Pick<AppContext, 'jobs' | 'config'>, notice: Notice): Promise<string[]> {
  // Mistakes of the calling code, caught where they are made rather than when a reader sees a bare key.
  if (!hasMessage(notice.message)) throw new Error(`notification message ${notice.message} is not in the message catalogue`);
  if (notice.link !== undefined && !appPath.test(notice.link)) throw new Error(`notification link ${notice.link} is not a path of this app`);
  const params = storableParams(notice.params ?? {});
  const everyone = [...new Set(notice.userIds)];
  const ids: string[] = [];
  for (let start = 0; start < everyone.length; start += usersPerStatement) {
    const userIds = everyone.slice(start, start + usersPerStatement);
    const created = await tx
      .insert(notifications)
      .values(
        userIds.map((userId) => ({
          userId,
          kind: notice.kind,
          message: notice.message,
          params,
          link: notice.link ?? null,
          recordKind: notice.record?.kind ?? null,
          recordId: notice.record?.id ?? null,
        })),
      )
      .returning({ id: notifications.id, userId: notifications.userId });
    ids.push(...created.map((row) => row.id));
    if (!ctx.config.mail) continue;
    const wanting = await tx
      .select({ userId: notificationPreferences.userId })
      .from(notificationPreferences)
      .where(
        and(
          inArray(notificationPreferences.userId, userIds),
          eq(notificationPreferences.emailDelivery, 'immediate'),
          isNotNull(notificationPreferences.email),
        ),
      );
    const immediate = new Set(wanting.map((row) => row.userId));
    const notificationIds = created.filter((row) => immediate.has(row.userId)).map((row) => row.id);
    if (notificationIds.length > 0) await ctx.jobs.send(immediateEmailJob, { notificationIds }, { within: tx });
  }
  return ids;
}
