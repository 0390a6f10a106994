import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import { teams } from '../../platform/teams/schema.ts';
import { sites } from '../sites/schema.ts';
import { serviceCategories, serviceRoutingRules } from './schema.ts';
import type { RoutingRuleInput } from './schemas.ts';

/** Adds a rule; each of its category, site and team must exist (400 on the field), and one rule per pair (409). */
export async function createRoutingRule(db: DbOrTx, actor: Actor, input: RoutingRuleInput): Promise<{ id: string }> {
  if (input.categoryCode !== null) {
    const [category] = await db.select({ code: serviceCategories.code }).from(serviceCategories).where(eq(serviceCategories.code, input.categoryCode));
    if (!category) throw invalidInput([{ field: 'categoryCode', message: 'serviceRouting.unknownCategory' }]);
  }
  if (input.siteId !== null) {
    const [site] = await db.select({ id: sites.id }).from(sites).where(eq(sites.id, input.siteId));
    if (!site) throw invalidInput([{ field: 'siteId', message: 'serviceRouting.unknownSite' }]);
  }
  const [team] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, input.teamId), isNull(teams.archivedAt)));
  if (!team) throw invalidInput([{ field: 'teamId', message: 'serviceRequest.teamUnavailable' }]);
  return db.transaction(async (tx) => {
    const [rule] = await tx.insert(serviceRoutingRules).values(input).onConflictDoNothing().returning();
    if (!rule) throw conflict('serviceRouting.ruleExists');
    await recordAudit(tx, actor, { entityType: 'service-routing-rule', entityId: rule.id, action: 'create', after: input });
    return { id: rule.id };
  });
}
