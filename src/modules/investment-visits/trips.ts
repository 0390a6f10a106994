import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { DbOrTx, Db } from '../../platform/db/connection.ts';
import { AppError, invalidInput } from '../../platform/http/errors.ts';
import { teams } from '../../platform/teams/schema.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { fieldTrips, visits } from './schema.ts';
import type { TripInput, TripSummary } from './schemas.ts';
import { resolveVisitTeam } from './visit-input.ts';
import { findVisibleTrip, readsAllVisits, visibleTrips, visibleVisits, type VisitUser } from './visit-policy.ts';

const tripKind = 'field-trip';
const maxTripDays = 92;

function assertTripDates(input: Pick<TripInput, 'startsOn' | 'endsOn'>) {
  if (input.endsOn < input.startsOn) throw invalidInput([{ field: 'endsOn', message: 'visit.trip.datesOrder' }]);
  if ((Date.parse(input.endsOn) - Date.parse(input.startsOn)) / 86_400_000 >= maxTripDays) throw invalidInput([{ field: 'endsOn', message: 'visit.trip.tooLong' }]);
}

/** Trips with their team's name and how many of their visits the user sees. */
async function readTrips(db: DbOrTx, user: VisitUser, where: ReturnType<typeof and>, page?: { limit: number; offset: number }): Promise<TripSummary[]> {
  const seen = db
    .select({ tripId: visits.tripId, n: sql<number>`count(*)::int`.as('n') })
    .from(visits)
    .where(visibleVisits(user))
    .groupBy(visits.tripId)
    .as('seen');
  const query = db
    .select({
      id: fieldTrips.id,
      name: fieldTrips.name,
      teamId: fieldTrips.teamId,
      teamName: teams.name,
      destination: fieldTrips.destination,
      startsOn: fieldTrips.startsOn,
      endsOn: fieldTrips.endsOn,
      purpose: fieldTrips.purpose,
      createdById: fieldTrips.createdById,
      visits: sql<number>`coalesce(${seen.n}, 0)`.mapWith(Number),
    })
    .from(fieldTrips)
    .leftJoin(teams, eq(teams.id, fieldTrips.teamId))
    .leftJoin(seen, eq(seen.tripId, fieldTrips.id))
    .where(where)
    .orderBy(desc(fieldTrips.startsOn), asc(fieldTrips.name), asc(fieldTrips.id));
  const rows = await (page ? query.limit(page.limit).offset(page.offset) : query);
  return rows.map((trip) => ({ ...trip, mayEdit: mayEditTrip(user, trip) }));
}

function mayEditTrip(user: VisitUser, trip: { createdById: string | null }): boolean {
  return user.permissions.includes('visit.record') && (trip.createdById === user.id || readsAllVisits(user));
}

export async function readTrip(db: DbOrTx, user: VisitUser, id: string): Promise<TripSummary> {
  await findVisibleTrip(db, user, id);
  const [trip] = await readTrips(db, user, and(eq(fieldTrips.id, id)));
  return trip!;
}

/** A page of the trips the user sees, the latest first. */
export async function listTrips(db: DbOrTx, user: VisitUser, query: { teamId?: string; page: number; pageSize: number }) {
  const where = and(visibleTrips(user), query.teamId ? eq(fieldTrips.teamId, query.teamId) : undefined);
  const [items, [total]] = await Promise.all([
    readTrips(db, user, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db.select({ n: count() }).from(fieldTrips).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}

/** Plans a field trip for the creator's team (on its first day) or a team they belonged to then. */
export async function createTrip(db: Db, actor: WorkflowActor & { id: string }, input: TripInput): Promise<TripSummary> {
  assertTripDates(input);
  const id = await db.transaction(async (tx) => {
    const teamId = await resolveVisitTeam(tx, actor, input.teamId, input.startsOn);
    const [trip] = await tx
      .insert(fieldTrips)
      .values({ name: input.name, teamId, destination: input.destination, startsOn: input.startsOn, endsOn: input.endsOn, purpose: input.purpose ?? null, createdById: actor.id })
      .returning();
    await recordAudit(tx, actor, { entityType: tripKind, entityId: trip!.id, action: 'create', after: { ...input, teamId } });
    return trip!.id;
  });
  return readTrip(db, actor, id);
}

/** Changes a trip: its creator, or an administrator. */
export async function updateTrip(db: Db, actor: WorkflowActor & { id: string }, id: string, input: TripInput): Promise<TripSummary> {
  assertTripDates(input);
  await db.transaction(async (tx) => {
    const trip = await findVisibleTrip(tx, actor, id);
    if (!mayEditTrip(actor, trip)) throw new AppError(403, 'visit.mayNotEdit');
    const teamId = input.teamId === undefined || input.teamId === trip.teamId ? trip.teamId : await resolveVisitTeam(tx, actor, input.teamId, input.startsOn);
    // The trip's visits must stay within its dates.
    const [outside] = await tx
      .select({ n: count() })
      .from(visits)
      .where(and(eq(visits.tripId, id), isNull(visits.deletedAt), sql`(${visits.visitedOn} < ${input.startsOn} OR ${visits.visitedOn} > ${input.endsOn})`));
    if (outside!.n > 0) throw invalidInput([{ field: 'startsOn', message: 'visit.outsideTrip' }]);
    const after = { name: input.name, teamId, destination: input.destination, startsOn: input.startsOn, endsOn: input.endsOn, purpose: input.purpose ?? null };
    await tx.update(fieldTrips).set({ ...after, updatedAt: new Date() }).where(eq(fieldTrips.id, id));
    await recordAudit(tx, actor, {
      entityType: tripKind,
      entityId: id,
      action: 'update',
      before: { name: trip.name, teamId: trip.teamId, destination: trip.destination, startsOn: trip.startsOn, endsOn: trip.endsOn, purpose: trip.purpose },
      after,
    });
  });
  return readTrip(db, actor, id);
}
