import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { openStates } from './request-workflow.ts';
import { serviceCategories, serviceRequests, serviceSlaPolicies } from './schema.ts';
import type { SlaPolicy, SlaPolicyInput } from './schemas.ts';
import { auditedSlaPolicy, presentSlaPolicy } from './sla-policy-records.ts';
import { slaPolicyFor } from './request-sla.ts';

/**
 * Changes a policy's targets or calendar. The open requests it governs get their deadlines and timers again in
 * the same transaction, so the queues and escalations follow the new figures at once.
 */
export async function updateSlaPolicy(db: Db, actor: Actor, id: string, input: SlaPolicyInput, locale: Locale): Promise<SlaPolicy> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(serviceSlaPolicies).where(eq(serviceSlaPolicies.id, id)).for('update');
    if (!before) throw notFound();
    const [after] = await tx
      .update(serviceSlaPolicies)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(serviceSlaPolicies.id, id))
      .returning();
    await recordAudit(tx, actor, { entityType: 'service-sla-policy', entityId: id, action: 'update', before: auditedSlaPolicy(before), after: auditedSlaPolicy(after!) });
    const candidates = await tx
      .select({ id: serviceRequests.id, categoryCode: serviceRequests.categoryCode, priority: serviceRequests.priority })
      .from(serviceRequests)
      .where(
        and(
          eq(serviceRequests.priority, after!.priority),
          inArray(serviceRequests.state, [...openStates]),
          after!.categoryCode ? eq(serviceRequests.categoryCode, after!.categoryCode) : undefined,
        ),
      )
      .for('update');
    for (const request of candidates) {
      // A request of another category with a policy of its own is not this policy's.
      if ((await slaPolicyFor(tx, request))?.id === id) await refreshRequestSla(db, tx, request.id);
    }
    const [category] = after!.categoryCode
      ? await tx
          .select({ nameZhCn: serviceCategories.nameZhCn, nameZhTw: serviceCategories.nameZhTw, nameEn: serviceCategories.nameEn })
          .from(serviceCategories)
          .where(eq(serviceCategories.code, after!.categoryCode))
      : [];
    return presentSlaPolicy(after!, category ?? null, locale);
  });
}
