import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { serviceCategories, serviceSlaPolicies } from './schema.ts';
import type { SlaPolicy } from './schemas.ts';
import { presentSlaPolicy } from './sla-policy-records.ts';

const priorityOrder = sql`CASE ${serviceSlaPolicies.priority} WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`;

/** The SLA policies, most urgent first, the policies for any category before a category's own. */
export async function listSlaPolicies(db: DbOrTx, locale: Locale): Promise<SlaPolicy[]> {
  const rows = await db
    .select({ policy: serviceSlaPolicies, category: { nameZhCn: serviceCategories.nameZhCn, nameZhTw: serviceCategories.nameZhTw, nameEn: serviceCategories.nameEn } })
    .from(serviceSlaPolicies)
    .leftJoin(serviceCategories, eq(serviceCategories.code, serviceSlaPolicies.categoryCode))
    .orderBy(priorityOrder, sql`${serviceSlaPolicies.categoryCode} NULLS FIRST`, asc(serviceSlaPolicies.id));
  return rows.map((row) => presentSlaPolicy(row.policy, row.category, locale));
}
