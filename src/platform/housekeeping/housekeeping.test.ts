import fs from 'node:fs/promises';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { housekeepingModule } from '../../server/platform-modules.ts';
import { storageKeyOf } from '../attachments/attachment-records.ts';
import { createAttachmentsTestApp, pdf } from '../attachments/attachments-test-app.ts';
import { removeDeletedContent } from '../attachments/remove-deleted-content.ts';
import { attachments } from '../attachments/schema.ts';
import { inBatches } from '../db/in-batches.ts';
import { notifications } from '../notifications/schema.ts';
import { purgeReadNotifications } from '../notifications/purge-read-notifications.ts';
import { purgeFinishedTimers } from '../timers/purge-finished-timers.ts';
import { scheduleTimer } from '../timers/schedule-timer.ts';
import { timers } from '../timers/schema.ts';
import { runHousekeeping } from './run-housekeeping.ts';

const { ctx, signIn, store, createNote, upload, download, remove } = await createAttachmentsTestApp({ logLevel: 'silent' });
const { db } = ctx;
const owner = await signIn(['officer']);

const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs);

type TimerState = 'pending' | 'fired' | 'givenUp';
/** A timer due `days` ago, finished (fired or given up) then too unless pending. */
async function timerDue(key: string, days: number, state: TimerState) {
  const at = daysAgo(days);
  await db.insert(timers).values({
    handler: 'test.housekeeping',
    key,
    fireAt: at,
    firedAt: state === 'fired' ? at : null,
    givenUpAt: state === 'givenUp' ? at : null,
    attempts: state === 'givenUp' ? 6 : 0,
  });
}
const timerKeys = async (prefix: string) =>
  (await db.execute<{ key: string }>(sql`SELECT key FROM timers WHERE key LIKE ${`${prefix}%`} ORDER BY key`)).rows.map((row) => row.key);

/** A notice to the owner sent `days` ago, read then unless unread. */
async function notice(tag: string, days: number, read: boolean) {
  const at = daysAgo(days);
  await db.insert(notifications).values({ userId: owner.userId, kind: 'test.housekeeping', message: tag, createdAt: at, readAt: read ? at : null });
}
const noticeTags = async (prefix: string) =>
  (await db.execute<{ message: string }>(sql`SELECT message FROM notifications WHERE message LIKE ${`${prefix}%`} ORDER BY message`)).rows.map((row) => row.message);

const storedPath = (id: string) => path.join(path.dirname(store.incoming), 'files', ...storageKeyOf(id).split('/'));
const stored = (id: string) => fs.access(storedPath(id)).then(() => true, () => false);

/** An attachment on a fresh note of the owner's, deleted `deletedDaysAgo` days ago unless live. */
async function attachment(name: string, deletedDaysAgo: number | null): Promise<string> {
  const note = await createNote(owner.userId);
  const uploaded = await upload(owner, { recordId: note }, name, pdf);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const { id } = uploaded.json() as { id: string };
  if (deletedDaysAgo !== null) {
    expect((await remove(owner, id)).statusCode).toBe(204);
    await db.update(attachments).set({ deletedAt: daysAgo(deletedDaysAgo) }).where(eq(attachments.id, id));
  }
  return id;
}
const contentRemoved = async (ids: string[]) =>
  Object.fromEntries(
    (await db.select({ id: attachments.id, removedAt: attachments.contentRemovedAt }).from(attachments).where(inArray(attachments.id, ids))).map((row) => [
      row.id,
      row.removedAt !== null,
    ]),
  );

describe('working through a backlog in batches', () => {
  it.each([
    [3, [3, 3, 1], 7],
    [3, [3, 3, 0], 6],
    [5, [2], 2],
    [5, [0], 0],
  ])('with batches of %i taking %j: %i in all, and no batch after a short one', async (batchSize, takes, total) => {
    const limits: number[] = [];
    const remaining = [...takes];
    const batch = async (limit: number) => {
      limits.push(limit);
      return remaining.shift() ?? 0;
    };
    expect(await inBatches(batchSize, batch)).toBe(total);
    expect(limits).toEqual(takes.map(() => batchSize));
  });
});

