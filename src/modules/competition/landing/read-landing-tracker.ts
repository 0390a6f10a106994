import { and, asc, count, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { landingFacts, landingProjectColumns, landingStepsReached } from '../../investment-events/event-landing-rates.ts';
import { projects } from '../../investment-projects/schema.ts';
import { findEdition, findRoundOf } from '../competition-records.ts';
import { competitionEntries, competitionLandingSupport, competitionRounds } from '../schema.ts';
import type { LandingTracker } from './landing-schemas.ts';

/**
 * The landing tracker of an edition or one of its rounds (赛事+服务+落地): its entries (the withdrawn left out), those
 * that became leads, and the projects made from those leads that reached 签约, 注册 and 投产. A project counts once
 * however many entries share its lead, by the steps it reached as the investment module counts them
 * (`landingFacts`, the events' landing tracker's own reading), read live, so that a project moved on there moves
 * here at once.
 */
export async function readLandingTracker(db: DbOrTx, editionId: string, roundId: string | undefined): Promise<LandingTracker> {
  const edition = await findEdition(db, editionId);
  if (roundId) await findRoundOf(db, editionId, roundId);
  const rounds = await db
    .select({ id: competitionRounds.id, name: competitionRounds.name, state: competitionRounds.state })
    .from(competitionRounds)
    .where(eq(competitionRounds.editionId, editionId))
    .orderBy(asc(competitionRounds.heldOn), asc(competitionRounds.name));
  const supports = db
    .select({ entryId: competitionLandingSupport.entryId, n: count().as('n') })
    .from(competitionLandingSupport)
    .groupBy(competitionLandingSupport.entryId)
    .as('supports');
  const entries = await db
    .select({
      id: competitionEntries.id,
      number: competitionEntries.number,
      projectName: competitionEntries.projectName,
      organisationName: competitionEntries.organisationName,
      roundName: competitionRounds.name,
      leadId: competitionEntries.leadId,
      supportCount: supports.n,
    })
    .from(competitionEntries)
    .innerJoin(competitionRounds, eq(competitionRounds.id, competitionEntries.roundId))
    .leftJoin(supports, eq(supports.entryId, competitionEntries.id))
    .where(and(eq(competitionEntries.editionId, editionId), roundId ? eq(competitionEntries.roundId, roundId) : undefined, ne(competitionEntries.state, 'withdrawn')))
    .orderBy(asc(competitionEntries.number));
  const asLeads = entries.filter((entry) => entry.leadId !== null);
  const leadIds = [...new Set(asLeads.map((entry) => entry.leadId!))];
  const rows = leadIds.length
    ? await db
        .select({ ...landingProjectColumns, ...landingFacts })
        .from(projects)
        .where(and(inArray(projects.leadId, leadIds), isNotNull(projects.leadId)))
        .orderBy(asc(projects.name), asc(projects.id))
    : [];
  const figure = (chosen: typeof rows) => ({ count: chosen.length, projects: chosen.map(({ id, name, stage }) => ({ id, name, stage })) });
  const entryFigure = (chosen: typeof entries) => ({ count: chosen.length, entries: chosen.map((entry) => ({ ...entry, supportCount: entry.supportCount ?? 0 })) });
  return {
    editionId,
    editionName: edition.name,
    roundId: roundId ?? null,
    rounds,
    entries: entryFigure(entries),
    leads: entryFigure(asLeads),
    projects: figure(rows),
    signed: figure(rows.filter((row) => row.signed)),
    registered: figure(rows.filter((row) => landingStepsReached(row).registered)),
    producing: figure(rows.filter((row) => landingStepsReached(row).producing)),
  };
}
