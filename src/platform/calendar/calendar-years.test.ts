import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { auditEvents } from '../audit/schema.ts';
import { connectDatabase } from '../db/connection.ts';
import { announcedYears } from './announced-years.fixture.ts';
import { readBusinessCalendar } from './read-business-calendar.ts';
import { calendarYears } from './schema.ts';
import { isWorkingDay, type WorkingCalendar } from './working-calendar.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);
const enterprise = await signIn(['enterprise'], { enterpriseId: await newEnterprise() });

async function newEnterprise(): Promise<string> {
  const admin = await signIn(['admin']);
  return (await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: '青岛日历测试科技有限公司' } })).json().id as string;
}

const year2027 = {
  holidays: [
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
  ],
  workdays: ['2027-02-20', '2027-02-05'],
};
const put = (year: number | string, who: SignedIn, payload: unknown, language = 'zh-CN') =>
  app.inject({ method: 'PUT', url: `/api/calendar/years/${year}`, headers: { ...who.headers, 'accept-language': language }, payload: payload as object });
const working = (calendar: WorkingCalendar, day: string) => calendar.kind === 'business' && isWorkingDay(calendar.days, day);

describe('the working calendar’s years', () => {
  it('are seeded with the years as announced', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/calendar/years', headers: officer.headers });
    expect(response.statusCode).toBe(200);
    expect(response.json().map(({ year, holidays, workdays }: { year: number; holidays: unknown; workdays: unknown }) => ({ year, holidays, workdays }))).toEqual(
      announcedYears.map(({ year, holidays, workdays }) => ({ year, holidays, workdays })),
    );
  });

  it('are read by staff only, and entered by administrators only', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/calendar/years', headers: enterprise.headers })).statusCode).toBe(403);
    expect((await put(2030, officer, year2027)).statusCode).toBe(403);
    expect((await put(2030, enterprise, year2027)).statusCode).toBe(403);
    expect(await ctx.db.$count(calendarYears, eq(calendarYears.year, 2030))).toBe(0);
  });

  it('take a new year, audited, and then its corrections', async () => {
    const created = await put(2027, admin, year2027);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      year: 2027,
      holidays: [year2027.holidays[1], year2027.holidays[0]],
      workdays: ['2027-02-05', '2027-02-20'],
    });
    const corrected = await put(2027, admin, { ...year2027, workdays: ['2027-02-20'] });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().workdays).toEqual(['2027-02-20']);
    const audits = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'calendar-year')).orderBy(auditEvents.id);
    expect(audits.map((audit) => [audit.entityId, audit.action, audit.actorId])).toEqual([
      ['2027', 'create', admin.userId],
      ['2027', 'update', admin.userId],
    ]);
    expect(audits[1]!.before).toEqual({ holidays: [year2027.holidays[1], year2027.holidays[0]], workdays: ['2027-02-05', '2027-02-20'] });
  });

  it('refuse a year that does not hold together, in the reader’s language, writing nothing', async () => {
    const before = await ctx.db.select().from(calendarYears).orderBy(calendarYears.year);
    const overlapping = await put(2028, admin, { holidays: [{ name: '国庆节', from: '2028-10-01', to: '2028-10-07' }], workdays: ['2028-10-07'] }, 'en');
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().errors).toEqual([{ field: 'workdays.0', message: 'This day is within a holiday; it cannot also be a make-up working day' }]);
    const outside = await put(2028, admin, { holidays: [{ name: '元旦', from: '2027-12-31', to: '2028-01-01' }], workdays: [] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([{ field: 'holidays.0.from', message: '日期不在该年度内' }]);
    const backwards = await put(2028, admin, { holidays: [{ name: '春节', from: '2028-01-30', to: '2028-01-26' }], workdays: [] }, 'zh-TW');
    expect(backwards.json().errors).toEqual([{ field: 'holidays.0.to', message: '放假結束日期不能早於開始日期' }]);
    expect((await put(2028, admin, { holidays: [{ name: '', from: '2028-01-01', to: '2028-01-01' }], workdays: ['2028-02-30'] })).statusCode).toBe(400);
    expect((await put('1999', admin, { holidays: [], workdays: [] })).statusCode).toBe(400);
    expect((await put('next', admin, { holidays: [], workdays: [] })).statusCode).toBe(400);
    expect(await ctx.db.select().from(calendarYears).orderBy(calendarYears.year)).toEqual(before);
  });

  it('give the business calendar, kept in memory until any instance changes a year', async () => {
    const calendar = await readBusinessCalendar(ctx.db);
    expect(working(calendar, '2025-10-11')).toBe(true);
    expect(working(calendar, '2026-10-07')).toBe(false);
    expect(await readBusinessCalendar(ctx.db)).toBe(calendar);

    // This instance's own change is seen at once.
    await put(2029, admin, { holidays: [{ name: '元旦', from: '2029-01-01', to: '2029-01-01' }], workdays: [] });
    const afterOwnChange = await readBusinessCalendar(ctx.db);
    expect(afterOwnChange).not.toBe(calendar);
    expect(working(afterOwnChange, '2029-01-01')).toBe(false);

    // Another instance's, or a tool's, a moment later: the trigger's notice drops the copy.
    const other = connectDatabase(ctx.config.databaseUrl ?? '', { max: 1 });
    try {
      await other.db.execute(sql`UPDATE calendar_years SET workdays = '["2029-01-06"]'::jsonb WHERE year = 2029`);
    } finally {
      await other.pool.end();
    }
    await expect.poll(async () => working(await readBusinessCalendar(ctx.db), '2029-01-06')).toBe(true);
  });
});
