import { describe, expect, it } from 'vitest';
import { announcedYears } from './announced-years.fixture.ts';
import { addWorkingTime, alwaysOpen, chinaBusinessCalendar, dayRulesOf, isWorkingDay, workingTimeBetween, type Pause } from './working-calendar.ts';

const business = chinaBusinessCalendar(announcedYears);
const minutes = (n: number) => n * 60_000;
const hours = (n: number) => minutes(n * 60);
/** An instant given as Beijing time. */
const at = (beijing: string) => new Date(`${beijing}+08:00`);
const pause = (from: string, to: string | null): Pause => ({ from: at(from), to: to === null ? null : at(to) });

describe('working days', () => {
  it.each([
    ['2026-12-04', true, 'a Friday'],
    ['2026-12-05', false, 'a Saturday'],
    ['2026-12-06', false, 'a Sunday'],
    ['2026-10-01', false, '国庆节'],
    ['2026-10-07', false, '国庆节, a Wednesday'],
    ['2026-10-08', true, 'the Thursday after 国庆'],
    ['2026-10-10', true, '国庆调休 Saturday'],
    ['2026-09-20', true, '国庆调休 Sunday'],
    ['2026-02-14', true, '春节调休 Saturday'],
    ['2026-02-23', false, '春节, a Monday'],
    ['2025-10-08', false, '国庆节、中秋节 2025, a Wednesday'],
    ['2025-10-11', true, '国庆调休 Saturday 2025'],
    ['2025-01-01', false, '元旦 2025'],
    ['2027-01-04', true, 'a Monday of a year not announced yet'],
    ['2027-01-02', false, 'a Saturday of a year not announced yet'],
  ])('%s is a working day: %s (%s)', (day, working) => {
    expect(isWorkingDay(dayRulesOf(announcedYears), day)).toBe(working);
  });
});

describe('adding working time: the deadline of a target', () => {
  it.each([
    ['24×7: ten minutes', alwaysOpen, '2026-12-04T10:00:00', minutes(10), [], '2026-12-04T10:10:00'],
    ['24×7: across midnight', alwaysOpen, '2026-12-04T23:50:00', minutes(30), [], '2026-12-05T00:20:00'],
    ['24×7: over a holiday, which does not stop it', alwaysOpen, '2026-09-30T23:00:00', hours(2), [], '2026-10-01T01:00:00'],
    ['24×7: paused across midnight', alwaysOpen, '2026-12-04T23:00:00', hours(1), [pause('2026-12-04T23:30:00', '2026-12-05T00:30:00')], '2026-12-05T01:00:00'],
    ['business: within the morning', business, '2026-12-04T09:10:00', minutes(30), [], '2026-12-04T09:40:00'],
    ['business: over the lunch break', business, '2026-12-04T11:50:00', minutes(20), [], '2026-12-04T13:40:00'],
    ['business: over a weekend', business, '2026-12-04T17:00:00', hours(1), [], '2026-12-07T09:30:00'],
    ['business: opened on a Saturday', business, '2026-12-05T10:00:00', hours(1), [], '2026-12-07T10:00:00'],
    ['business: opened at night', business, '2026-12-03T22:00:00', minutes(10), [], '2026-12-04T09:10:00'],
    ['business: across 国庆 2026', business, '2026-09-30T17:00:00', hours(1), [], '2026-10-08T09:30:00'],
    ['business: into the 调休 Saturday after 国庆 2026', business, '2026-10-09T17:00:00', hours(1), [], '2026-10-10T09:30:00'],
    ['business: across 国庆 2025, into its 调休 Saturday', business, '2025-09-30T17:00:00', hours(15), [], '2025-10-11T09:30:00'],
    ['business: opened during a holiday', business, '2026-10-03T10:00:00', hours(1), [], '2026-10-08T10:00:00'],
    ['business: into the 春节 调休 Saturday', business, '2026-02-13T17:00:00', hours(1), [], '2026-02-14T09:30:00'],
    ['business: paused while waiting on the enterprise', business, '2026-12-04T09:00:00', hours(2), [pause('2026-12-04T10:00:00', '2026-12-04T15:00:00')], '2026-12-04T16:00:00'],
    ['business: a pause over a weekend costs nothing more', business, '2026-12-04T17:00:00', hours(1), [pause('2026-12-05T10:00:00', '2026-12-06T10:00:00')], '2026-12-07T09:30:00'],
  ] as const)('%s', (_, calendar, from, amount, pauses, deadline) => {
    expect(addWorkingTime(calendar, at(from), amount, pauses)?.toISOString()).toBe(at(deadline).toISOString());
  });

  it('has no deadline while a pause lasts, and one once it ends', () => {
    const opened = at('2026-12-04T09:00:00');
    expect(addWorkingTime(business, opened, hours(2), [pause('2026-12-04T10:00:00', null)])).toBeNull();
    expect(addWorkingTime(business, opened, minutes(30), [pause('2026-12-04T10:00:00', null)])?.toISOString()).toBe(at('2026-12-04T09:30:00').toISOString());
  });
});

describe('working time between two instants', () => {
  it.each([
    ['24×7: a night', alwaysOpen, '2026-12-04T22:00:00', '2026-12-05T06:00:00', [], hours(8)],
    ['business: a whole working day', business, '2026-12-04T00:00:00', '2026-12-05T00:00:00', [], hours(7)],
    ['business: Friday evening to Monday morning', business, '2026-12-04T17:00:00', '2026-12-07T09:30:00', [], hours(1)],
    ['business: the 国庆 week of 2026 (the Saturday after it worked)', business, '2026-09-30T00:00:00', '2026-10-11T00:00:00', [], hours(7 * 4)],
    ['business: less a pause', business, '2026-12-04T09:00:00', '2026-12-04T17:30:00', [pause('2026-12-04T11:00:00', '2026-12-04T14:00:00')], hours(7) - hours(1) - minutes(30)],
    ['business: a pause still lasting', business, '2026-12-04T09:00:00', '2026-12-04T17:30:00', [pause('2026-12-04T16:00:00', null)], hours(5) + minutes(30)],
    ['either: backwards is nothing', alwaysOpen, '2026-12-05T00:00:00', '2026-12-04T00:00:00', [], 0],
  ] as const)('%s', (_, calendar, from, to, pauses, expected) => {
    expect(workingTimeBetween(calendar, at(from), at(to), pauses)).toBe(expected);
  });

  it('agrees with adding working time, whatever the start', () => {
    for (const start of ['2026-09-29T16:45:00', '2026-10-02T08:00:00', '2026-02-13T11:59:00', '2025-12-31T17:29:00']) {
      for (const amount of [minutes(1), hours(3), hours(20)]) {
        const deadline = addWorkingTime(business, at(start), amount)!;
        expect(workingTimeBetween(business, at(start), deadline), `${start} + ${amount}`).toBe(amount);
      }
    }
  });
});
