import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db, DbOrTx } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { landingSupportKinds, type LandingSupportKind } from '../competition-terms.ts';
import { competitionEntries, competitionLandingSupport } from '../schema.ts';
import type { LandingSupportInput, LandingSupportList } from './landing-schemas.ts';

/** The entry of the edition; one of another edition answers 404 like a missing one. */
async function findEntryOf(db: DbOrTx, editionId: string, entryId: string) {
  const [entry] = await db
    .select({ id: competitionEntries.id })
    .from(competitionEntries)
    .where(and(eq(competitionEntries.id, entryId), eq(competitionEntries.editionId, editionId)));
  if (!entry) throw notFound();
  return entry;
}

/** The landing support given to an entry (an incubator place, funding, a bank referral), by the day it was given. */
export async function listLandingSupport(db: DbOrTx, editionId: string, entryId: string): Promise<LandingSupportList> {
  await findEntryOf(db, editionId, entryId);
  const items = await db
    .select({
      id: competitionLandingSupport.id,
      kind: competitionLandingSupport.kind,
      note: competitionLandingSupport.note,
      givenOn: competitionLandingSupport.givenOn,
      recordedByName: users.displayName,
      createdAt: competitionLandingSupport.createdAt,
    })
    .from(competitionLandingSupport)
    .leftJoin(users, eq(users.id, competitionLandingSupport.recordedById))
    .where(eq(competitionLandingSupport.entryId, entryId))
    .orderBy(asc(competitionLandingSupport.givenOn), asc(competitionLandingSupport.createdAt));
  return { items };
}

/** The kinds of landing support each of these entries was given, each kind once and in the terms' order. */
export async function landingSupportKindsOf(db: DbOrTx, entryIds: string[]): Promise<Map<string, LandingSupportKind[]>> {
  const given = new Map<string, Set<LandingSupportKind>>();
  if (entryIds.length > 0) {
    const rows = await db
      .selectDistinct({ entryId: competitionLandingSupport.entryId, kind: competitionLandingSupport.kind })
      .from(competitionLandingSupport)
      .where(inArray(competitionLandingSupport.entryId, entryIds));
    for (const { entryId, kind } of rows) given.set(entryId, (given.get(entryId) ?? new Set()).add(kind));
  }
  return new Map(entryIds.map((entryId) => [entryId, landingSupportKinds.filter((kind) => given.get(entryId)?.has(kind))]));
}

/** Records landing support given to an entry of the edition; audited. */
export async function recordLandingSupport(db: Db, actor: Actor, editionId: string, entryId: string, input: LandingSupportInput): Promise<LandingSupportList> {
  await db.transaction(async (tx) => {
    await findEntryOf(tx, editionId, entryId);
    const [support] = await tx.insert(competitionLandingSupport).values({ entryId, ...input, recordedById: actor.id }).returning();
    await recordAudit(tx, actor, { entityType: 'competitionEntry', entityId: entryId, action: 'recordLandingSupport', after: { id: support!.id, ...input } });
  });
  return listLandingSupport(db, editionId, entryId);
}
