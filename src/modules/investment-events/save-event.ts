import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { mayKeepEventOf } from './event-policy.ts';
import { checkOrganiserTeam } from './event-records.ts';
import { promotionEvents } from './schema.ts';
import type { EventInput, UpdateEventInput } from './schemas.ts';

type Actor = WorkflowActor & { id: string };

/**
 * Records an event, audited: administrators and leaders any; an officer only one organised by a team they lead
 * (403 event.teamNotLed). Returns its id.
 */
export async function createEvent(db: Db, actor: Actor, input: EventInput): Promise<string> {
  return db.transaction(async (tx) => {
    await checkOrganiserTeam(tx, input.organiserTeamId);
    if (!(await mayKeepEventOf(tx, actor, input.organiserTeamId ?? null))) throw new AppError(403, 'event.teamNotLed');
    const [event] = await tx
      .insert(promotionEvents)
      .values({ ...input, venue: input.venue ?? null, organiser: input.organiser ?? null, organiserTeamId: input.organiserTeamId ?? null, notes: input.notes ?? null, createdById: actor.id })
      .returning();
    await recordAudit(tx, actor, { entityType: 'event', entityId: event!.id, action: 'create', after: input });
    return event!.id;
  });
}

/**
 * Changes an event (404 for an unknown id), audited with what it was: by whoever may keep events of its organising
 * team, and of the team it moves to (403 otherwise).
 */
export async function updateEvent(db: Db, actor: Actor, id: string, input: UpdateEventInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [event] = await tx.select().from(promotionEvents).where(eq(promotionEvents.id, id)).for('update');
    if (!event) throw notFound();
    if (!(await mayKeepEventOf(tx, actor, event.organiserTeamId))) throw new AppError(403, 'event.mayNotEdit');
    if (input.organiserTeamId !== undefined && input.organiserTeamId !== event.organiserTeamId) {
      await checkOrganiserTeam(tx, input.organiserTeamId);
      if (!(await mayKeepEventOf(tx, actor, input.organiserTeamId))) throw new AppError(403, 'event.teamNotLed');
    }
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    if (!Object.keys(changes).length) return;
    await tx.update(promotionEvents).set({ ...changes, updatedAt: new Date() }).where(eq(promotionEvents.id, id));
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, event[key as keyof typeof event]]));
    await recordAudit(tx, actor, { entityType: 'event', entityId: id, action: 'update', before, after: changes });
  });
}
