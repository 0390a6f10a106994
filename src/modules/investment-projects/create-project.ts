import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { AppError, forbidden, invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { teams } from '../../platform/teams/schema.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { resolveLeadIndustry } from '../investment-leads/create-lead.ts';
import { convertLeadWithin } from '../investment-leads/move-lead.ts';
import { findVisibleVisit } from '../investment-visits/visit-policy.ts';
import { regions } from '../reference/schema.ts';
import { getProject } from './get-project.ts';
import { landingColumns } from './project-landing.ts';
import { findVisibleProject, projectScopeOf } from './project-policy.ts';
import { projectSubject, projectWorkflow } from './project-workflow.ts';
import { projects } from './schema.ts';
import type { CreateProjectInput, ProjectDetail } from './schemas.ts';
import type { StallRule } from './stall-rule.ts';

type Actor = WorkflowActor & { id: string };

type Origin = OriginDefaults & { increaseOf?: { id: string; enterpriseIds: string[] }; visit?: { id: string; enterpriseId: string } };

/** What a project takes from where it came from, when the creator does not say otherwise. */
interface OriginDefaults {
  enterpriseId?: string;
  industryCode?: string | null;
  regionCode?: string | null;
  teamId?: string | null;
}

/**
 * The project's origin: a lead (converted through the lead workflow in this transaction, so that its enterprise,
 * industry and team carry over), a visit the creator reads (its enterprise and team carry over; any open lead of it
 * is left as it is) and, for a capital increase, the project it adds to.
 */
async function resolveOrigin(tx: Tx, actor: Actor, scope: TeamScope, input: CreateProjectInput): Promise<Origin> {
  const defaults: Origin = {};
  if (input.increaseOfProjectId) {
    if (input.kind !== 'capitalIncrease') throw invalidInput([{ field: 'increaseOfProjectId', message: 'project.increaseOnlyForIncrease' }]);
    const base = await findVisibleProject(tx, scope, input.increaseOfProjectId).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) throw invalidInput([{ field: 'increaseOfProjectId', message: 'project.notFound' }]);
      throw error;
    });
    const enterpriseIds = [base.registeredEnterpriseId, base.enterpriseId].filter((id): id is string => id !== null);
    defaults.increaseOf = { id: base.id, enterpriseIds };
    Object.assign(defaults, { enterpriseId: enterpriseIds[0], industryCode: base.industryCode, regionCode: base.regionCode, teamId: base.teamId });
  }
  if (input.leadId) {
    const lead = await convertLeadWithin(tx, actor, input.leadId).catch((error: unknown) => {
      // The lead is named in this body: a lead the creator cannot see is no lead of theirs.
      if (error instanceof AppError && error.status === 404) throw invalidInput([{ field: 'leadId', message: 'project.leadNotFound' }]);
      throw error;
    });
    Object.assign(defaults, { enterpriseId: lead.enterpriseId, industryCode: lead.industryCode, teamId: lead.teamId });
  }
  if (input.visitId) {
    const visit = await findVisibleVisit(tx, actor, input.visitId).catch((error: unknown) => {
      // As with a lead: a visit the creator cannot read is no visit of theirs.
      if (error instanceof AppError && error.status === 404) throw invalidInput([{ field: 'visitId', message: 'project.visitNotFound' }]);
      throw error;
    });
    defaults.visit = { id: visit.id, enterpriseId: visit.enterpriseId };
    Object.assign(defaults, { enterpriseId: visit.enterpriseId, teamId: visit.teamId ?? defaults.teamId });
  }
  return defaults;
}

async function resolveEnterprise(tx: Tx, actor: Actor, input: CreateProjectInput, fallback: string | undefined) {
  if (input.enterprise) {
    if (input.enterpriseId) throw invalidInput([{ field: 'enterpriseId', message: 'project.enterpriseTwice' }]);
    // The register's own rule of who adds enterprises.
    if (!actor.permissions.includes('enterprise.edit')) throw forbidden();
    const created = await createEnterprise(tx, actor, input.enterprise).catch((error: unknown) => {
      if (error instanceof AppError && error.options.fields) {
        throw new AppError(error.status, error.code, { ...error.options, fields: error.options.fields.map((f) => ({ ...f, field: `enterprise.${f.field}` })) });
      }
      throw error;
    });
    return { id: created.id, industryCode: created.industryCode, regionCode: created.regionCode };
  }
  const id = input.enterpriseId ?? fallback;
  if (!id) throw invalidInput([{ field: 'enterpriseId', message: 'project.enterpriseRequired' }]);
  const [existing] = await tx
    .select({ id: enterprises.id, industryCode: enterprises.industryCode, regionCode: enterprises.regionCode })
    .from(enterprises)
    .where(and(eq(enterprises.id, id), isNull(enterprises.mergedIntoId)));
  if (!existing) throw invalidInput([{ field: 'enterpriseId', message: 'project.enterpriseNotFound' }]);
  return existing;
}

