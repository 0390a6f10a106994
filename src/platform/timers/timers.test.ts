import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { defineModule } from '../../server/module.ts';
import { timerHandlerTableOf } from '../../server/compose.ts';
import { timersModule } from '../../server/platform-modules.ts';
import { createTestApp } from '../../test/app.ts';
import { connectDatabase, type Tx } from '../db/connection.ts';
import { cancelTimers } from './cancel-timers.ts';
import { maxTimerAttempts, retryDelayAfter } from './retry-delay.ts';
import { scheduleTimer } from './schedule-timer.ts';
import { timers } from './schema.ts';
import { sweepTimers } from './sweep-timers.ts';
import type { DueTimer, TimerHandler } from './timer-handler.ts';
import { checkTimerHandlers } from './timer-jobs.ts';

const { ctx } = await createTestApp({ config: { logLevel: 'silent' } });
const { db } = ctx;
await db.execute(sql`CREATE TABLE timer_effects (key text NOT NULL, note text, at timestamptz NOT NULL DEFAULT clock_timestamp())`);

const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000);
const record: TimerHandler = async (tx, timer) => {
  await tx.execute(sql`INSERT INTO timer_effects (key, note) VALUES (${timer.key}, ${String(timer.payload.note ?? '')})`);
};
const handlers = new Map<string, TimerHandler>([['test.record', record]]);
const schedule = (key: string, fireAt: Date, payload = {}) => db.transaction((tx) => scheduleTimer(tx, { handler: 'test.record', key, fireAt, payload }));
const effectsOf = async (prefix: string) =>
  (await db.execute<{ key: string; note: string }>(sql`SELECT key, note FROM timer_effects WHERE key LIKE ${`${prefix}%`} ORDER BY at`)).rows;
const timerRow = async (key: string) => (await db.select().from(timers).where(eq(timers.key, key)))[0];

