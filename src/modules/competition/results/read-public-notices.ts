import { and, asc, desc, eq, gte, inArray, isNotNull } from 'drizzle-orm';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { competitionEditions, competitionEntries, competitionPhaseResults, competitionPhases, competitionRounds } from '../schema.ts';
import type { PublicNotice } from './results-schemas.ts';

/**
 * The results notices (公示) in their notice period, latest first: each phase's advancing entries with their number,
 * project, organisation and rank. Nothing of the judges or their scores.
 */
export async function readPublicNotices(db: DbOrTx): Promise<PublicNotice> {
  const notices = await db
    .select({
      phaseId: competitionPhases.id,
      editionName: competitionEditions.name,
      roundName: competitionRounds.name,
      phaseKind: competitionPhases.kind,
      noticePublishedAt: competitionPhases.noticePublishedAt,
      noticeEndsOn: competitionPhases.noticeEndsOn,
    })
    .from(competitionPhases)
    .innerJoin(competitionRounds, eq(competitionRounds.id, competitionPhases.roundId))
    .innerJoin(competitionEditions, eq(competitionEditions.id, competitionRounds.editionId))
    .where(and(isNotNull(competitionPhases.noticePublishedAt), gte(competitionPhases.noticeEndsOn, chinaToday())))
    .orderBy(desc(competitionPhases.noticePublishedAt), asc(competitionPhases.id));
  const advancing = notices.length
    ? await db
        .select({
          phaseId: competitionPhaseResults.phaseId,
          number: competitionEntries.number,
          projectName: competitionEntries.projectName,
          organisationName: competitionEntries.organisationName,
          rank: competitionPhaseResults.rank,
        })
        .from(competitionPhaseResults)
        .innerJoin(competitionEntries, eq(competitionEntries.id, competitionPhaseResults.entryId))
        .where(and(inArray(competitionPhaseResults.phaseId, notices.map((notice) => notice.phaseId)), eq(competitionPhaseResults.advanced, true)))
        .orderBy(asc(competitionPhaseResults.rank), asc(competitionEntries.number))
    : [];
  return {
    items: notices.map(({ phaseId, noticePublishedAt, noticeEndsOn, ...notice }) => ({
      ...notice,
      noticePublishedAt: noticePublishedAt!,
      noticeEndsOn: noticeEndsOn!,
      advancing: advancing.filter((entry) => entry.phaseId === phaseId).map(({ phaseId: _, ...entry }) => entry),
    })),
  };
}