describe('purging finished timers', () => {
  it('deletes fired and given-up timers once older than the cutoff, and keeps younger and pending ones', async () => {
    await timerDue('age:fired-old', 31, 'fired');
    await timerDue('age:given-up-old', 40, 'givenUp');
    await timerDue('age:fired-young', 29, 'fired');
    await timerDue('age:given-up-young', 1, 'givenUp');
    await timerDue('age:pending-late', 90, 'pending');
    expect(await purgeFinishedTimers(db, daysAgo(30))).toBe(2);
    expect(await timerKeys('age:')).toEqual(['age:fired-young', 'age:given-up-young', 'age:pending-late']);
  });

  it('keeps a timer due long ago that fired only lately, until its firing is old too', async () => {
    await db.insert(timers).values({ handler: 'test.housekeeping', key: 'late:a', fireAt: daysAgo(60), firedAt: daysAgo(2) });
    expect(await purgeFinishedTimers(db, daysAgo(30))).toBe(0);
    expect(await timerKeys('late:')).toEqual(['late:a']);
  });

  it('works in batches until none is left, and finds nothing the second time', async () => {
    for (let n = 0; n < 7; n += 1) await timerDue(`batch:${n}`, 45, 'fired');
    expect(await purgeFinishedTimers(db, daysAgo(30), 2)).toBe(7);
    expect(await timerKeys('batch:')).toEqual([]);
    expect(await purgeFinishedTimers(db, daysAgo(30), 2)).toBe(0);
  });

  it('does not set again a purged timer, so a key that fired never fires twice; later ones are set as before', async () => {
    await timerDue('again:fired', 35, 'fired');
    await purgeFinishedTimers(db, daysAgo(30));
    expect(await timerKeys('again:')).toEqual([]);
    // A module setting its timers again after a change of its record, as it does with one that fired.
    await db.transaction(async (tx) => {
      await scheduleTimer(tx, { handler: 'test.housekeeping', key: 'again:fired', fireAt: daysAgo(35) });
      await scheduleTimer(tx, { handler: 'test.housekeeping', key: 'again:overdue', fireAt: daysAgo(3) });
      await scheduleTimer(tx, { handler: 'test.housekeeping', key: 'again:ahead', fireAt: daysAgo(-3) });
    });
    expect(await timerKeys('again:')).toEqual(['again:ahead', 'again:overdue']);
  });

  it('still moves a pending timer to an instant before the horizon', async () => {
    await timerDue('move:a', 1, 'pending');
    await purgeFinishedTimers(db, daysAgo(30));
    const target = daysAgo(50);
    await db.transaction((tx) => scheduleTimer(tx, { handler: 'test.housekeeping', key: 'move:a', fireAt: target }));
    const [moved] = await db.select({ fireAt: timers.fireAt }).from(timers).where(eq(timers.key, 'move:a'));
    expect(moved?.fireAt).toEqual(target);
  });

  it('never moves the horizon back when a later run keeps timers longer', async () => {
    await purgeFinishedTimers(db, daysAgo(30));
    await purgeFinishedTimers(db, daysAgo(90));
    const [horizon] = (await db.execute<{ purged_before: Date }>(sql`SELECT purged_before FROM timer_purge_horizon`)).rows;
    expect(new Date(horizon!.purged_before).getTime()).toBeGreaterThan(daysAgo(31).getTime());
  });
});

describe('purging read notifications', () => {
  it('deletes read notices older than the cutoff, and keeps younger ones and every unread one', async () => {
    await notice('age:read-old', 181, true);
    await notice('age:read-young', 179, true);
    await notice('age:unread-old', 400, false);
    await notice('age:unread-young', 1, false);
    expect(await purgeReadNotifications(db, daysAgo(180))).toBe(1);
    expect(await noticeTags('age:')).toEqual(['age:read-young', 'age:unread-old', 'age:unread-young']);
  });

  it('works in batches until none is left, and finds nothing the second time', async () => {
    for (let n = 0; n < 5; n += 1) await notice(`batch:${n}`, 200, true);
    await notice('batch:unread', 200, false);
    expect(await purgeReadNotifications(db, daysAgo(180), 2)).toBe(5);
    expect(await noticeTags('batch:')).toEqual(['batch:unread']);
    expect(await purgeReadNotifications(db, daysAgo(180), 2)).toBe(0);
  });
});

