import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import { eq } from 'drizzle-orm';
import { findEvent } from './event-records.ts';
import { mayMoveState } from './event-rules.ts';
import { notifyInvited } from './notify-invited.ts';
import { enterpriseEvents as events } from './schema.ts';
import type { CreateEventInput, UpdateEventInput } from './schemas.ts';

/** Creates an event as a draft, audited; returns its id. */
export async function createEnterpriseEvent(db: Db, actor: Actor, input: CreateEventInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [event] = await tx
      .insert(events)
      .values({
        ...input,
        organiser: input.organiser ?? null,
        place: input.place ?? null,
        endsOn: input.endsOn ?? null,
        capacity: input.capacity ?? null,
        registrationDeadline: input.registrationDeadline ?? null,
        description: input.description ?? null,
        createdById: actor.id,
      })
      .returning({ id: events.id });
    await recordAudit(tx, actor, { entityType: 'enterprise-event', entityId: event!.id, action: 'create', after: input });
    return event!.id;
  });
}

/**
 * Changes an event and moves it between states (409 enterpriseEvent.stateMove for a move not allowed), audited with
 * what it was; 404 for an unknown id. Leaving draft sends the invitations prepared meanwhile.
 */
export async function updateEnterpriseEvent(db: Db, ctx: Pick<AppContext, 'jobs' | 'config'>, actor: Actor, id: string, input: UpdateEventInput): Promise<void> {
  await db.transaction(async (tx) => {
    const event = await findEvent(tx, id, true);
    if (input.state && !mayMoveState(event.state, input.state)) throw conflict('enterpriseEvent.stateMove', { from: event.state, to: input.state });
    const endsOn = input.endsOn === undefined ? event.endsOn : input.endsOn;
    if (endsOn && endsOn < (input.startsOn ?? event.startsOn)) throw invalidInput([{ field: 'endsOn', message: 'enterpriseEvent.endBeforeStart' }]);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    if (!Object.keys(changes).length) return;
    const [changed] = await tx.update(events).set({ ...changes, updatedAt: new Date() }).where(eq(events.id, id)).returning();
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, event[key as keyof typeof event]]));
    await recordAudit(tx, actor, { entityType: 'enterprise-event', entityId: id, action: 'update', before, after: changes });
    await notifyInvited(tx, ctx, changed!);
  });
}