describe('durable timers', () => {
  it('fire once each when two instances sweep at the same moment', async () => {
    for (let n = 0; n < 40; n += 1) await schedule(`race:${n}`, secondsFromNow(-60));
    // A second instance: a pool of its own on the same database.
    const other = connectDatabase(ctx.config.databaseUrl ?? '', { max: 3 });
    const slowRecord: TimerHandler = async (tx, timer) => {
      // Hold the batch's locks a moment, so that the two sweeps overlap.
      await tx.execute(sql`SELECT pg_sleep(0.01)`);
      await record(tx, timer, ctx);
    };
    const slow = new Map([['test.record', slowRecord]]);
    try {
      const outcomes = await Promise.all([sweepTimers(db, slow, ctx, { batchSize: 3 }), sweepTimers(other.db, slow, ctx, { batchSize: 3 }), sweepTimers(db, slow, ctx, { batchSize: 3 })]);
      expect(outcomes.reduce((sum, outcome) => sum + outcome.fired, 0)).toBe(40);
      expect(outcomes.filter((outcome) => outcome.fired > 0).length).toBeGreaterThan(1);
    } finally {
      await other.pool.end();
    }
    const effects = await effectsOf('race:');
    expect(effects).toHaveLength(40);
    expect(new Set(effects.map((effect) => effect.key)).size).toBe(40);
    expect((await sweepTimers(db, handlers, ctx)).fired).toBe(0);
  });

  it('work through a burst for as long as a sweep may run, and leave the rest to the next sweep', async () => {
    for (let n = 0; n < 25; n += 1) await schedule(`burst:${n}`, secondsFromNow(-60));
    const slowRecord: TimerHandler = async (tx, timer) => {
      await tx.execute(sql`SELECT pg_sleep(0.02)`);
      await record(tx, timer, ctx);
    };
    const slow = new Map([['test.record', slowRecord]]);
    const first = await sweepTimers(db, slow, ctx, { batchSize: 2, budgetMs: 100 });
    expect(first.fired).toBeGreaterThan(0);
    expect(first.fired).toBeLessThan(25);
    // Unbounded by a count of batches: the next sweep, with the default budget, fires everything left.
    const second = await sweepTimers(db, slow, ctx, { batchSize: 2 });
    expect(first.fired + second.fired).toBe(25);
    expect(await effectsOf('burst:')).toHaveLength(25);
  });

  it('fire nothing early, and a due timer at the next sweep', async () => {
    await schedule('early:a', secondsFromNow(1.5));
    await schedule('early:b', secondsFromNow(3_600));
    await sweepTimers(db, handlers, ctx);
    expect(await effectsOf('early:')).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    await sweepTimers(db, handlers, ctx);
    expect((await effectsOf('early:')).map((effect) => effect.key)).toEqual(['early:a']);
    expect((await timerRow('early:a'))?.firedAt).toBeInstanceOf(Date);
    expect((await timerRow('early:b'))?.firedAt).toBeNull();
  });

  it('fire a rescheduled timer at its new time with its new payload', async () => {
    await schedule('moved:later', secondsFromNow(-10), { note: 'first' });
    await schedule('moved:later', secondsFromNow(3_600), { note: 'second' });
    await schedule('moved:sooner', secondsFromNow(3_600), { note: 'first' });
    await schedule('moved:sooner', secondsFromNow(-10), { note: 'second' });
    await sweepTimers(db, handlers, ctx);
    expect(await effectsOf('moved:')).toEqual([{ key: 'moved:sooner', note: 'second' }]);
    expect(await db.$count(timers, sql`${timers.key} LIKE 'moved:%'`)).toBe(2);
  });

  it('do not fire again when set again after firing', async () => {
    await schedule('once:a', secondsFromNow(-10));
    await sweepTimers(db, handlers, ctx);
    await schedule('once:a', secondsFromNow(-5), { note: 'again' });
    await sweepTimers(db, handlers, ctx);
    expect(await effectsOf('once:')).toEqual([{ key: 'once:a', note: '' }]);
  });

  it('never fire once cancelled, by keys or by a prefix taken literally', async () => {
    await schedule('cancel:request:1:warn', secondsFromNow(-10));
    await schedule('cancel:request:1:breach', secondsFromNow(-10));
    await schedule('cancel:request:10:warn', secondsFromNow(-10));
    await schedule('cancel:request_2:warn', secondsFromNow(-10));
    await schedule('cancel:requestX2:warn', secondsFromNow(-10));
    const dropped = await db.transaction(async (tx) => [
      ...(await cancelTimers(tx, { keyPrefix: 'cancel:request:1:' })),
      ...(await cancelTimers(tx, { keyPrefix: 'cancel:request_' })),
      ...(await cancelTimers(tx, { keys: [] })),
    ]);
    expect(dropped.sort()).toEqual(['cancel:request:1:breach', 'cancel:request:1:warn', 'cancel:request_2:warn']);
    await db.transaction((tx) => cancelTimers(tx, { keys: ['cancel:request:10:warn'] }));
    await sweepTimers(db, handlers, ctx);
    expect((await effectsOf('cancel:')).map((effect) => effect.key)).toEqual(['cancel:requestX2:warn']);
    await expect(db.transaction((tx) => cancelTimers(tx, { keyPrefix: '' }))).rejects.toThrow(/every timer/);
  });

  it('exist only if the write that sets them commits', async () => {
    await expect(
      db.transaction(async (tx) => {
        await scheduleTimer(tx, { handler: 'test.record', key: 'rolled-back:a', fireAt: secondsFromNow(-10) });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await timerRow('rolled-back:a')).toBeUndefined();
  });

  it('roll back a failing handler’s writes, try it again later, and give up after the last attempt', async () => {
    let failing = true;
    const flaky: TimerHandler = async (tx, timer) => {
      await record(tx, timer, ctx);
      if (failing) throw new Error('the directory service is down');
    };
    const flakyHandlers = new Map([['test.record', flaky]]);
    await schedule('flaky:a', secondsFromNow(-10));
    const first = await sweepTimers(db, flakyHandlers, ctx);
    expect(first.failures).toEqual([{ key: 'flaky:a', handler: 'test.record', attempts: 1, error: 'the directory service is down', gaveUp: false }]);
    expect(await effectsOf('flaky:')).toEqual([]);
    const failed = (await timerRow('flaky:a'))!;
    expect(failed).toMatchObject({ firedAt: null, attempts: 1, lastError: 'the directory service is down', givenUpAt: null });
    expect(failed.retryAt!.getTime() - Date.now()).toBeGreaterThan(retryDelayAfter(1) - 10_000);

    // Not before its retry time, and setting it again for the same time keeps the delay.
    await schedule('flaky:a', failed.fireAt);
    expect((await sweepTimers(db, flakyHandlers, ctx)).failures).toEqual([]);
    expect((await timerRow('flaky:a'))?.attempts).toBe(1);

    await db.update(timers).set({ retryAt: secondsFromNow(-1) }).where(eq(timers.key, 'flaky:a'));
    failing = false;
    expect((await sweepTimers(db, flakyHandlers, ctx)).fired).toBe(1);
    expect(await effectsOf('flaky:')).toHaveLength(1);
    expect(await timerRow('flaky:a')).toMatchObject({ attempts: 1, retryAt: null });

    failing = true;
    await schedule('flaky:b', secondsFromNow(-10));
    await db.update(timers).set({ attempts: maxTimerAttempts - 1 }).where(eq(timers.key, 'flaky:b'));
    expect((await sweepTimers(db, flakyHandlers, ctx)).failures).toMatchObject([{ key: 'flaky:b', gaveUp: true }]);
    const givenUp = (await timerRow('flaky:b'))!;
    expect(givenUp).toMatchObject({ firedAt: null, attempts: maxTimerAttempts, lastError: 'the directory service is down' });
    expect(givenUp.givenUpAt).toBeInstanceOf(Date);
    await db.update(timers).set({ retryAt: secondsFromNow(-1) }).where(eq(timers.key, 'flaky:b'));
    expect((await sweepTimers(db, flakyHandlers, ctx)).failures).toEqual([]);
    expect(await effectsOf('flaky:b')).toEqual([]);
  });

  it('give a handler the timer as set', async () => {
    const seen: DueTimer[] = [];
    const fireAt = secondsFromNow(-30);
    await db.transaction((tx) => scheduleTimer(tx, { handler: 'test.look', key: 'look:a', fireAt, payload: { requestId: 'r1', target: 'resolution' } }));
    await sweepTimers(db, new Map([['test.look', async (_tx: Tx, timer: DueTimer) => void seen.push(timer)]]), ctx);
    expect(seen).toEqual([{ id: expect.any(String), handler: 'test.look', key: 'look:a', fireAt, payload: { requestId: 'r1', target: 'resolution' }, attempts: 0 }]);
  });

  it('fail a timer whose handler no module declares, and refuse to start while one is pending', async () => {
    await db.transaction((tx) => scheduleTimer(tx, { handler: 'gone.handler', key: 'orphan:a', fireAt: secondsFromNow(3_600) }));
    await expect(checkTimerHandlers(db, handlers)).rejects.toThrow(/gone\.handler/);
    await expect(checkTimerHandlers(db, new Map([...handlers, ['gone.handler', record]]))).resolves.toBeUndefined();
    await db.update(timers).set({ fireAt: secondsFromNow(-1) }).where(eq(timers.key, 'orphan:a'));
    expect((await sweepTimers(db, handlers, ctx)).failures).toMatchObject([{ key: 'orphan:a', error: 'no timer handler is named gone.handler' }]);
    await db.delete(timers).where(eq(timers.key, 'orphan:a'));
    await expect(checkTimerHandlers(db, handlers)).resolves.toBeUndefined();
  });
});

describe('timer handlers declared by modules', () => {
  it('are gathered by name, and a name declared twice is refused', () => {
    const desk = defineModule({ name: 'desk', timerHandlers: { 'desk.warn': record } });
    const other = defineModule({ name: 'other', timerHandlers: { 'desk.warn': record } });
    expect([...timerHandlerTableOf([desk]).keys()]).toEqual(['desk.warn']);
    expect(() => timerHandlerTableOf([desk, other])).toThrow(/desk\.warn of module other is declared twice/);
  });

  it('are run by the timers module’s sweep job, every minute', async () => {
    const desk = defineModule({ name: 'desk', timerHandlers: { 'desk.note': record } });
    const [job] = timersModule.jobs!(ctx, { modules: [timersModule, desk] });
    expect(job).toMatchObject({ name: 'timers.sweep', cron: '* * * * *' });
    await db.transaction((tx) => scheduleTimer(tx, { handler: 'desk.note', key: 'job:a', fireAt: secondsFromNow(-1), payload: { note: 'from the job' } }));
    await job!.handle({} as never);
    expect(await effectsOf('job:')).toEqual([{ key: 'job:a', note: 'from the job' }]);
  });
});

describe('retry delays', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [5, 16],
    [7, 60],
    [30, 60],
  ])('after %i failures: %i minutes', (failures, minutes) => {
    expect(retryDelayAfter(failures)).toBe(minutes * 60_000);
  });
});
