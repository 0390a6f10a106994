import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import { teams } from '../../platform/teams/schema.ts';
import { serviceCannedReplies } from './schema.ts';
import type { CannedReplyInput } from './schemas.ts';

/** Adds a canned reply (id null) or changes one; its team must be an active team (400). */
export async function saveCannedReply(db: DbOrTx, actor: Actor, id: string | null, input: CannedReplyInput): Promise<{ id: string }> {
  if (input.teamId !== null) {
    const [team] = await db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, input.teamId), isNull(teams.archivedAt)));
    if (!team) throw invalidInput([{ field: 'teamId', message: 'serviceRequest.teamUnavailable' }]);
  }
  return db.transaction(async (tx) => {
    if (id === null) {
      const [created] = await tx.insert(serviceCannedReplies).values(input).returning({ id: serviceCannedReplies.id });
      await recordAudit(tx, actor, { entityType: 'service-canned-reply', entityId: created!.id, action: 'create', after: input });
      return created!;
    }
    const [before] = await tx.select().from(serviceCannedReplies).where(eq(serviceCannedReplies.id, id)).for('update');
    if (!before) throw notFound();
    await tx
      .update(serviceCannedReplies)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(serviceCannedReplies.id, id));
    await recordAudit(tx, actor, {
      entityType: 'service-canned-reply',
      entityId: id,
      action: 'update',
      before: { teamId: before.teamId, title: before.title, body: before.body },
      after: input,
    });
    return { id };
  });
}
