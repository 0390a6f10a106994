import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { competitionEntries } from '../schema.ts';
import { findEntry } from './entry-records.ts';
import type { EligibilityInput } from './entry-schemas.ts';

/** An organiser marks an entry ineligible with their reasons, or eligible again; a withdrawn entry stays so (409). Audited. */
export async function setEntryEligibility(db: Db, actor: Actor, entryId: string, input: EligibilityInput): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await findEntry(tx, entryId, { lock: true });
    if (entry.state === 'withdrawn') throw new AppError(409, 'competition.entry.alreadyWithdrawn');
    const after = input.eligible
      ? { state: 'eligible' as const, ineligibleReasons: [] }
      : { state: 'ineligible' as const, ineligibleReasons: input.reasons.map((reason) => ({ message: 'competition.entry.organiserReason', params: { reason } })) };
    await tx.update(competitionEntries).set({ ...after, updatedAt: new Date() }).where(eq(competitionEntries.id, entry.id));
    await recordAudit(tx, actor, {
      entityType: 'competitionEntry',
      entityId: entry.id,
      action: input.eligible ? 'markEligible' : 'markIneligible',
      before: { state: entry.state, ineligibleReasons: entry.ineligibleReasons },
      after,
    });
  });
}
