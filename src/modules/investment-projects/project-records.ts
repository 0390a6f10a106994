import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { attachments } from '../../platform/attachments/schema.ts';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { promotionEvents } from '../investment-events/schema.ts';
import { referenceData } from '../reference/reference-data.ts';
import { amountVerification, countedAmountWan } from './counting-rules.ts';
import { projectAmountChanges, projects, projectSignings } from './schema.ts';
import type { ProjectSummary } from './schemas.ts';
import { daysSince, isStalled, type StallRule } from './stall-rule.ts';

const managers = alias(users, 'project_manager');
const registered = alias(enterprises, 'project_registered_enterprise');

// Written with the tables' own names: a query of one table renders its columns unqualified, which inside these
// subqueries would name the inner table's columns instead.

/** The counted (first) signing's date: re-signings are never dated before it (counting-rules.ts). */
export const firstSignedOn = sql<string | null>`(SELECT min(s.signed_on)::text FROM ${projectSignings} s WHERE s.project_id = "projects"."id")`;

/** Whether the file a column names is live (not deleted). */
const fileIsLive = (column: string) =>
  sql<boolean>`(${sql.raw(column)} IS NOT NULL AND EXISTS (SELECT 1 FROM ${attachments} a WHERE a.id = ${sql.raw(column)} AND a.deleted_at IS NULL))`;

/** The agreed amount is backed by a live agreement file (counting rule 4). */
export const amountVerified = fileIsLive('"projects"."amount_file_id"');

/** The columns of a project with its enterprise's, manager's and team's names, for lists and the detail. */
export const projectColumns = {
  id: projects.id,
  name: projects.name,
  enterpriseId: projects.enterpriseId,
  enterpriseName: enterprises.name,
  leadId: projects.leadId,
  industryCode: projects.industryCode,
  regionCode: projects.regionCode,
  kind: projects.kind,
  increaseOfProjectId: projects.increaseOfProjectId,
  teamId: projects.teamId,
  teamName: teams.name,
  managerId: projects.managerId,
  managerName: managers.displayName,
  managerOnly: projects.managerOnly,
  nextFollowUpOn: projects.nextFollowUpOn,
  stage: projects.stage,
  stageEnteredAt: projects.stageEnteredAt,
  heldFromStage: projects.heldFromStage,
  holdReason: projects.holdReason,
  terminateReason: projects.terminateReason,
  agreedAmountWan: projects.agreedAmountWan,
  baseAmountWan: projects.baseAmountWan,
  amountFileLive: amountVerified,
  capitalOrigin: projects.capitalOrigin,
  firstSignedOn,
  registeredEnterpriseId: projects.registeredEnterpriseId,
  registeredEnterpriseName: registered.name,
  startedOn: projects.startedOn,
  producingOn: projects.producingOn,
  annualOutputWan: projects.annualOutputWan,
  annualTaxWan: projects.annualTaxWan,
  jobs: projects.jobs,
  createdAt: projects.createdAt,
};

/** Projects joined with the names they show; filters may name the enterprise's columns. */
export function selectProjects(db: DbOrTx) {
  return db
    .select(projectColumns)
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(registered, eq(registered.id, projects.registeredEnterpriseId))
    .leftJoin(managers, eq(managers.id, projects.managerId))
    .leftJoin(teams, eq(teams.id, projects.teamId));
}

type ProjectRow = Awaited<ReturnType<ReturnType<typeof selectProjects>['execute']>>[number];

/** Rows as the API gives them: names in the reader's language, days in stage, stalled, counted and verified. */
export async function presentProjects(db: DbOrTx, rows: ProjectRow[], locale: Locale, rule: StallRule, now: Date = new Date()): Promise<ProjectSummary[]> {
  const names = rows.some((row) => row.industryCode || row.regionCode) ? (await referenceData(db)).localized(locale) : null;
  return rows.map(({ amountFileLive, ...row }) => ({
    ...row,
    industryName: row.industryCode ? (names?.industryName(row.industryCode) ?? null) : null,
    regionName: row.regionCode ? (names?.regionPath(row.regionCode).at(-1)?.name ?? null) : null,
    daysInStage: daysSince(row.stageEnteredAt, now),
    stalled: isStalled(row, now, rule),
    countedAmountWan: countedAmountWan(row),
    verification: amountVerification(row.agreedAmountWan, Boolean(amountFileLive)),
  }));
}

export async function readProjects(
  db: DbOrTx,
  where: SQL | undefined,
  locale: Locale,
  rule: StallRule,
  page?: { limit: number; offset: number; order?: SQL[] },
  now: Date = new Date(),
) {
  const query = selectProjects(db)
    .where(where)
    .orderBy(...(page?.order ?? [desc(projects.updatedAt), desc(projects.id)]));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return presentProjects(db, rows, locale, rule, now);
}

export async function readProject(db: DbOrTx, id: string, locale: Locale, rule: StallRule): Promise<ProjectSummary> {
  const [project] = await readProjects(db, eq(projects.id, id), locale, rule);
  return project!;
}

export async function readSignings(db: DbOrTx, projectId: string) {
  return db
    .select({
      id: projectSignings.id,
      signedOn: projectSignings.signedOn,
      amountWan: projectSignings.amountWan,
      capitalOrigin: projectSignings.capitalOrigin,
      agreementFileId: projectSignings.agreementFileId,
      fileLive: fileIsLive('"project_signings"."agreement_file_id"'),
      eventId: projectSignings.eventId,
      eventName: promotionEvents.name,
      eventHeldOn: promotionEvents.heldOn,
      recordedByName: projectSignings.recordedByName,
      recordedAt: projectSignings.recordedAt,
    })
    .from(projectSignings)
    .leftJoin(promotionEvents, eq(promotionEvents.id, projectSignings.eventId))
    .where(eq(projectSignings.projectId, projectId))
    .orderBy(asc(projectSignings.signedOn), asc(projectSignings.recordedAt));
}

export async function readAmountChanges(db: DbOrTx, projectId: string) {
  return db
    .select({
      id: projectAmountChanges.id,
      oldAmountWan: projectAmountChanges.oldAmountWan,
      newAmountWan: projectAmountChanges.newAmountWan,
      reason: projectAmountChanges.reason,
      agreementFileId: projectAmountChanges.agreementFileId,
      changedByName: projectAmountChanges.changedByName,
      changedAt: projectAmountChanges.changedAt,
    })
    .from(projectAmountChanges)
    .where(eq(projectAmountChanges.projectId, projectId))
    .orderBy(asc(projectAmountChanges.changedAt), asc(projectAmountChanges.id));
}

/** Of the ids, the attachments on this project that are not deleted: what evidence and amounts may name. */
export async function liveProjectFiles(db: DbOrTx, projectId: string, fileIds: readonly string[]): Promise<Set<string>> {
  if (!fileIds.length) return new Set();
  const rows = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.recordKind, 'project'), eq(attachments.recordId, projectId), inArray(attachments.id, [...fileIds]), sql`${attachments.deletedAt} IS NULL`));
  return new Set(rows.map((row) => row.id));
}
