import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/plugin.ts';
import { problemResponses } from '../http/schemas.ts';
import { listCalendarYears } from './list-calendar-years.ts';
import { followCalendarChanges } from './read-business-calendar.ts';
import { saveCalendarYear } from './save-calendar-year.ts';
import { calendarYearBody, calendarYearParams, calendarYearSchema } from './schemas.ts';
import './messages.ts';

/** The working calendar's years: read by staff, entered by administrators as each year is announced. */
export async function calendarRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['calendar'];
  // Once the app is ready, so that building it touches no database.
  let stopFollowing: (() => void) | undefined;
  app.addHook('onReady', async () => {
    stopFollowing = await followCalendarChanges(db, app.changeFeed);
  });
  app.addHook('onClose', async () => stopFollowing?.());

  app.get('/api/calendar/years', {
    config: { permission: 'calendar.read' },
    schema: { tags, summary: 'Every year of the working calendar: holidays and make-up working days', response: { 200: calendarYearSchema.array(), ...problemResponses } },
    handler: async () => listCalendarYears(db),
  });
  app.put('/api/calendar/years/:year', {
    config: { permission: 'calendar.admin' },
    schema: {
      tags,
      summary: "Enter a year's holidays and make-up working days, or replace them",
      params: calendarYearParams,
      body: calendarYearBody,
      response: { 200: calendarYearSchema, 201: calendarYearSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { year } = request.params;
      const { created } = await saveCalendarYear(db, actorOf(request), { year, ...request.body });
      const saved = (await listCalendarYears(db)).find((entry) => entry.year === year)!;
      return reply.code(created ? 201 : 200).send(saved);
    },
  });
}
