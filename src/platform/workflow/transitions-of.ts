import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { workflowTransitions, type WorkflowTransition } from './schema.ts';

/** A record's transitions in the order they were made: its history, and what `timeInStates` reads. */
export async function transitionsOf(db: DbOrTx, recordKind: string, recordId: string): Promise<WorkflowTransition[]> {
  return db
    .select()
    .from(workflowTransitions)
    .where(and(eq(workflowTransitions.recordKind, recordKind), eq(workflowTransitions.recordId, recordId)))
    .orderBy(asc(workflowTransitions.at), asc(workflowTransitions.id));
}
