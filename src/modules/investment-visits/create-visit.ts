import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { touchLeadsOfEnterprise } from '../investment-leads/touch-leads-of-enterprise.ts';
import { getVisit } from './get-visit.ts';
import { visitConcerns, visitNextSteps, visitParticipants, visits } from './schema.ts';
import type { CreateVisitInput, NextStepInput, VisitDetail } from './schemas.ts';
import {
  assertNoRepeats,
  assertNotFuture,
  assertVisitStaff,
  resolveVisitEnterprise,
  resolveVisitLead,
  resolveVisitTeam,
  resolveVisitTrip,
} from './visit-input.ts';

export const visitKind = 'visit';

/** Next steps as rows; a step without an owner is the recorder's. */
export const stepRows = (visitId: string, recorderId: string, steps: readonly NextStepInput[]) =>
  steps.map((step) => ({ visitId, text: step.text, ownerId: step.ownerId ?? recorderId, dueOn: step.dueOn ?? null }));

async function visitOfKey(tx: Db | Tx, officerId: string, key: string): Promise<string | undefined> {
  const [existing] = await tx
    .select({ id: visits.id })
    .from(visits)
    .where(and(eq(visits.officerId, officerId), eq(visits.idempotencyKey, key)));
  return existing?.id;
}

/**
 * Logs a visit, for an existing enterprise or a new one made in the same transaction by the register's own create.
 * The recorder's idempotency key makes a retry (the offline form sent again after a lost answer, or twice at
 * once) answer the first visit: submissions with one key are serialised by a transaction lock on it, and the later
 * ones find the first. The enterprise's open leads the recorder sees are touched, so that they stay out of the pool,
 * and the visit is linked to the lead given or the first of them (the recorder's own first). Refused, nothing is
 * written, not even the new enterprise.
 */
export async function createVisit(
  db: Db,
  table: PermissionGrants,
  actor: WorkflowActor & { id: string },
  input: CreateVisitInput,
): Promise<{ visit: VisitDetail; created: boolean }> {
  assertNotFuture(input.visitedOn);
  assertNoRepeats(input);
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`visit-key:${actor.id}:${input.idempotencyKey}`}, 0))`);
    const earlier = await visitOfKey(tx, actor.id, input.idempotencyKey);
    if (earlier) return { id: earlier, created: false };

    const day = input.visitedOn;
    const enterpriseId = await resolveVisitEnterprise(tx, actor, input);
    const teamId = await resolveVisitTeam(tx, actor, input.teamId, day);
    const tripId = await resolveVisitTrip(tx, actor, input.tripId, day);
    const givenLead = await resolveVisitLead(tx, actor, input.leadId, enterpriseId);
    const participantIds = (input.participantIds ?? []).filter((id) => id !== actor.id);
    await assertVisitStaff(tx, table, participantIds, input.nextSteps);
    const touched = await touchLeadsOfEnterprise(tx, enterpriseId, actor);
    const leadId = givenLead === undefined ? (touched[0] ?? null) : givenLead;

    const [visit] = await tx
      .insert(visits)
      .values({
        enterpriseId,
        leadId,
        tripId: tripId ?? null,
        visitedOn: day,
        place: input.place ?? null,
        teamId,
        officerId: actor.id,
        officerName: actor.name,
        theirParticipants: (input.theirParticipants ?? []).map((p) => ({ name: p.name, title: p.title ?? null })),
        presented: input.presented ?? null,
        summary: input.summary ?? null,
        idempotencyKey: input.idempotencyKey,
      })
      .returning();
    const id = visit!.id;
    if (participantIds.length) await tx.insert(visitParticipants).values(participantIds.map((userId) => ({ visitId: id, userId })));
    if (input.concerns?.length) await tx.insert(visitConcerns).values(input.concerns.map((c) => ({ visitId: id, tag: c.tag, note: c.note ?? null })));
    if (input.nextSteps?.length) await tx.insert(visitNextSteps).values(stepRows(id, actor.id, input.nextSteps));
    await recordAudit(tx, actor, {
      entityType: visitKind,
      entityId: id,
      action: 'create',
      after: {
        enterpriseId,
        leadId,
        tripId: visit!.tripId,
        visitedOn: day,
        place: visit!.place,
        teamId,
        participantIds,
        theirParticipants: visit!.theirParticipants,
        presented: visit!.presented,
        summary: visit!.summary,
        concerns: input.concerns ?? [],
        nextSteps: input.nextSteps ?? [],
        touchedLeadIds: touched,
      },
    });
    return { id, created: true };
  });
  return { visit: await getVisit(db, actor, result.id), created: result.created };
}