describe("removing deleted attachments' content", () => {
  it('removes the content of attachments deleted before the cutoff and marks their rows, which stay', async () => {
    const old = await attachment('旧合同.pdf', 31);
    const recent = await attachment('近期删除.pdf', 29);
    const live = await attachment('在用.pdf', null);
    await db.update(attachments).set({ createdAt: daysAgo(400) }).where(eq(attachments.id, live));
    expect(await removeDeletedContent(db, store.storage, daysAgo(30))).toBe(1);
    expect([await stored(old), await stored(recent), await stored(live)]).toEqual([false, true, true]);
    expect(await contentRemoved([old, recent, live])).toEqual({ [old]: true, [recent]: false, [live]: false });
    const [row] = await db.select({ fileName: attachments.fileName, deletedAt: attachments.deletedAt }).from(attachments).where(eq(attachments.id, old));
    expect(row).toMatchObject({ fileName: '旧合同.pdf', deletedAt: expect.any(Date) });
    expect((await download(owner, live)).rawPayload.equals(pdf)).toBe(true);
  });

  it('takes content already missing in its stride, and does nothing the second time', async () => {
    const gone = await attachment('已丢失.pdf', 60);
    await fs.rm(storedPath(gone));
    expect(await removeDeletedContent(db, store.storage, daysAgo(30))).toBe(1);
    expect(await contentRemoved([gone])).toEqual({ [gone]: true });
    expect(await removeDeletedContent(db, store.storage, daysAgo(30))).toBe(0);
  });

  it('works in batches until none is left', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) ids.push(await attachment(`批量${n}.pdf`, 45));
    expect(await removeDeletedContent(db, store.storage, daysAgo(30), 2)).toBe(5);
    for (const id of ids) expect(await stored(id)).toBe(false);
    expect(Object.values(await contentRemoved(ids))).toEqual([true, true, true, true, true]);
  });

  it('tells one who may read the record that a deleted attachment is deleted, and then that its content is gone, in their language', async () => {
    const id = await attachment('说明.pdf', 31);
    const deleted = await download(owner, id);
    expect(deleted.statusCode).toBe(404);
    expect(deleted.json()).toMatchObject({ code: 'attachment.deleted', title: '这个附件已被删除' });
    await removeDeletedContent(db, store.storage, daysAgo(30));
    const titles: Record<string, string> = {};
    for (const language of ['zh-CN', 'zh-TW', 'en']) {
      const gone = await download(owner, id, language);
      expect(gone.statusCode).toBe(410);
      expect(gone.json()).toMatchObject({ code: 'attachment.contentRemoved', detail: expect.any(String) });
      titles[language] = gone.json().title;
    }
    expect(titles).toEqual({
      'zh-CN': '这个附件已被删除，文件内容已过保存期限并被清除',
      'zh-TW': '這個附件已被刪除，檔案內容已過保存期限並被清除',
      en: 'This attachment was deleted, and its content has been removed at the end of its retention period',
    });
    // To anyone who may not read the record, it is as missing as ever.
    const stranger = await signIn(['officer']);
    expect((await download(stranger, id)).json()).toMatchObject({ status: 404, code: 'problem.notFound' });
  });
});

describe('the daily housekeeping', () => {
  it('ages out each kind after its own number of days, once however often it runs', async () => {
    await timerDue('daily:fired-old', 31, 'fired');
    await timerDue('daily:fired-young', 20, 'fired');
    await notice('daily:read-old', 200, true);
    await notice('daily:read-young', 100, true);
    const old = await attachment('每日旧.pdf', 31);
    const recent = await attachment('每日新.pdf', 20);
    // What the tests above left is younger than the defaults (30, 180 and 30 days): only these are old enough.
    expect(await runHousekeeping(ctx)).toEqual({ finishedTimers: 1, readNotifications: 1, deletedAttachmentContents: 1 });
    expect(await timerKeys('daily:')).toEqual(['daily:fired-young']);
    expect(await noticeTags('daily:')).toEqual(['daily:read-young']);
    expect(await contentRemoved([old, recent])).toEqual({ [old]: true, [recent]: false });
    expect(await runHousekeeping(ctx)).toEqual({ finishedTimers: 0, readNotifications: 0, deletedAttachmentContents: 0 });
  });

  it('follows the retention settings', async () => {
    await notice('settings:read-old', 10, true);
    await notice('settings:read-young', 5, true);
    const settings = { ...ctx.config, retention: { finishedTimerDays: 30, readNotificationDays: 7, deletedAttachmentDays: 30 } };
    await runHousekeeping({ db, config: settings });
    expect(await noticeTags('settings:')).toEqual(['settings:read-young']);
  });

  it('is one job of the platform, scheduled daily, that runs it', async () => {
    await timerDue('job:fired', 31, 'fired');
    const [job, ...others] = housekeepingModule.jobs!(ctx, { modules: [housekeepingModule] });
    expect(others).toEqual([]);
    expect(job).toMatchObject({ name: 'housekeeping.daily', cron: '30 18 * * *' });
    await job!.handle({} as never);
    expect(await timerKeys('job:')).toEqual([]);
  });
});
