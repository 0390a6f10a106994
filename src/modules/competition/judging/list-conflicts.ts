import { desc, eq } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { findEdition } from '../competition-records.ts';
import { competitionConflicts, competitionEntries, competitionJudges } from '../schema.ts';

/** The conflicts of interest judges declared on the edition's entries, latest first. */
export async function listConflicts(db: DbOrTx, editionId: string) {
  await findEdition(db, editionId);
  const items = await db
    .select({
      judgeId: competitionConflicts.judgeId,
      judgeName: users.displayName,
      entryId: competitionConflicts.entryId,
      entryNumber: competitionEntries.number,
      projectName: competitionEntries.projectName,
      reason: competitionConflicts.reason,
      declaredAt: competitionConflicts.declaredAt,
    })
    .from(competitionConflicts)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionConflicts.entryId))
    .innerJoin(competitionJudges, eq(competitionJudges.id, competitionConflicts.judgeId))
    .innerJoin(users, eq(users.id, competitionJudges.userId))
    .where(eq(competitionEntries.editionId, editionId))
    .orderBy(desc(competitionConflicts.declaredAt), competitionEntries.number);
  return { items };
}
