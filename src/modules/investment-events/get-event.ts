import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { amountVerification, countedAmountWan, countedSigning } from '../investment-projects/counting-rules.ts';
import { projectScopeOf, projectVisibleTo } from '../investment-projects/project-policy.ts';
import { selectProjects } from '../investment-projects/project-records.ts';
import { projects, projectSignings } from '../investment-projects/schema.ts';
import { referenceData } from '../reference/reference-data.ts';
import { eventLandingRates, landingSteps } from './event-landing-rates.ts';
import { mayKeepEventOf, type EventUser } from './event-policy.ts';
import { selectEvents } from './event-records.ts';
import { eventTotals } from './event-totals.ts';
import { promotionEvents } from './schema.ts';
import type { EventDetail } from './schemas.ts';

/**
 * One event with every signing made there, its totals and its landing tracker (404 for an unknown id). A signing
 * whose project was counted at an earlier signing (elsewhere, or earlier) says where and is left out of the totals
 * (counting rule 1), so that a project is counted once across all events and in the summary. The totals and the
 * tracker are the same for every reader; the projects are listed for all, and `mayOpen` marks those the reader's
 * project policy lets them open (the page links only those).
 */
export async function getEvent(db: DbOrTx, user: EventUser, id: string, locale: Locale): Promise<EventDetail> {
  const [event] = await selectEvents(db, eq(promotionEvents.id, id));
  if (!event) throw notFound();
  const here = await db
    .select({ id: projectSignings.id, projectId: projectSignings.projectId, signedOn: projectSignings.signedOn, amountWan: projectSignings.amountWan })
    .from(projectSignings)
    .where(eq(projectSignings.eventId, id))
    .orderBy(asc(projectSignings.signedOn), asc(projectSignings.recordedAt));
  const projectIds = [...new Set(here.map((s) => s.projectId))];
  const [rows, allSignings, landing, scope] = await Promise.all([
    projectIds.length ? selectProjects(db).where(inArray(projects.id, projectIds)) : [],
    projectIds.length
      ? db
          .select({ id: projectSignings.id, projectId: projectSignings.projectId, signedOn: projectSignings.signedOn, recordedAt: projectSignings.recordedAt, eventId: projectSignings.eventId, eventName: promotionEvents.name })
          .from(projectSignings)
          .leftJoin(promotionEvents, eq(promotionEvents.id, projectSignings.eventId))
          .where(inArray(projectSignings.projectId, projectIds))
      : [],
    eventLandingRates(db, [id]),
    projectScopeOf(db, user),
  ]);
  const names = rows.some((row) => row.industryCode) ? (await referenceData(db)).localized(locale) : null;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const firstOf = new Map(projectIds.map((projectId) => [projectId, countedSigning(allSignings.filter((s) => s.projectId === projectId))!]));
  const mayOpen = (project: { teamId: string | null; managerId: string | null }) => projectVisibleTo(scope, project);
  const section = (code: string | null) => (code && names ? (names.industryPath(code)[0] ?? null) : null);

  const signings = here.map((signing) => {
    const project = byId.get(signing.projectId)!;
    const first = firstOf.get(signing.projectId)!;
    const counted = first.id === signing.id;
    return {
      id: signing.id,
      signedOn: signing.signedOn,
      amountWan: signing.amountWan,
      project: { id: project.id, name: project.name, enterpriseName: project.enterpriseName, stage: project.stage, sectionName: section(project.industryCode)?.name ?? null, mayOpen: mayOpen(project) },
      counted,
      countedAt: counted ? null : { signedOn: first.signedOn, event: first.eventId ? { id: first.eventId, name: first.eventName! } : null },
      countedAmountWan: counted ? countedAmountWan(project) : null,
      verification: counted ? amountVerification(project.agreedAmountWan, Boolean(project.amountFileLive)) : null,
    };
  });
  const countedHere = signings.flatMap((s) => (s.counted ? [byId.get(s.project.id)!] : []));
  const totals = eventTotals(
    countedHere.map((project) => {
      const sector = section(project.industryCode);
      return { sectionCode: sector?.code ?? null, sectionName: sector?.name ?? null, countedWan: countedAmountWan(project), verification: amountVerification(project.agreedAmountWan, Boolean(project.amountFileLive)) };
    }),
  );
  const tracker = landing.get(id)!;
  const step = (name: (typeof landingSteps)[number]) => ({
    count: tracker.steps[name].count,
    rate: tracker.steps[name].rate,
    projects: tracker.steps[name].projects.map((p) => ({ id: p.id, name: p.name, stage: p.stage, mayOpen: mayOpen(p) })),
  });
  return {
    ...event,
    signings,
    totals,
    landing: { counted: tracker.counted, registered: step('registered'), started: step('started'), producing: step('producing'), atCapacity: step('atCapacity'), terminated: step('terminated') },
    mayEdit: await mayKeepEventOf(db, user, event.organiserTeamId),
  };
}