/** The keeping team: one given (of the creator's teams that day, unless they read all), the origin's, or the creator's first. */
export async function resolveTeam(tx: Tx, scope: TeamScope, given: string | null | undefined, fallback: string | null | undefined): Promise<string | null> {
  if (given) {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(and(eq(teams.id, given), isNull(teams.archivedAt)));
    if (!team) throw invalidInput([{ field: 'teamId', message: 'project.teamUnknown' }]);
    if (!scope.all && !scope.teamIds.includes(team.id)) throw invalidInput([{ field: 'teamId', message: 'project.teamNotYours' }]);
    return team.id;
  }
  if (given === null) return null;
  if (fallback && (scope.all || scope.teamIds.includes(fallback))) return fallback;
  return scope.all ? (fallback ?? null) : (scope.teamIds[0] ?? null);
}

/** The manager: the actor, or a member of the project's team that day (any one, for holders of project.manage). */
export async function assertManager(tx: Tx, actor: Actor, managerId: string, teamId: string | null, day: string): Promise<void> {
  if (managerId === actor.id) return;
  const teamIds = teamId ? [teamId] : undefined;
  if (!teamIds && !actor.permissions.includes('project.manage')) throw invalidInput([{ field: 'managerId', message: 'project.managerInvalid' }]);
  const memberships = await membershipsOn(tx, day, { userIds: [managerId], ...(teamIds ? { teamIds } : {}) });
  if (!memberships.length) throw invalidInput([{ field: 'managerId', message: 'project.managerInvalid' }]);
}

export async function resolveRegion(tx: Tx, code: string | null | undefined): Promise<string | null | undefined> {
  if (!code) return code;
  const [region] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  if (!region) throw invalidInput([{ field: 'regionCode', message: 'project.regionUnknown' }]);
  return region.code;
}

/**
 * Creates a project at 线索 for an existing enterprise, a new one created in the same transaction by the register's
 * own create, the enterprise of the lead it comes from (which is converted), or of the project a capital increase
 * adds to. Refused, nothing is written: not the new enterprise, not the lead's conversion.
 */
export async function createProject(db: Db, actor: Actor, input: CreateProjectInput, locale: Locale, rule: StallRule): Promise<ProjectDetail> {
  const day = chinaToday();
  const id = await db.transaction(async (tx) => {
    const scope = await projectScopeOf(tx, actor, day);
    const origin = await resolveOrigin(tx, actor, scope, input);
    const enterprise = await resolveEnterprise(tx, actor, input, origin.enterpriseId);
    if (origin.increaseOf && !origin.increaseOf.enterpriseIds.includes(enterprise.id)) {
      throw invalidInput([{ field: 'increaseOfProjectId', message: 'project.increaseOfOtherEnterprise' }]);
    }
    if (origin.visit && origin.visit.enterpriseId !== enterprise.id) {
      throw invalidInput([{ field: input.enterpriseId || input.enterprise ? 'enterpriseId' : 'visitId', message: 'project.visitOfOtherEnterprise' }]);
    }
    const industryCode = (await resolveLeadIndustry(tx, input.industryCode).catch(renameIndustryField)) ?? origin.industryCode ?? enterprise.industryCode;
    const regionCode = (await resolveRegion(tx, input.regionCode)) ?? origin.regionCode ?? enterprise.regionCode;
    const teamId = await resolveTeam(tx, scope, input.teamId, origin.teamId);
    const managerId = input.managerId ?? actor.id;
    await assertManager(tx, actor, managerId, teamId, day);
    const landing = await landingColumns(tx, input.landing);
    const [project] = await tx
      .insert(projects)
      .values({
        name: input.name,
        enterpriseId: enterprise.id,
        leadId: input.leadId ?? null,
        originVisitId: origin.visit?.id ?? null,
        industryCode,
        regionCode,
        kind: input.kind,
        increaseOfProjectId: origin.increaseOf?.id ?? null,
        teamId,
        managerId,
        managerOnly: input.managerOnly,
        nextFollowUpOn: input.nextFollowUpOn ?? null,
        stage: projectWorkflow.initial,
        ...landing,
        createdById: actor.id,
      })
      .returning();
    const started = await startWorkflow(tx, projectWorkflow, projectSubject, { recordId: project!.id, actor });
    await tx.update(projects).set({ stageEnteredAt: started.at }).where(eq(projects.id, project!.id));
    await recordAudit(tx, actor, {
      entityType: projectSubject.kind,
      entityId: project!.id,
      action: 'create',
      after: {
        name: project!.name,
        enterpriseId: project!.enterpriseId,
        leadId: project!.leadId,
        originVisitId: project!.originVisitId,
        industryCode,
        regionCode,
        kind: project!.kind,
        increaseOfProjectId: project!.increaseOfProjectId,
        teamId,
        managerId,
        managerOnly: project!.managerOnly,
        nextFollowUpOn: project!.nextFollowUpOn,
        ...landing,
      },
    });
    return project!.id;
  });
  return getProject(db, actor, id, locale, rule);
}

/** The leads module names its field message after leads; here the field is the project's. */
function renameIndustryField(error: unknown): never {
  if (error instanceof AppError && error.options.fields) {
    throw invalidInput(error.options.fields.map((f) => ({ ...f, message: f.message === 'lead.industryUnknown' ? 'project.industryUnknown' : f.message })));
  }
  throw error;
}
