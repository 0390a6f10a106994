import { and, eq, isNull, sql } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { keyEnterpriseLinks as links } from './schema.ts';

/**
 * A duplicate's links move to the survivor with their history. An open link of the duplicate whose person already
 * holds an open link of the same role on the survivor ends today instead of staying open twice (the survivor's
 * link goes on).
 */
export const mergeLinksStep: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  await tx
    .update(links)
    .set({ endsOn: sql`greatest(${links.startsOn}, ${chinaToday()}::date)`, endedById: actor.id, endedAt: new Date() })
    .where(
      and(
        eq(links.enterpriseId, duplicateId),
        isNull(links.endsOn),
        sql`EXISTS (SELECT 1 FROM ${links} AS s WHERE s.enterprise_id = ${survivorId} AND s.user_id = ${links.userId} AND s.role = ${links.role} AND s.ends_on IS NULL)`,
      ),
    );
  await tx.update(links).set({ enterpriseId: survivorId }).where(eq(links.enterpriseId, duplicateId));
};
