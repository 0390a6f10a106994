import { describe, expect, it } from 'vitest';
import { calendarYearProblems } from './calendar-year-rules.ts';
import { announcedYears } from './announced-years.fixture.ts';

const span = (name: string, from: string, to: string) => ({ name, from, to });

describe('the rules of a calendar year', () => {
  it.each(announcedYears.map((year) => [year.year, year] as const))('%i as announced holds together', (_, year) => {
    expect(calendarYearProblems(year)).toEqual([]);
  });

  it.each([
    ['a span starting in another year', { holidays: [span('元旦', '2026-12-31', '2027-01-01')], workdays: [] }, [{ field: 'holidays.0.from', message: 'calendar.dayOutsideYear' }]],
    ['a span ending in another year', { holidays: [span('元旦', '2027-12-31', '2028-01-01')], workdays: [] }, [{ field: 'holidays.0.to', message: 'calendar.dayOutsideYear' }]],
    ['a span ending before it starts', { holidays: [span('春节', '2027-02-10', '2027-02-06')], workdays: [] }, [{ field: 'holidays.0.to', message: 'calendar.spanOrder' }]],
    ['two holidays sharing a day', { holidays: [span('中秋节', '2027-09-15', '2027-09-17'), span('国庆节', '2027-09-17', '2027-10-07')], workdays: [] }, [{ field: 'holidays.1.from', message: 'calendar.holidaysOverlap' }]],
    ['a make-up day within a holiday', { holidays: [span('国庆节', '2027-10-01', '2027-10-07')], workdays: ['2027-09-26', '2027-10-03'] }, [{ field: 'workdays.1', message: 'calendar.workdayIsHoliday' }]],
    ['a make-up day on the last day of a holiday', { holidays: [span('春节', '2027-02-06', '2027-02-13')], workdays: ['2027-02-13'] }, [{ field: 'workdays.0', message: 'calendar.workdayIsHoliday' }]],
    ['a make-up day in another year', { holidays: [], workdays: ['2026-12-27'] }, [{ field: 'workdays.0', message: 'calendar.dayOutsideYear' }]],
    ['a make-up day twice', { holidays: [], workdays: ['2027-02-20', '2027-02-20'] }, [{ field: 'workdays.1', message: 'calendar.workdayTwice' }]],
    ['a one-day holiday and nothing else', { holidays: [span('元旦', '2027-01-01', '2027-01-01')], workdays: [] }, []],
  ])('%s', (_, input, problems) => {
    expect(calendarYearProblems({ year: 2027, ...input })).toEqual(problems);
  });
});
