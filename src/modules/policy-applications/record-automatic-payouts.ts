import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { enterpriseUserIds } from '../../platform/auth/enterprise-users.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, invalidInput, type FieldError } from '../../platform/http/errors.ts';
import { notify } from '../../platform/notifications/notify.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { payoutViewOf, selectPayouts } from './application-records.ts';
import { automaticItem } from './qualified-list.ts';
import { policyAutomaticConfirmations, policyPayouts } from './schema.ts';
import type { PayoutView, RecordPayoutsInput } from './schemas.ts';

/**
 * 免申即享 payouts: for enterprises on a confirmed list of the item, each the confirmed amount unless another is
 * given, with no application. An enterprise is paid once per item and year: a second payout in that year (the same
 * button pressed twice, two staff at once) is left out by the unique index and named in `alreadyPaid`. Each payout is
 * audited and the enterprise's users are told.
 */
export async function recordAutomaticPayouts(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  itemId: string,
  input: RecordPayoutsInput,
): Promise<{ recorded: PayoutView[]; alreadyPaid: string[] }> {
  const { item, policy } = await automaticItem(db, itemId);
  if (policy.state !== 'published') throw conflict('policyApplication.payout.policyNotPublished');
  const [confirmation] = await db
    .select()
    .from(policyAutomaticConfirmations)
    .where(and(eq(policyAutomaticConfirmations.id, input.confirmationId), eq(policyAutomaticConfirmations.itemId, itemId)));
  if (!confirmation) throw invalidInput([{ field: 'confirmationId', message: 'policyApplication.payout.confirmationUnknown' }]);
  const confirmed = new Map(confirmation.enterprises.map((entry) => [entry.enterpriseId, entry]));
  const problems: FieldError[] = input.payouts.flatMap((payout, index): FieldError[] => {
    const entry = confirmed.get(payout.enterpriseId);
    if (!entry) return [{ field: `payouts.${index}.enterpriseId`, message: 'policyApplication.payout.notConfirmed' }];
    if (payout.amountWan === undefined && entry.amountWan === null) return [{ field: `payouts.${index}.amountWan`, message: 'policyApplication.payout.amountRequired' }];
    return [];
  });
  if (new Set(input.payouts.map((payout) => payout.enterpriseId)).size !== input.payouts.length) problems.push({ field: 'payouts', message: 'policyApplication.payout.duplicate' });
  if (problems.length) throw invalidInput(problems);
  const ids = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(policyPayouts)
      .values(
        input.payouts.map((payout) => ({
          itemId,
          enterpriseId: payout.enterpriseId,
          confirmationId: confirmation.id,
          mode: 'automatic' as const,
          amountWan: payout.amountWan ?? confirmed.get(payout.enterpriseId)!.amountWan!,
          paidOn: input.paidOn,
          recordedById: actor.id,
          recordedByName: actor.name,
        })),
      )
      .onConflictDoNothing()
      .returning();
    await recordAudit(
      tx,
      actor,
      inserted.map(({ createdAt: _createdAt, ...payout }) => ({ entityType: 'policy-payout', entityId: payout.id, action: 'create', after: payout })),
    );
    for (const payout of inserted) {
      await notify(tx, ctx, {
        userIds: await enterpriseUserIds(tx, payout.enterpriseId),
        kind: 'policy-payout.automatic',
        message: 'policyApplication.payout.notice.automatic',
        params: { item: item.title, policy: policy.title, amount: payout.amountWan },
        link: `/enterprises/${payout.enterpriseId}`,
        record: { kind: 'policy-payout', id: payout.id },
      });
    }
    return inserted.map((payout) => payout.id);
  });
  const recorded = ids.length ? (await selectPayouts(db).where(inArray(policyPayouts.id, ids))).map(payoutViewOf) : [];
  const paid = new Set(recorded.map((payout) => payout.enterpriseId));
  return { recorded, alreadyPaid: input.payouts.map((payout) => payout.enterpriseId).filter((id) => !paid.has(id)) };
}
