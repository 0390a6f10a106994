import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { attachments } from '../../platform/attachments/schema.ts';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { promotionEvents } from '../investment-events/schema.ts';
import { leads } from '../investment-leads/schema.ts';
import { visits } from '../investment-visits/schema.ts';
import { industries, regions } from '../reference/schema.ts';
import { siteBuildings, siteFloors, sites, siteUnits } from '../sites/schema.ts';
import { capitalOrigins, pipelineStages, projectKinds, projectStages } from './project-stages.ts';

const stageList = projectStages.map((s) => `'${s}'`).join(', ');

/**
 * An investment project (项目): an enterprise's investment moving through the stages on the project workflow
 * (project-workflow.ts), kept by a team and managed by an officer. The facts each move's evidence brings (the
 * registered entity, the dates, the capacity figures) are written here too, so that lists can filter on them.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** The lead it came from; creating it from a lead converts the lead. */
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    /** The visit it came from, when made from one (转为项目). */
    originVisitId: uuid('origin_visit_id').references(() => visits.id, { onDelete: 'set null' }),
    industryCode: text('industry_code').references(() => industries.code),
    /** Where it lands: a GB/T 2260 district (or zone) code. */
    regionCode: text('region_code').references(() => regions.code),
    kind: text('kind', { enum: projectKinds }).notNull().default('new'),
    /** For a capital increase: the earlier project it adds to; null for one of the enterprise as a whole. */
    increaseOfProjectId: uuid('increase_of_project_id').references((): AnyPgColumn => projects.id),
    teamId: uuid('team_id').references(() => teams.id),
    managerId: uuid('manager_id').references(() => users.id, { onDelete: 'set null' }),
    /** Only the manager (or an administrator) moves the project's stage. */
    managerOnly: boolean('manager_only').notNull().default(false),
    nextFollowUpOn: date('next_follow_up_on'),
    stage: text('stage', { enum: projectStages }).notNull(),
    /** When it entered its current stage: the time of the transition into it. */
    stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true }).notNull().defaultNow(),
    /** The stageEnteredAt whose stall was last notified, so that each stalled period notifies once. */
    stallNotifiedEnteredAt: timestamp('stall_notified_entered_at', { withTimezone: true }),
    /** The stage it was in when put on hold, to resume to. */
    heldFromStage: text('held_from_stage', { enum: pipelineStages }),
    holdReason: text('hold_reason'),
    terminateReason: text('terminate_reason'),
    /** The agreed investment (协议投资额) in 万元 as it stands; changed only with a reason, kept in project_amount_changes. */
    agreedAmountWan: numeric('agreed_amount_wan', { precision: 14, scale: 2, mode: 'number' }),
    /** The agreement file backing the agreed amount as it stands; without a live one the amount is unverified. */
    amountFileId: uuid('amount_file_id').references(() => attachments.id),
    /** For a capital increase: the amount counted before it, fixed at its first signing; only the rest counts. */
    baseAmountWan: numeric('base_amount_wan', { precision: 14, scale: 2, mode: 'number' }),
    capitalOrigin: text('capital_origin', { enum: capitalOrigins }),
    /** 注册: the new entity in the enterprise register, found or created by its credit code. */
    registeredEnterpriseId: uuid('registered_enterprise_id').references(() => enterprises.id),
    startedOn: date('started_on'),
    producingOn: date('producing_on'),
    /** 达产 figures: yearly output and tax in 万元, jobs. */
    annualOutputWan: numeric('annual_output_wan', { precision: 14, scale: 2, mode: 'number' }),
    annualTaxWan: numeric('annual_tax_wan', { precision: 14, scale: 2, mode: 'number' }),
    jobs: integer('jobs'),
    /** Where it lands (落地载体): a site and, when known, its building, floor and unit (project-landing.ts). */
    landingSiteId: uuid('landing_site_id').references(() => sites.id),
    landingBuildingId: uuid('landing_building_id').references(() => siteBuildings.id, { onDelete: 'set null' }),
    landingFloorId: uuid('landing_floor_id').references(() => siteFloors.id, { onDelete: 'set null' }),
    // A unit removed from the register leaves the project on its floor.
    landingUnitId: uuid('landing_unit_id').references(() => siteUnits.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('projects_enterprise_idx').on(t.enterpriseId),
    index('projects_registered_enterprise_idx').on(t.registeredEnterpriseId),
    index('projects_team_idx').on(t.teamId, t.stage),
    index('projects_manager_idx').on(t.managerId, t.stage),
    index('projects_stage_idx').on(t.stage, t.stageEnteredAt),
    index('projects_follow_up_idx').on(t.nextFollowUpOn),
    index('projects_increase_of_idx').on(t.increaseOfProjectId),
    index('projects_origin_visit_idx').on(t.originVisitId),
    index('projects_landing_site_idx').on(t.landingSiteId),
    // The reports' period (projects created in it) and the lists' and kanban's order (most recently changed first).
    index('projects_created_idx').on(t.createdAt),
    index('projects_updated_idx').on(t.updatedAt, t.id),
    check('projects_stage_check', sql.raw(`stage IN (${stageList})`)),
    check('projects_kind_check', sql`${t.kind} IN ('new', 'capitalIncrease')`),
    check('projects_origin_check', sql`${t.capitalOrigin} IN ('domestic', 'foreign')`),
    check('projects_increase_check', sql`${t.kind} = 'capitalIncrease' OR ${t.increaseOfProjectId} IS NULL`),
  ],
);

