import { z } from 'zod';
import { text } from '../http/schemas.ts';

const day = z.iso.date().describe('A China calendar day, YYYY-MM-DD');

export const calendarYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const holidaySpanSchema = z.object({
  name: text(40).min(1).describe('As the State Council names it: 春节, 国庆节'),
  from: day.describe('First day off'),
  to: day.describe('Last day off, included'),
});

export const calendarYearBody = z.object({
  holidays: holidaySpanSchema.array().max(30),
  workdays: day.array().max(30).describe('Weekend days worked in a holiday’s place (调休上班)'),
});

export const calendarYearSchema = calendarYearBody.extend({
  year: z.number().int(),
  updatedAt: z.date(),
});
