import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every state change of every record that follows a workflow: who, when, from where to where, and the evidence. */
export const workflowTransitions = pgTable(
  'workflow_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workflow: text('workflow').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id').notNull(),
    /** Null on the row that records the state a record was created in. */
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    action: text('action').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    evidence: jsonb('evidence'),
    // The time of the insert, not of the transaction's start: a transition that waited for another's row lock
    // must not appear to come before it, or the time spent in a state would come out negative.
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('workflow_transitions_record_idx').on(t.recordKind, t.recordId, t.at)],
);

export type WorkflowTransition = typeof workflowTransitions.$inferSelect;
