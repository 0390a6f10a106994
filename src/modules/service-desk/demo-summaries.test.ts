import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import { teams } from '../../platform/teams/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { seedDatabase } from '../../seed/seed.ts';
import { modules } from '../../server/modules.ts';
import { createTestDatabase } from '../../test/database.ts';
import { summaryDayAt } from './produce-daily-summary.ts';
import { openStates, serviceRequestSubject } from './request-workflow.ts';
import { serviceDailySummaries, serviceRequests } from './schema.ts';
import { demoTrafficDays } from './seed-demo-traffic.ts';

const dayMs = 86_400_000;

describe('the demo daily summaries', () => {
  it("holds each desk team's summary of every day of the week before today, as produced the next morning", async () => {
    const { db } = await createTestDatabase();
    await seedDatabase(db, { demo: true, modules });
    const summaries = await db.select().from(serviceDailySummaries).orderBy(asc(serviceDailySummaries.day));
    const requests = await db.select().from(serviceRequests);
    const transitions = await db
      .select()
      .from(workflowTransitions)
      .where(eq(workflowTransitions.recordKind, serviceRequestSubject.kind))
      .orderBy(asc(workflowTransitions.at), asc(workflowTransitions.id));
    const today = chinaToday();
    const week = Array.from({ length: demoTrafficDays }, (_, index) => chinaDayOf(new Date(Date.parse(`${today}T12:00:00+08:00`) - (demoTrafficDays - index) * dayMs)));
    const teamIds = [...new Set(summaries.map((summary) => summary.teamId))];
    // The hotline takes the week's traffic; the market's windows team has its (quiet) summaries too.
    const [hotline] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, '区企业服务中心（7×24 热线）'));
    expect(teamIds).toContain(hotline!.id);
    expect(teamIds.length).toBeGreaterThan(0);
    for (const teamId of teamIds) expect(summaries.filter((summary) => summary.teamId === teamId).map((summary) => summary.day)).toEqual(week);

    for (const summary of summaries) {
      const { day, producedAt, figures } = summary;
      expect(day).toBe(summaryDayAt(producedAt));
      // At 07:00 the next morning; yesterday's as the seed ran when that morning was still ahead.
      const morning = Date.parse(`${day}T07:00:00+08:00`) + dayMs;
      if (producedAt.getTime() !== morning) expect([day, producedAt.getTime() < morning]).toEqual([week.at(-1), true]);
      const ofTeam = requests.filter((request) => request.teamId === summary.teamId);
      expect(figures.created).toBe(ofTeam.filter((request) => chinaDayOf(request.createdAt) === day).length);
      if (summary.teamId === hotline!.id) expect(figures.created).toBeGreaterThanOrEqual(10);
      // Open then, as each request's history has it at that morning, though most are resolved by now.
      const stateThen = (id: string) => transitions.filter((move) => move.recordId === id && move.at.getTime() <= producedAt.getTime()).at(-1)?.toState;
      const openThen = ofTeam.filter((request) => request.createdAt < producedAt && (openStates as readonly (string | undefined)[]).includes(stateThen(request.id)));
      expect(figures.open.map((item) => item.requestId).sort()).toEqual(openThen.map((request) => request.id).sort());
      expect(figures.open.every((item) => item.state === stateThen(item.requestId))).toBe(true);
    }
    // The week's targets as recorded when decided: most met, a few breached.
    const targets = summaries.flatMap((summary) => [summary.figures.sla!.firstResponse, summary.figures.sla!.resolution]);
    const met = targets.reduce((sum, count) => sum + count.met, 0);
    const breached = targets.reduce((sum, count) => sum + count.breached, 0);
    expect(breached).toBeGreaterThan(0);
    expect(met).toBeGreaterThan(5 * breached);
    const resolvedSince = summaries.flatMap((summary) => summary.figures.open).filter((item) => requests.find((request) => request.id === item.requestId)!.resolvedAt !== null);
    expect(resolvedSince.length).toBeGreaterThan(0);

    // Yesterday's meeting sees B馆's air conditioning come back, three times in the week.
    const airConditioning = requests.filter((request) => request.idempotencyKey.startsWith('demo-story-air-conditioning-'));
    expect(airConditioning).toHaveLength(3);
    const yesterday = summaries.filter((summary) => summary.teamId === hotline!.id).at(-1)!;
    const repeated = yesterday.figures.repeated.find((problem) => airConditioning.every((request) => problem.requests.some((seen) => seen.requestId === request.id)));
    expect(repeated).toMatchObject({ categoryCode: 'property', locationLabel: expect.stringContaining('B馆') });
    expect(repeated!.count).toBeGreaterThanOrEqual(3);
  });
});