export type Project = typeof projects.$inferSelect;

/**
 * Each signing (签约) of a project: the first is the one counted; a later one (a re-signing, a supplementary
 * agreement) is recorded and shown but never counted again.
 */
export const projectSignings = pgTable(
  'project_signings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    signedOn: date('signed_on').notNull(),
    amountWan: numeric('amount_wan', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    capitalOrigin: text('capital_origin', { enum: capitalOrigins }).notNull(),
    /** Null for a signing recorded without its agreement (a ledger's): its amount is unverified. */
    agreementFileId: uuid('agreement_file_id').references(() => attachments.id),
    /** The promotion event (签约仪式, 推介会) it was signed at, if any. */
    eventId: uuid('event_id').references(() => promotionEvents.id),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index('project_signings_project_idx').on(t.projectId, t.signedOn),
    index('project_signings_event_idx').on(t.eventId),
    check('project_signings_origin_check', sql`${t.capitalOrigin} IN ('domestic', 'foreign')`),
  ],
);

export type ProjectSigning = typeof projectSignings.$inferSelect;

/** Every change of a project's agreed amount after its first signing: from what, to what, why, by whom, when. */
export const projectAmountChanges = pgTable(
  'project_amount_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    oldAmountWan: numeric('old_amount_wan', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    newAmountWan: numeric('new_amount_wan', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    /** The agreement (a re-signing's, a supplementary one) backing the new amount; null leaves it unverified. */
    agreementFileId: uuid('agreement_file_id').references(() => attachments.id),
    changedById: uuid('changed_by_id').references(() => users.id, { onDelete: 'set null' }),
    changedByName: text('changed_by_name').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('project_amount_changes_project_idx').on(t.projectId, t.changedAt)],
);

/**
 * Who a project is credited to (attribution): officers and/or teams with whole-percent shares summing to 100, set
 * as a whole. A project without rows is credited by the default rule (credit-rules.ts): all to its manager, or to
 * its team when it has none.
 */
export const projectCredits = pgTable(
  'project_credits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id),
    teamId: uuid('team_id').references(() => teams.id),
    /** Whole percent, 1 to 100; a project's shares sum to 100. */
    percent: integer('percent').notNull(),
  },
  (t) => [
    uniqueIndex('project_credits_user_idx').on(t.projectId, t.userId).where(sql`${t.userId} IS NOT NULL`),
    uniqueIndex('project_credits_team_idx').on(t.projectId, t.teamId).where(sql`${t.teamId} IS NOT NULL`),
    check('project_credits_holder_check', sql`(${t.userId} IS NULL) <> (${t.teamId} IS NULL)`),
    check('project_credits_percent_check', sql`${t.percent} BETWEEN 1 AND 100`),
  ],
);
