import { doublePrecision, index, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { projects } from '../investment-projects/schema.ts';

// The report's projection of the projects' workflow transitions, kept by the database itself: statement triggers
// on workflow_transitions (insert, update, delete) and on projects (a changed creation time) rebuild the rows of
// the projects concerned (migration 0031), so that no write path can leave them behind. They hold each project's
// creation time, the period's key, so that the funnel and the medians of a period read one index range instead of
// joining every transition of the period's projects.

/** Each stay of a project in a stage: when it entered, and its length in days once it moved on (null while under way). */
export const projectStageStays = pgTable(
  'project_stage_stays',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    projectCreatedAt: timestamp('project_created_at', { withTimezone: true }).notNull(),
    stage: text('stage').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    days: doublePrecision('days'),
  },
  (t) => [index('project_stage_stays_project_idx').on(t.projectId), index('project_stage_stays_created_idx').on(t.projectCreatedAt)],
);

/** The furthest pipeline stage each project reached (1 线索 … 9 达产), by its transitions. */
export const projectFurthestStages = pgTable(
  'project_furthest_stages',
  {
    projectId: uuid('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    projectCreatedAt: timestamp('project_created_at', { withTimezone: true }).notNull(),
    furthest: smallint('furthest').notNull(),
  },
  (t) => [index('project_furthest_stages_created_idx').on(t.projectCreatedAt)],
);
