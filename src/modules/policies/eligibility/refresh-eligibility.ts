import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { Tx } from '../../../platform/db/connection.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { fittingEnterprisesSql, scanningRegister } from '../rules/rule-sql.ts';
import { policies, policyBenefitItems, policyEligibility } from '../schema.ts';
import { fitOfEnterprise } from './fit-of-enterprise.ts';
import { notifyNewlyEligible, type PushContext } from './notify-newly-eligible.ts';
import { policiesInForce } from './published-items.ts';

/**
 * Recomputes who fits one item over the whole register (one query), keeps `policy_eligibility` to it (a row that no
 * longer fits is deleted, so fitting again later is news again) and tells the newly eligible. Returns how many
 * enterprises were told.
 * An item of a policy no longer in force (withdrawn or expired) keeps its rows as they were when it left: they are the
 * record of whom it reached (the evaluation counts them), and the fit pages no longer offer it, since they read only
 * offered items. Publishing it again recomputes them, and the rows still fitting keep `notifiedAt`: nobody told twice.
 * An item of a policy in force that lost its conditions is no longer checked against anyone, and keeps no rows.
 */
export async function refreshItemEligibility(tx: Tx, ctx: PushContext, itemId: string, today: string = chinaToday()): Promise<number> {
  const offered = await recordItemEligibility(tx, itemId, today);
  return offered ? notifyNewlyEligible(tx, ctx, { itemId }) : 0;
}

/**
 * The recomputation alone, telling nobody: for the demo data, seeded before the enterprises' accounts exist; the
 * first scan of the register then tells them (`notifiedAt` is still empty). Answers whether the item is offered.
 */
export async function recordItemEligibility(tx: Tx, itemId: string, today: string = chinaToday()): Promise<boolean> {
  // Refreshes of one item one after the other, so that two never both insert the same new rows.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`policy-item:${itemId}`}, 0))`);
  const [item] = await tx
    .select({ rule: policyBenefitItems.rule })
    .from(policyBenefitItems)
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(and(eq(policyBenefitItems.id, itemId), policiesInForce(today)));
  if (!item) return false;
  if (!item.rule.all.length) {
    await tx.delete(policyEligibility).where(eq(policyEligibility.itemId, itemId));
    return true;
  }
  await scanningRegister(tx, (scan) =>
    scan.execute(sql`
    WITH fitting AS MATERIALIZED (${fittingEnterprisesSql(item.rule, { today })}),
    gone AS (
      DELETE FROM ${policyEligibility} old WHERE old.item_id = ${itemId}
      AND NOT EXISTS (SELECT 1 FROM fitting WHERE fitting.enterprise_id = old.enterprise_id)
    )
    INSERT INTO ${policyEligibility} (item_id, enterprise_id, status)
    SELECT ${itemId}, enterprise_id, status FROM fitting
    ON CONFLICT (item_id, enterprise_id) DO UPDATE SET status = excluded.status, updated_at = now()
    WHERE ${policyEligibility.status} <> excluded.status`),
  );
  return true;
}

/**
 * Recomputes one enterprise against every offered item (its figures or record changed), keeps its
 * `policy_eligibility` rows of the policies in force to that and tells it of items newly eligible. A merged record
 * fits nothing. The rows of a policy no longer in force stay the record of its time (see refreshItemEligibility).
 */
export async function refreshEnterpriseEligibility(tx: Tx, ctx: PushContext, enterpriseId: string, today: string = chinaToday()): Promise<number> {
  const [record] = await tx.select({ mergedIntoId: enterprises.mergedIntoId }).from(enterprises).where(eq(enterprises.id, enterpriseId));
  const fits = record && record.mergedIntoId === null ? ((await fitOfEnterprise(tx, enterpriseId, today)) ?? []) : [];
  const fitting = fits.filter((fit) => fit.status !== 'ineligible');
  await tx
    .delete(policyEligibility)
    .where(
      and(
        eq(policyEligibility.enterpriseId, enterpriseId),
        inArray(
          policyEligibility.itemId,
          tx.select({ id: policyBenefitItems.id }).from(policyBenefitItems).innerJoin(policies, eq(policies.id, policyBenefitItems.policyId)).where(policiesInForce(today)),
        ),
        fitting.length ? notInArray(policyEligibility.itemId, fitting.map((fit) => fit.itemId)) : undefined,
      ),
    );
  if (fitting.length) {
    await tx
      .insert(policyEligibility)
      .values(fitting.map((fit) => ({ itemId: fit.itemId, enterpriseId, status: fit.status as 'eligible' | 'possible' })))
      .onConflictDoUpdate({
        target: [policyEligibility.itemId, policyEligibility.enterpriseId],
        set: { status: sql`excluded.status`, updatedAt: sql`now()` },
        setWhere: sql`${policyEligibility.status} <> excluded.status`,
      });
  }
  return notifyNewlyEligible(tx, ctx, { enterpriseId });
}
