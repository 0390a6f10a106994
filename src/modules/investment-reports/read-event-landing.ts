import { and, asc, between, desc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { eventLandingRates, landingRate, landingSteps } from '../investment-events/event-landing-rates.ts';
import { promotionEvents } from '../investment-events/schema.ts';
import { projectFilterCondition, type ProjectFilters } from '../investment-projects/project-filters.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from '../investment-projects/project-policy.ts';
import { projects } from '../investment-projects/schema.ts';
import type { ReportPeriod } from './report-period.ts';
import type { EventLandingReport } from './schemas.ts';

/**
 * Landing rates per event held in the period: of the projects counted at each (their first signing was there), those
 * that reached 注册, 开工, 投产 and 达产 and those terminated since, by the events module's own reading
 * (eventLandingRates), limited like every figure of the report to the projects the reader sees and the filters, so
 * that the event's page, which lists them, holds the same projects for the same reader. Three queries.
 */
export async function readEventLanding(db: DbOrTx, user: ProjectUser, period: ReportPeriod, filters: ProjectFilters): Promise<EventLandingReport> {
  const events = await db
    .select({ id: promotionEvents.id, name: promotionEvents.name, heldOn: promotionEvents.heldOn, city: promotionEvents.city })
    .from(promotionEvents)
    .where(between(promotionEvents.heldOn, period.from, period.to))
    .orderBy(desc(promotionEvents.heldOn), asc(promotionEvents.id));
  const landing = await eventLandingRates(
    db,
    events.map((event) => event.id),
  );
  const counted = [...landing.values()].flatMap((event) => event.countedProjects.map((project) => project.id));
  const scope = await projectScopeOf(db, user);
  const shown = new Set(
    counted.length
      ? (await db.select({ id: projects.id }).from(projects).where(and(inArray(projects.id, counted), visibleProjects(scope), projectFilterCondition(filters)))).map((row) => row.id)
      : [],
  );
  return {
    period,
    events: events.map((event) => {
      const { countedProjects, steps } = landing.get(event.id)!;
      const total = countedProjects.filter((project) => shown.has(project.id)).length;
      const step = (name: (typeof landingSteps)[number]) => {
        const count = steps[name].projects.filter((project) => shown.has(project.id)).length;
        return { count, rate: landingRate(count, total) };
      };
      return { ...event, counted: total, registered: step('registered'), started: step('started'), producing: step('producing'), atCapacity: step('atCapacity'), terminated: step('terminated') };
    }),
  };
}
