import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { timers } from '../../platform/timers/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { enterprises } from '../enterprises/schema.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { getEnterpriseEvent } from './get-event.ts';
import { listEnterpriseEvents } from './list-events.ts';
import { listMyEvents } from './list-my-events.ts';

describe('the demo events for enterprises', () => {
  it('hold the 蓝贝 honour list, its Shenzhen study tour with attendance and follow-ups, and the open DevCloud training camp', async () => {
    const { db } = await createDemoDatabase();
    const page = await listEnterpriseEvents(db, { page: 1, pageSize: 20 });
    const byKind = new Map(page.items.map((event) => [event.kind, event]));
    expect(byKind.get('honour_list')!.counts.registered).toBe(30);
    const tour = byKind.get('study_tour')!;
    expect(tour.counts).toMatchObject({ attended: 24, absent: 3, declined: 3 });
    const camp = byKind.get('training_camp')!;
    expect(camp.state).toBe('open');
    expect(Object.values(camp.counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);

    const reader = { permissions: ['enterpriseEvent.manage'] as const };
    const detail = await getEnterpriseEvent(db, reader, tour.id);
    expect(detail.followUps.length).toBeGreaterThanOrEqual(4);
    expect(detail.followUps.some((f) => f.doneAt === null) && detail.followUps.some((f) => f.doneAt !== null)).toBe(true);
    // The open follow-ups still ahead remind their owners on their due days; the overdue one and those done, never.
    const reminders = await db.select({ key: timers.key }).from(timers).where(like(timers.key, 'enterprise-events.follow-up-due:%'));
    const ahead = [...detail.followUps, ...(await getEnterpriseEvent(db, reader, camp.id)).followUps].filter((f) => f.doneAt === null && f.dueOn >= chinaToday());
    expect(reminders.map((timer) => timer.key).sort()).toEqual(ahead.map((f) => `enterprise-events.follow-up-due:${f.id}:${f.dueOn}`).sort());

    // The demo enterprise user's firm may register for the camp.
    const [own] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.name, '青岛幻境虚拟现实科技有限公司'));
    const mine = await listMyEvents(db, own!.id);
    expect(mine.items.find((e) => e.id === camp.id)).toMatchObject({ status: 'invited', mayRegister: true });
  });
});
