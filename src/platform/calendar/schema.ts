import { integer, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * A year of China's working calendar as the State Council announces it (国务院办公厅关于部分节假日安排的通知): each
 * holiday's days off as a span, and the weekend days worked in their place (调休上班). Kept by administrators as
 * each year is announced; 2025 and 2026 are seeded by migration 0039. Every change is announced on `qiao_calendar`
 * by a trigger, so that every instance drops the calendar it holds.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  holidays: jsonb('holidays').$type<HolidaySpan[]>().notNull(),
  workdays: jsonb('workdays').$type<string[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A holiday's days off, first and last China day included. */
export interface HolidaySpan {
  name: string;
  from: string;
  to: string;
}

export interface HolidayYear {
  year: number;
  holidays: readonly HolidaySpan[];
  /** Saturdays and Sundays that are working days that year (调休上班). */
  workdays: readonly string[];
}
