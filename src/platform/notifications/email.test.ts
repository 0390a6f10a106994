import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { startTestSmtpServer } from '../../test/smtp-server.ts';
import { defineMessages } from '../i18n/messages.ts';
import { dailyDigestJob, immediateEmailJob } from './email-jobs.ts';
import { smtpMailer } from './mailer.ts';
import { notify, type Notice } from './notify.ts';
import { sendDailyDigest } from './send-daily-digest.ts';

defineMessages({
  'test-email.assigned': {
    'zh-CN': '{actor} 把线索「{lead}」分配给了您',
    'zh-TW': '{actor} 把線索「{lead}」分配給了您',
    en: '{actor} assigned the lead "{lead}" to you',
  },
});

const smtp = await startTestSmtpServer();
afterAll(() => smtp.close());
const mail = { smtpUrl: smtp.url, from: 'Qiao <qiao@example.test>' };
const publicUrl = 'https://qiao.example.test';
const { app, ctx, signIn } = await createTestApp({ jobs: true, config: { mail, publicUrl } });

const assigned = (userIds: string[], lead: string): Notice => ({
  userIds,
  kind: 'lead.assigned',
  message: 'test-email.assigned',
  params: { actor: '王芳', lead },
  link: `/leads/${lead}`,
});

async function reader(options: { email?: string; emailDelivery?: 'off' | 'immediate' | 'digest'; locale?: string } = {}): Promise<SignedIn> {
  const user = await signIn(['officer']);
  if (options.email || options.emailDelivery) {
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: user.headers,
      payload: { email: options.email ?? '', emailDelivery: options.emailDelivery ?? 'digest' },
    });
    expect(saved.statusCode).toBe(200);
  }
  if (options.locale) await ctx.pool.query('UPDATE users SET locale = $1 WHERE id = $2', [options.locale, user.userId]);
  return user;
}

const notificationsOf = async (userId: string) =>
  (await ctx.pool.query<{ emailed: boolean; read: boolean }>('SELECT emailed_at IS NOT NULL AS emailed, read_at IS NOT NULL AS read FROM notifications WHERE user_id = $1', [userId])).rows;
/** Every immediate e-mail job queued in this database, with the notices each names. */
const emailJobs = async () =>
  (await ctx.pool.query<{ ids: string[] }>(`SELECT data->'notificationIds' AS ids FROM pgboss.job WHERE name = $1`, [immediateEmailJob])).rows.map((row) => row.ids);
const mailTo = (address: string) => smtp.received.filter((message) => message.to.includes(address));

describe('immediate e-mail', () => {
  it('queues nothing and sends nothing when the write that notifies rolls back', async () => {
    const { userId } = await reader({ email: 'rolled-back@example.test', emailDelivery: 'immediate' });
    const jobsBefore = await emailJobs();
    const written = ctx.db.transaction(async (tx) => {
      await notify(tx, ctx, assigned([userId], 'L-1'));
      throw new Error('the write failed');
    });
    await expect(written).rejects.toThrow('the write failed');
    expect(await notificationsOf(userId)).toEqual([]);
    expect(await emailJobs()).toEqual(jobsBefore);
  });

  it('queues one job with the committed write, which e-mails the notice in the reader\'s language and stamps it', async () => {
    const { userId } = await reader({ email: 'at-once@example.test', emailDelivery: 'immediate', locale: 'zh-TW' });
    const jobsBefore = await emailJobs();
    const ids = await ctx.db.transaction((tx) => notify(tx, ctx, assigned([userId], 'L-2')));
    expect(await notificationsOf(userId)).toHaveLength(1);
    expect(await emailJobs()).toEqual([...jobsBefore, ids]);

    await expect.poll(() => mailTo('at-once@example.test').length).toBe(1);
    const [message] = mailTo('at-once@example.test');
    expect(message).toMatchObject({ from: 'qiao@example.test', subject: '橋 Qiao：王芳 把線索「L-2」分配給了您' });
    expect(message!.text).toContain(`${publicUrl}/leads/L-2`);
    await expect.poll(() => notificationsOf(userId)).toEqual([{ emailed: true, read: false }]);
    expect(mailTo('rolled-back@example.test')).toEqual([]);
  });

  it('queues no job for readers who want a digest, no e-mail or gave no address', async () => {
    const digest = await reader({ email: 'digest-only@example.test', emailDelivery: 'digest' });
    const off = await reader({ email: 'off@example.test', emailDelivery: 'off' });
    const noAddress = await reader({ emailDelivery: 'immediate' });
    const jobsBefore = await emailJobs();
    await ctx.db.transaction((tx) => notify(tx, ctx, assigned([digest.userId, off.userId, noAddress.userId], 'L-3')));
    for (const { userId } of [digest, off, noAddress]) expect(await notificationsOf(userId)).toHaveLength(1);
    expect(await emailJobs()).toEqual(jobsBefore);
  });
});

