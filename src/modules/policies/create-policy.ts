import { recordAudit } from '../../platform/audit/record-audit.ts';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { checkPolicyDates } from './check-policy-input.ts';
import { getPolicy } from './get-policy.ts';
import { guideDueAt } from './guide-deadline.ts';
import { keepGuideTimer } from './guide-timer.ts';
import type { PolicyActor } from './policy-access.ts';
import { policies } from './schema.ts';
import type { CreatePolicyInput, PolicyDetail } from './schemas.ts';

/** A draft policy, its guide's deadline counted on the working calendar from its issue day and watched by a timer. */
export async function createPolicy(db: Db, actor: PolicyActor, input: CreatePolicyInput, locale: Locale): Promise<PolicyDetail> {
  const values = {
    title: input.title,
    issuer: input.issuer,
    level: input.level,
    documentNumber: input.documentNumber ?? null,
    issuedOn: input.issuedOn,
    effectiveOn: input.effectiveOn ?? null,
    expiresOn: input.expiresOn ?? null,
    applicationOpensOn: input.applicationOpensOn ?? null,
    applicationClosesOn: input.applicationClosesOn ?? null,
    originalText: input.originalText ?? '',
    guideTarget: input.guideTarget ?? null,
    guideConditions: input.guideConditions ?? null,
    guideAmount: input.guideAmount ?? null,
    guideHowToApply: input.guideHowToApply ?? null,
    guideContact: input.guideContact ?? null,
  };
  checkPolicyDates(values);
  const due = guideDueAt(await readBusinessCalendar(db), input.issuedOn);
  const id = await db.transaction(async (tx) => {
    const [policy] = await tx.insert(policies).values({ ...values, guideDueAt: due, createdById: actor.id }).returning();
    await keepGuideTimer(tx, policy!);
    await recordAudit(tx, actor, { entityType: 'policy', entityId: policy!.id, action: 'create', after: { ...values, guideDueAt: due } });
    return policy!.id;
  });
  return getPolicy(db, actor, id, locale);
}
