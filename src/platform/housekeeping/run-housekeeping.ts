import { removeDeletedContent } from '../attachments/remove-deleted-content.ts';
import { openAttachmentStore } from '../attachments/storage.ts';
import type { AppContext } from '../http/context.ts';
import { purgeReadNotifications } from '../notifications/purge-read-notifications.ts';
import { purgeFinishedTimers } from '../timers/purge-finished-timers.ts';

export interface HousekeepingOutcome {
  finishedTimers: number;
  readNotifications: number;
  deletedAttachmentContents: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * dayMs);

/**
 * Ages out, as of `now`, what the platform is done with, each after its own number of days (`config.retention`):
 * fired and given-up timers, read notifications, and the stored content of deleted attachments (their rows stay).
 * Each part works in batches and is harmless to run again. Returns how much each part removed.
 */
export async function runHousekeeping(ctx: Pick<AppContext, 'db' | 'config'>, now: Date = new Date()): Promise<HousekeepingOutcome> {
  const { finishedTimerDays, readNotificationDays, deletedAttachmentDays } = ctx.config.retention;
  return {
    finishedTimers: await purgeFinishedTimers(ctx.db, daysBefore(now, finishedTimerDays)),
    readNotifications: await purgeReadNotifications(ctx.db, daysBefore(now, readNotificationDays)),
    deletedAttachmentContents: await removeDeletedContent(ctx.db, openAttachmentStore(ctx.config).storage, daysBefore(now, deletedAttachmentDays)),
  };
}