describe('daily digest', () => {
  it('sends each reader who wants one a single e-mail of their own unread notices of the day, in their language, and stamps them', async () => {
    const traditional = await reader({ email: 'digest-tw@example.test', emailDelivery: 'digest', locale: 'zh-TW' });
    const english = await reader({ email: 'digest-en@example.test', emailDelivery: 'digest', locale: 'en' });
    const off = await reader({ email: 'digest-off@example.test', emailDelivery: 'off' });
    const noAddress = await reader({ emailDelivery: 'digest' });
    await ctx.db.transaction(async (tx) => {
      await notify(tx, ctx, assigned([traditional.userId, english.userId, off.userId, noAddress.userId], 'D-today'));
      await notify(tx, ctx, assigned([traditional.userId], 'D-read'));
      await notify(tx, ctx, assigned([traditional.userId], 'D-old'));
      await notify(tx, ctx, assigned([english.userId], 'D-second'));
    });
    await ctx.db.execute(sql`UPDATE notifications SET read_at = now() WHERE params->>'lead' = 'D-read'`);
    await ctx.db.execute(sql`UPDATE notifications SET created_at = now() - interval '5 days' WHERE params->>'lead' = 'D-old'`);

    const digestRun = await ctx.jobs.send(dailyDigestJob, {});
    await expect.poll(async () => (await ctx.pool.query('SELECT state FROM pgboss.job WHERE id = $1', [digestRun])).rows[0]?.state).toBe('completed');
    expect([mailTo('digest-tw@example.test').length, mailTo('digest-en@example.test').length]).toEqual([1, 1]);

    const [forTraditional] = mailTo('digest-tw@example.test');
    expect(forTraditional!.subject).toBe('橋 Qiao：1 則未讀通知');
    expect(forTraditional!.text).toContain('王芳 把線索「D-today」分配給了您');
    expect(forTraditional!.text).toContain(`${publicUrl}/leads/D-today`);
    expect(forTraditional!.text).not.toMatch(/D-read|D-old|D-second/);

    const [forEnglish] = mailTo('digest-en@example.test');
    expect(forEnglish!.subject).toBe('Qiao: unread notifications (2)');
    expect(forEnglish!.text).toContain('王芳 assigned the lead "D-today" to you');
    expect(forEnglish!.text).toContain('王芳 assigned the lead "D-second" to you');
    expect(forEnglish!.text).not.toMatch(/D-read|D-old/);

    expect(mailTo('digest-off@example.test')).toEqual([]);
    const emailed = await ctx.pool.query<{ lead: string; emailed: boolean }>(
      `SELECT params->>'lead' AS lead, emailed_at IS NOT NULL AS emailed FROM notifications WHERE user_id = ANY($1) ORDER BY 1`,
      [[traditional.userId, english.userId]],
    );
    expect(emailed.rows).toEqual([
      { lead: 'D-old', emailed: false },
      { lead: 'D-read', emailed: false },
      { lead: 'D-second', emailed: true },
      { lead: 'D-today', emailed: true },
      { lead: 'D-today', emailed: true },
    ]);

    // The next run finds nothing left for them.
    const before = smtp.received.length;
    expect(await sendDailyDigest(ctx.db, smtpMailer(mail), publicUrl)).toEqual({ sent: 0 });
    expect(smtp.received.length).toBe(before);
  });
});
