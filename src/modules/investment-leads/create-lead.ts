import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { teams } from '../../platform/teams/schema.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { createEnterpriseWithin } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { referenceData } from '../reference/reference-data.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { leadScopeOf } from './lead-policy.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads } from './schema.ts';
import type { CreateLeadInput, LeadDetail } from './schemas.ts';
import type { Tx } from '../../platform/db/connection.ts';

/** 'C3911', 'c3911' or '3911' → 'C3911'; 400 on the field for a code the standard lacks. */
export async function resolveLeadIndustry(tx: Tx, code: string | null | undefined): Promise<string | null | undefined> {
  if (!code) return code;
  const resolved = (await referenceData(tx)).resolveIndustryCode(code);
  if (!resolved) throw invalidInput([{ field: 'industryCode', message: 'lead.industryUnknown' }]);
  return resolved;
}

/**
 * Who receives a lead made for someone else (a competition's entries): an officer, or nobody (the pool), and the team
 * that keeps it, both chosen and checked by the caller.
 */
export interface LeadOwner {
  ownerId: string | null;
  teamId: string | null;
}

/**
 * Creates a lead for an existing enterprise, or for a new one created in the same transaction through the
 * enterprise register's own create (its checks, duplicate warnings and audit). The creator owns it unless they
 * put it in the pool or name its owner; it is kept by the given team (one of the creator's that day, unless they
 * assign leads) or by the creator's team today. Refused, nothing is written, not even the new enterprise.
 */
export async function createLead(db: Db, actor: WorkflowActor & { id: string }, input: CreateLeadInput, locale: Locale, rule: IdleRule): Promise<LeadDetail> {
  const id = await db.transaction((tx) => createLeadWithin(tx, actor, input));
  return getLead(db, actor, id, locale, rule);
}

/** `createLead` inside a write's own transaction (a round's closing), the lead's id back. */
export async function createLeadWithin(tx: Tx, actor: WorkflowActor & { id: string }, input: CreateLeadInput, owner?: LeadOwner): Promise<string> {
  const day = chinaToday();
  const scope = await leadScopeOf(tx, actor, day);
  let enterpriseId = input.enterpriseId;
  let enterpriseIndustry: string | null = null;
  if (input.enterprise) {
    // The register's own rule of who adds enterprises (every role that works leads holds it today).
    const created = await createEnterpriseWithin(tx, actor, input.enterprise);
    enterpriseId = created.id;
    enterpriseIndustry = created.industryCode;
  } else {
    const [existing] = await tx
      .select({ id: enterprises.id, industryCode: enterprises.industryCode })
      .from(enterprises)
      .where(and(eq(enterprises.id, enterpriseId!), isNull(enterprises.mergedIntoId)));
    if (!existing) throw invalidInput([{ field: 'enterpriseId', message: 'lead.enterpriseNotFound' }]);
    enterpriseIndustry = existing.industryCode;
  }
  const industryCode = (await resolveLeadIndustry(tx, input.industryCode)) ?? enterpriseIndustry;

  let teamId: string | null;
  if (owner) teamId = owner.teamId;
  else if (input.teamId) {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(and(eq(teams.id, input.teamId), isNull(teams.archivedAt)));
    if (!team) throw invalidInput([{ field: 'teamId', message: 'lead.teamUnknown' }]);
    if (!scope.all && !actor.permissions.includes('lead.assign') && !scope.teamIds.includes(team.id)) {
      throw invalidInput([{ field: 'teamId', message: 'lead.teamNotYours' }]);
    }
    teamId = team.id;
  } else {
    teamId = input.teamId === null || scope.all ? null : (scope.teamIds[0] ?? null);
  }

  const [lead] = await tx
    .insert(leads)
    .values({
      enterpriseId: enterpriseId!,
      source: input.source,
      sourceNote: input.sourceNote ?? null,
      industryCode,
      chainSegment: input.chainSegment ?? null,
      ownerId: owner ? owner.ownerId : input.inPool ? null : actor.id,
      teamId,
      priority: input.priority,
      nextFollowUpOn: input.nextFollowUpOn ?? null,
      status: leadWorkflow.initial,
      createdById: actor.id,
    })
    .returning();
  await startWorkflow(tx, leadWorkflow, leadSubject, { recordId: lead!.id, actor });
  await recordAudit(tx, actor, {
    entityType: leadSubject.kind,
    entityId: lead!.id,
    action: 'create',
    after: {
      enterpriseId: lead!.enterpriseId,
      source: lead!.source,
      sourceNote: lead!.sourceNote,
      industryCode: lead!.industryCode,
      chainSegment: lead!.chainSegment,
      ownerId: lead!.ownerId,
      teamId: lead!.teamId,
      priority: lead!.priority,
      nextFollowUpOn: lead!.nextFollowUpOn,
    },
  });
  return lead!.id;
}
