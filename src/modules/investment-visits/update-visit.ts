import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { touchLeadsOfEnterprise } from '../investment-leads/touch-leads-of-enterprise.ts';
import { visitKind } from './create-visit.ts';
import { getVisit } from './get-visit.ts';
import { visitConcerns, visitParticipants, visits } from './schema.ts';
import type { UpdateVisitInput, VisitDetail } from './schemas.ts';
import {
  assertNoRepeats,
  assertNotFuture,
  assertVisitStaff,
  resolveVisitEnterprise,
  resolveVisitLead,
  resolveVisitTeam,
  resolveVisitTrip,
} from './visit-input.ts';
import { findVisibleVisit, mayEditVisit, mayNotEdit } from './visit-policy.ts';
import { concernsOf, readParticipants } from './visit-records.ts';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes a visit (its recorder, its team's lead on its day, or an administrator): the fields given, lists
 * (participants on both sides, concerns) replaced whole. Nothing changed, nothing is written.
 */
export async function updateVisit(db: Db, table: PermissionGrants, actor: WorkflowActor & { id: string }, id: string, input: UpdateVisitInput): Promise<VisitDetail> {
  assertNotFuture(input.visitedOn);
  assertNoRepeats(input);
  await db.transaction(async (tx) => {
    const visit = await findVisibleVisit(tx, actor, id, { lock: true });
    if (!(await mayEditVisit(tx, actor, visit))) throw mayNotEdit();
    const day = input.visitedOn ?? visit.visitedOn;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const change = (field: string, from: unknown, to: unknown) => {
      if (to === undefined || sameJson(from, to)) return;
      before[field] = from;
      after[field] = to;
    };

    const enterpriseId = input.enterpriseId && input.enterpriseId !== visit.enterpriseId ? await resolveVisitEnterprise(tx, actor, input) : visit.enterpriseId;
    change('enterpriseId', visit.enterpriseId, enterpriseId);
    change('visitedOn', visit.visitedOn, input.visitedOn);
    change('place', visit.place, input.place);
    change('presented', visit.presented, input.presented);
    change('summary', visit.summary, input.summary);
    if (input.teamId !== undefined && input.teamId !== visit.teamId) change('teamId', visit.teamId, await resolveVisitTeam(tx, actor, input.teamId, day));
    const tripId = input.tripId !== undefined ? input.tripId : visit.tripId;
    if (tripId !== visit.tripId || (tripId && day !== visit.visitedOn)) change('tripId', visit.tripId, (await resolveVisitTrip(tx, actor, tripId, day)) ?? null);
    if (input.leadId !== undefined) change('leadId', visit.leadId, (await resolveVisitLead(tx, actor, input.leadId, enterpriseId)) ?? null);
    if (enterpriseId !== visit.enterpriseId) {
      // A visit of another enterprise: its leads the editor sees are touched, and the link follows them.
      const touched = await touchLeadsOfEnterprise(tx, enterpriseId, actor);
      if (input.leadId === undefined) change('leadId', visit.leadId, touched[0] ?? null);
    }
    if (input.theirParticipants !== undefined) {
      change('theirParticipants', visit.theirParticipants, input.theirParticipants.map((p) => ({ name: p.name, title: p.title ?? null })));
    }
    if (input.participantIds !== undefined) {
      const wanted = input.participantIds.filter((userId) => userId !== visit.officerId);
      await assertVisitStaff(tx, table, wanted);
      const current = (await readParticipants(tx, id)).map((p) => p.id).sort();
      if (!sameJson(current, [...wanted].sort())) {
        before.participantIds = current;
        after.participantIds = wanted;
        await tx.delete(visitParticipants).where(eq(visitParticipants.visitId, id));
        if (wanted.length) await tx.insert(visitParticipants).values(wanted.map((userId) => ({ visitId: id, userId })));
      }
    }
    if (input.concerns !== undefined) {
      const current = (await concernsOf(tx, [id])).get(id) ?? [];
      const wanted = input.concerns.map((c) => ({ tag: c.tag, note: c.note ?? null }));
      const key = (list: { tag: string; note: string | null }[]) => JSON.stringify([...list].sort((a, b) => a.tag.localeCompare(b.tag)));
      if (key(current) !== key(wanted)) {
        before.concerns = current;
        after.concerns = wanted;
        await tx.delete(visitConcerns).where(eq(visitConcerns.visitId, id));
        if (wanted.length) await tx.insert(visitConcerns).values(wanted.map((c) => ({ visitId: id, ...c })));
      }
    }
    if (!Object.keys(after).length) return;
    const { participantIds: _p, concerns: _c, ...columns } = after;
    await tx
      .update(visits)
      .set({ ...(columns as Partial<typeof visits.$inferInsert>), updatedAt: new Date() })
      .where(eq(visits.id, id));
    await recordAudit(tx, actor, { entityType: visitKind, entityId: id, action: 'update', before, after });
  });
  return getVisit(db, actor, id);
}
