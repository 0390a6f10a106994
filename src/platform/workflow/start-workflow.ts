import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/connection.ts';
import { workflowTransitions, type WorkflowTransition } from './schema.ts';
import { startAction, type AnyWorkflow, type WorkflowActor, type WorkflowSubject } from './workflow.ts';

/**
 * Records that a record was created in the workflow's initial state, by whom and when: called in the transaction
 * that creates it, so that the time spent in that first state is known and the history starts at the beginning.
 */
export async function startWorkflow(
  db: DbOrTx,
  workflow: AnyWorkflow,
  subject: Pick<WorkflowSubject<PgTable>, 'kind'>,
  request: { recordId: string; actor: WorkflowActor },
): Promise<WorkflowTransition> {
  const [recorded] = await db
    .insert(workflowTransitions)
    .values({
      workflow: workflow.name,
      recordKind: subject.kind,
      recordId: request.recordId,
      fromState: null,
      toState: workflow.initial,
      action: startAction,
      actorId: request.actor.id,
      actorName: request.actor.name,
    })
    .returning();
  return recorded!;
}
