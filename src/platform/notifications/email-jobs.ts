import type { AppContext } from '../http/context.ts';
import type { JobDefinition } from '../jobs/jobs.ts';
import { smtpMailer } from './mailer.ts';
import { sendDailyDigest } from './send-daily-digest.ts';
import { sendImmediateEmails } from './send-immediate-emails.ts';

/** Queued by `notify` inside the write's transaction; its data names the notices to e-mail. */
export const immediateEmailJob = 'notifications.email';
export const dailyDigestJob = 'notifications.digest';

/**
 * Notification e-mail, when SMTP is configured; without it there is nothing to run and `notify` queues nothing.
 * The digest goes out at 08:00 Beijing time (00:00 UTC), once however many instances run.
 */
export function notificationEmailJobs(ctx: AppContext): JobDefinition<never>[] {
  const { db, config } = ctx;
  if (!config.mail) return [];
  const send = smtpMailer(config.mail);
  const immediate: JobDefinition<{ notificationIds: string[] }> = {
    name: immediateEmailJob,
    handle: ({ notificationIds }) => sendImmediateEmails(db, send, config.publicUrl, notificationIds),
  };
  const digest: JobDefinition<object> = {
    name: dailyDigestJob,
    cron: '0 0 * * *',
    handle: async () => {
      await sendDailyDigest(db, send, config.publicUrl);
    },
  };
  return [immediate, digest];
}
