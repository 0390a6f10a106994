import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import { eligibleEnterprises } from '../policies/eligibility/eligible-enterprises.ts';
import { computeAmount } from '../policies/rules/evaluate-rule.ts';
import { readEnterpriseFacts } from '../policies/rules/read-enterprise-facts.ts';
import { payoutViewOf, readApplicationItem, selectPayouts } from './application-records.ts';
import { policyAutomaticConfirmations, policyPayouts, type PolicyPayout } from './schema.ts';
import type { ConfirmationView, QualifiedList } from './schemas.ts';

/** An item delivered without application (免申即享), with its policy; any other answers 400, a missing one 404. */
export async function automaticItem(db: DbOrTx, itemId: string) {
  const found = await readApplicationItem(db, itemId);
  if (!found) throw notFound();
  if (found.item.delivery !== 'automatic') throw invalidInput([{ field: 'itemId', message: 'policyApplication.payout.notAutomatic' }]);
  return found;
}

/** What the item's amount rule gives each enterprise today; null where a figure it reads is missing. */
export async function computedAmounts(db: DbOrTx, item: { amountRule: Parameters<typeof computeAmount>[0] }, enterpriseIds: readonly string[]) {
  const facts = await readEnterpriseFacts(db, enterpriseIds);
  const today = chinaToday();
  return new Map(enterpriseIds.map((id) => [id, facts.has(id) ? computeAmount(item.amountRule, facts.get(id)!, { today }).amountWan : null]));
}

/** The item's latest confirmation of its data-qualified list. */
export async function latestConfirmation(db: DbOrTx, itemId: string): Promise<ConfirmationView | null> {
  const [latest] = await db
    .select()
    .from(policyAutomaticConfirmations)
    .where(eq(policyAutomaticConfirmations.itemId, itemId))
    .orderBy(desc(policyAutomaticConfirmations.confirmedAt), desc(policyAutomaticConfirmations.id))
    .limit(1);
  return latest ? { id: latest.id, confirmedByName: latest.confirmedByName, confirmedAt: latest.confirmedAt, enterprises: latest.enterprises } : null;
}

/** The year's automatic payouts of an item to some enterprises, by enterprise. */
export async function automaticPayoutsOf(db: DbOrTx, itemId: string, year: number, enterpriseIds: readonly string[]) {
  if (enterpriseIds.length === 0) return new Map<string, ReturnType<typeof payoutViewOf>>();
  const rows = await selectPayouts(db).where(
    and(
      eq(policyPayouts.itemId, itemId),
      eq(policyPayouts.mode, 'automatic' satisfies PolicyPayout['mode']),
      inArray(policyPayouts.enterpriseId, [...enterpriseIds]),
      sql`extract(year from ${policyPayouts.paidOn}) = ${year}`,
    ),
  );
  return new Map(rows.map((row) => [row.payout.enterpriseId, payoutViewOf(row)]));
}

/**
 * 免申即享: a page of the enterprises the data shows eligible for an item today (the rules engineer's eligible set,
 * worked out now over the whole register), each with the amount computed for it and whether it was paid in the
 * year, and the latest confirmation of the list.
 */
export async function readQualifiedList(db: DbOrTx, itemId: string, query: { page: number; pageSize: number; year?: number | undefined }): Promise<QualifiedList> {
  const { item, policy } = await automaticItem(db, itemId);
  const year = query.year ?? Number(chinaToday().slice(0, 4));
  const eligible = await eligibleEnterprises(db, itemId, { status: 'eligible', page: query.page, pageSize: query.pageSize });
  const ids = eligible.items.map((enterprise) => enterprise.id);
  const [amounts, paid] = await Promise.all([computedAmounts(db, item, ids), automaticPayoutsOf(db, itemId, year, ids)]);
  return {
    item: { id: item.id, title: item.title, policyId: policy.id, policyTitle: policy.title, requiredFiles: item.requiredFiles, delivery: item.delivery, policyState: policy.state },
    year,
    items: eligible.items.map((enterprise) => ({
      enterpriseId: enterprise.id,
      name: enterprise.name,
      amountWan: amounts.get(enterprise.id) ?? null,
      paid: paid.get(enterprise.id) ?? null,
    })),
    total: eligible.total,
    page: query.page,
    pageSize: query.pageSize,
    confirmation: await latestConfirmation(db, itemId),
  };
}
