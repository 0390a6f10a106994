import { describe, expect, it } from 'vitest';
import { announcedYears } from '../../platform/calendar/announced-years.fixture.ts';
import { alwaysOpen, chinaBusinessCalendar } from '../../platform/calendar/working-calendar.ts';
import { followUpReminderAt } from './follow-up-reminder-time.ts';

const business = chinaBusinessCalendar(announcedYears);

describe('when a follow-up reminds its owner', () => {
  it.each([
    ['2026-12-04', '2026-12-04T09:00:00+08:00', 'a Friday: that morning'],
    ['2026-12-06', '2026-12-04T09:00:00+08:00', 'a Sunday: the Friday before'],
    ['2026-10-05', '2026-09-30T09:00:00+08:00', '国庆节: the last working day before the holiday'],
    ['2026-10-10', '2026-10-10T09:00:00+08:00', '国庆调休 Saturday, a working day'],
    ['2026-02-23', '2026-02-14T09:00:00+08:00', '春节, back across the holiday to its make-up Saturday'],
  ])('due %s: %s (%s)', (dueOn, remindAt) => {
    expect(followUpReminderAt(business, dueOn).toISOString()).toBe(new Date(remindAt).toISOString());
  });

  it('is the morning of the due day itself on a calendar open every day', () => {
    expect(followUpReminderAt(alwaysOpen, '2026-12-06').toISOString()).toBe('2026-12-06T01:00:00.000Z');
  });
});
