import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Actor } from '../audit/record-audit.ts';
import type { Permission } from '../auth/permissions.ts';

/** Who makes a transition, with what guards and permission checks need to know of them. */
export interface WorkflowActor extends Actor {
  /** What the actor's roles grant (a signed-in user's `permissions`). */
  permissions: readonly Permission[];
  /** The enterprise an enterprise user acts for; null for staff and the system. */
  enterpriseId: string | null;
}

/** Decides on the record itself, e.g. "only its owner": `(actor, listing) => listing.ownerId === actor.id`. */
export type TransitionGuard<TRecord> = (actor: WorkflowActor, record: TRecord) => boolean;

export interface TransitionDefinition<TState extends string, TRecord> {
  from: readonly TState[];
  to: TState;
  /** The actor must hold it. */
  permission?: Permission;
  /** Must also pass, when given; "the owner or a reviewer" is one guard that reads `actor.permissions` too. */
  guard?: TransitionGuard<TRecord>;
  /** The fields the actor gives with the transition (a reason, an amount, a date, attachment ids); stored with it. */
  evidence?: z.ZodObject;
  /** Evidence fields holding an attachment id or a list of them, which the caller's verifier must accept. */
  attachmentFields?: readonly string[];
}

/** The action name of the row recording the state a record was created in; no transition may take it. */
export const startAction = 'start';

export interface Workflow<
  TState extends string = string,
  TTransitions extends Record<string, TransitionDefinition<TState, never>> = Record<string, TransitionDefinition<TState, never>>,
> {
  /** Unique among workflows; stored on every transition. */
  name: string;
  states: readonly TState[];
  initial: TState;
  transitions: TTransitions;
}

// A guard's record is a parameter, so a guard of any record fits one that takes `never`: any workflow fits this.
export type AnyWorkflow = Workflow<string, Record<string, TransitionDefinition<string, never>>>;

export type ActionOf<W extends AnyWorkflow> = keyof W['transitions'] & string;
type GuardedRecord<T> = T extends { guard: TransitionGuard<infer TRecord> } ? TRecord : never;
/** What the workflow's guards read: the record type a subject's rows must be. */
export type RecordOf<W extends AnyWorkflow> =
  [GuardedRecord<W['transitions'][ActionOf<W>]>] extends [never] ? unknown : GuardedRecord<W['transitions'][ActionOf<W>]>;

/**
 * A workflow as plain data: its states, the state a record starts in, and the transitions between them with who
 * may make each and what evidence each needs. The record type its guards read is taken from their parameter, e.g.
 * `guard: (actor, listing: Listing) => listing.ownerId === actor.id`.
 */
export function defineWorkflow<
  const TState extends string,
  TRecord,
  const TTransitions extends Record<string, TransitionDefinition<TState, TRecord>>,
>(definition: {
  name: string;
  states: readonly TState[];
  initial: NoInfer<TState>;
  transitions: TTransitions & Record<string, TransitionDefinition<NoInfer<TState>, TRecord>> & { [startAction]?: never };
}): Workflow<TState, TTransitions> {
  for (const [action, transition] of Object.entries<TransitionDefinition<TState, TRecord>>(definition.transitions)) {
    const fields = transition.evidence?.shape ?? {};
    const unknown = (transition.attachmentFields ?? []).filter((field) => !(field in fields));
    if (unknown.length) {
      throw new Error(`workflow ${definition.name}: ${action} names attachment fields its evidence lacks: ${unknown.join(', ')}`);
    }
  }
  return definition;
}

/**
 * Which record a workflow moves: its kind (on transitions and audit events, e.g. `listing`), its table, and the
 * keys of the table's primary key and of its state column.
 */
export interface WorkflowSubject<TTable extends PgTable> {
  kind: string;
  table: TTable;
  id: keyof TTable['$inferSelect'] & string;
  state: { [K in keyof TTable['$inferSelect']]: TTable['$inferSelect'][K] extends string ? K : never }[keyof TTable['$inferSelect']] & string;
}
