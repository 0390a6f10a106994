import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { checkPolicyDates, requireWholeGuide } from './check-policy-input.ts';
import { getPolicy } from './get-policy.ts';
import { guideDueAt } from './guide-deadline.ts';
import { keepGuideTimer } from './guide-timer.ts';
import { findVisiblePolicy, type PolicyActor } from './policy-access.ts';
import { policies } from './schema.ts';
import type { PolicyDetail, UpdatePolicyInput } from './schemas.ts';

/**
 * Changes a policy's details, text or guide, in any state. A new issue day moves the guide's deadline and its
 * timer; a published policy keeps a whole guide.
 */
export async function updatePolicy(db: Db, actor: PolicyActor, id: string, input: UpdatePolicyInput, locale: Locale): Promise<PolicyDetail> {
  const calendar = await readBusinessCalendar(db);
  await db.transaction(async (tx) => {
    const before = await findVisiblePolicy(tx, actor, id, { lock: true });
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<typeof before>;
    const after = { ...before, ...changes };
    checkPolicyDates(after);
    if (before.state === 'published') requireWholeGuide(after);
    if (after.issuedOn !== before.issuedOn) after.guideDueAt = guideDueAt(calendar, after.issuedOn);
    const [updated] = await tx
      .update(policies)
      .set({ ...changes, guideDueAt: after.guideDueAt, updatedAt: new Date() })
      .where(eq(policies.id, id))
      .returning();
    await keepGuideTimer(tx, updated!);
    const changed = Object.keys(changes) as (keyof typeof before)[];
    await recordAudit(tx, actor, {
      entityType: 'policy',
      entityId: id,
      action: 'update',
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: { ...changes, ...(after.guideDueAt !== before.guideDueAt ? { guideDueAt: after.guideDueAt } : {}) },
    });
  });
  return getPolicy(db, actor, id, locale);
}
