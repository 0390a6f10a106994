import { eq, getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/connection.ts';
import { AppError, conflict, invalidInput, notFound, type FieldError } from '../http/errors.ts';
import { RequestValidationError } from '../http/validation.ts';
import { refusalOf } from './allowed-actions.ts';
import { workflowTransitions, type WorkflowTransition } from './schema.ts';
import type { ActionOf, AnyWorkflow, RecordOf, TransitionDefinition, WorkflowActor, WorkflowSubject } from './workflow.ts';
import './messages.ts';

/**
 * Answers which of the ids are not attachments the actor may give as evidence on this record (missing, deleted,
 * or on another record). Attachments are their own platform part; whoever composes the two passes this.
 */
export type VerifyAttachments = (
  db: DbOrTx,
  request: { recordKind: string; recordId: string; attachmentIds: string[]; actor: WorkflowActor },
) => Promise<readonly string[]>;

export interface TransitionRequest {
  recordId: string;
  /** A name from the workflow's transitions; any other answers 404, as a route of that name would. */
  action: string;
  actor: WorkflowActor;
  /** What the actor sent with it, validated by the transition's evidence schema. */
  evidence?: unknown;
  /** Required by transitions with attachment fields. */
  verifyAttachments?: VerifyAttachments;
}

export interface AppliedTransition<TRecord> {
  transition: WorkflowTransition;
  /** The record as it is now, in its new state. */
  record: TRecord;
  /** The evidence as parsed by the transition's schema; null for a transition that takes none. */
  evidence: Record<string, unknown> | null;
}

function parseEvidence(transition: TransitionDefinition<string, never>, given: unknown): Record<string, unknown> | null {
  if (!transition.evidence) return null;
  // An absent body is read as no fields, so that each required field is named rather than the body as a whole.
  const parsed = transition.evidence.safeParse(given ?? {}, { reportInput: true });
  if (!parsed.success) throw new RequestValidationError(parsed.error.issues);
  return parsed.data;
}

/** Each attachment id in the evidence with the field it came from (`contractFiles.1` for a list's second). */
function attachmentReferences(fields: readonly string[], evidence: Record<string, unknown> | null) {
  return fields.flatMap((field) => {
    const value = evidence?.[field];
    if (typeof value === 'string') return [{ field, id: value }];
    if (Array.isArray(value)) return value.map((id, index) => ({ field: `${field}.${index}`, id: String(id) }));
    return [];
  });
}

async function checkAttachments(
  db: DbOrTx,
  transition: TransitionDefinition<string, never>,
  evidence: Record<string, unknown> | null,
  target: { recordKind: string; recordId: string; actor: WorkflowActor; verify?: VerifyAttachments },
) {
  const fields = transition.attachmentFields ?? [];
  if (!fields.length) return;
  if (!target.verify) throw new Error(`a transition with attachment fields (${fields.join(', ')}) needs verifyAttachments`);
  const references = attachmentReferences(fields, evidence);
  if (!references.length) return;
  const refused = new Set(
    await target.verify(db, { recordKind: target.recordKind, recordId: target.recordId, attachmentIds: references.map((r) => r.id), actor: target.actor }),
  );
  const problems: FieldError[] = references.filter((r) => refused.has(r.id)).map((r) => ({ field: r.field, message: 'workflow.attachmentInvalid' }));
  if (problems.length) throw invalidInput(problems);
}

/**
 * Moves a record along its workflow: in one transaction (a savepoint inside the caller's), the record's row is
 * locked, the action checked against its state, the actor and the evidence, the state column set, and the
 * transition and its audit event recorded. Of two actions taken at once on one record, the second waits for the
 * first's lock, then finds the record moved on and is refused. Refused, it writes nothing: 404 for an unknown
 * action or record, 409 for the wrong state, 403 for an actor who may not, 400 with field messages for the
 * evidence. Whether the actor may see the record at all is the caller's policy, checked before.
 */
export async function applyTransition<W extends AnyWorkflow, TTable extends PgTable>(
  db: DbOrTx,
  workflow: W,
  subject: WorkflowSubject<TTable> & { table: { $inferSelect: RecordOf<W> } },
  request: TransitionRequest,
): Promise<AppliedTransition<TTable['$inferSelect']>> {
  if (!Object.hasOwn(workflow.transitions, request.action)) throw new AppError(404, 'workflow.unknownAction', { params: { action: request.action } });
  const action = request.action as ActionOf<W>;
  const transition: TransitionDefinition<string, never> = workflow.transitions[action]!;
  const columns: Record<string, PgColumn> = getTableColumns(subject.table);
  const idColumn = columns[subject.id]!;
  return db.transaction(async (tx) => {
    const [locked] = (await tx.select().from(subject.table as PgTable).where(eq(idColumn, request.recordId)).for('update')) as TTable['$inferSelect'][];
    if (!locked) throw notFound();
    const state = locked[subject.state] as string;
    const refusal = refusalOf(workflow, request.actor, state, locked as RecordOf<W>, action);
    if (refusal === 'wrongState') throw conflict('workflow.wrongState', { action, state });
    if (refusal === 'notAllowed') throw new AppError(403, 'workflow.notAllowed', { extensions: { action } });
    const evidence = parseEvidence(transition, request.evidence);
    await checkAttachments(tx, transition, evidence, {
      recordKind: subject.kind,
      recordId: request.recordId,
      actor: request.actor,
      verify: request.verifyAttachments,
    });
    const [record] = (await tx
      .update(subject.table as PgTable)
      .set({ [subject.state]: transition.to })
      .where(eq(idColumn, request.recordId))
      .returning()) as TTable['$inferSelect'][];
    const [recorded] = await tx
      .insert(workflowTransitions)
      .values({
        workflow: workflow.name,
        recordKind: subject.kind,
        recordId: request.recordId,
        fromState: state,
        toState: transition.to,
        action,
        actorId: request.actor.id,
        actorName: request.actor.name,
        evidence,
      })
      .returning();
    await recordAudit(tx, request.actor, {
      entityType: subject.kind,
      entityId: request.recordId,
      action,
      before: { state },
      after: { state: transition.to, ...(evidence ? { evidence } : {}) },
    });
    return { transition: recorded!, record: record!, evidence };
  });
}
