import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { projects } from '../investment-projects/schema.ts';
import { industries } from '../reference/schema.ts';
import { talentKinds, talentNeeds, talentStages, workingTalentStages } from './talent-stages.ts';

/** One way to reach a person or team; read only by those who read the record. */
export interface TalentContact {
  name: string;
  title?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * A person or a team courted to come (招才引智), kept by a team and followed by an officer through the talent
 * workflow (talent-workflow.ts); what a move's evidence brings (the landing day and where) is written here too.
 */
export const talentRecords = pgTable(
  'talent_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: talentKinds }).notNull(),
    /** The field in their own words (无人机动力电池, 虚拟现实光学). */
    field: text('field'),
    industryCode: text('industry_code').references(() => industries.code),
    institution: text('institution'),
    currentCity: text('current_city'),
    needs: text('needs', { enum: talentNeeds }).array().notNull().default(sql`'{}'::text[]`),
    needsNote: text('needs_note'),
    contacts: jsonb('contacts').$type<TalentContact[]>().notNull().default([]),
    /** normalizeKey of the name, institution and field, for search in either script. */
    searchText: text('search_text').notNull(),
    teamId: uuid('team_id').references(() => teams.id),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** The project they come with, when they come with one. */
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    nextFollowUpOn: date('next_follow_up_on'),
    stage: text('stage', { enum: talentStages }).notNull(),
    stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true }).notNull().defaultNow(),
    heldFromStage: text('held_from_stage', { enum: workingTalentStages }),
    holdReason: text('hold_reason'),
    endReason: text('end_reason'),
    /** 落地: the day, and where (an organisation of the enterprise register) when known. */
    landedOn: date('landed_on'),
    landedEnterpriseId: uuid('landed_enterprise_id').references(() => enterprises.id),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_records_team_idx').on(t.teamId, t.stage),
    index('talent_records_owner_idx').on(t.ownerId, t.stage),
    index('talent_records_project_idx').on(t.projectId),
    index('talent_records_landed_idx').on(t.landedOn),
    index('talent_records_landed_enterprise_idx').on(t.landedEnterpriseId),
    check('talent_records_stage_check', sql`${t.stage} IN (${list(talentStages)})`),
    check('talent_records_kind_check', sql`${t.kind} IN (${list(talentKinds)})`),
  ],
);

export type TalentRecord = typeof talentRecords.$inferSelect;
