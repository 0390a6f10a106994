import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { workflowTransitions as t } from './schema.ts';
import type { AnyWorkflow, WorkflowSubject } from './workflow.ts';

/**
 * A record kind's transitions as timeline events, in the columns an enterprise timeline source selects
 * (at, kind, title, actor_name, details, seq). `recordIds` selects, as text, the ids of the records that belong to
 * the given owners, e.g. `(ids) => sql\`SELECT id::text FROM deals WHERE enterprise_id::text IN ${ids}\``. Each
 * event's kind is the record kind and its title the message key `<titlePrefix>.<action>` (`.start` for the
 * creation), which the module defines in its messages.
 */
export function transitionTimelineSource(
  workflow: AnyWorkflow,
  subject: Pick<WorkflowSubject<PgTable>, 'kind'>,
  options: { titlePrefix: string; recordIds: (ownerIds: string[]) => SQL },
): (ownerIds: string[]) => SQL {
  return (ownerIds) => sql`
    SELECT ${t.at}, ${subject.kind}::text, ${`${options.titlePrefix}.`}::text || ${t.action}, ${t.actorName},
      jsonb_build_object('recordKind', ${t.recordKind}, 'recordId', ${t.recordId}, 'action', ${t.action},
        'from', ${t.fromState}, 'to', ${t.toState}, 'evidence', ${t.evidence}),
      ${t.id}
    FROM ${t}
    WHERE ${and(eq(t.workflow, workflow.name), eq(t.recordKind, subject.kind))}
      AND ${t.recordId} IN (${options.recordIds(ownerIds)})`;
}
