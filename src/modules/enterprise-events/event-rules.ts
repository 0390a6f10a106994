import type { EnterpriseEventKind, EnterpriseEventState, ParticipantStatus } from './event-kinds.ts';

/** The moves between states: opened, closed, reopened, and done from open or closed; a done event stays done. */
const nextStates: Record<EnterpriseEventState, readonly EnterpriseEventState[]> = {
  draft: ['open'],
  open: ['closed', 'done'],
  closed: ['open', 'done'],
  done: [],
};

export const mayMoveState = (from: EnterpriseEventState, to: EnterpriseEventState): boolean => from === to || nextStates[from].includes(to);

/** The statuses that hold one of an event's places. */
export const placeHoldingStatuses = ['registered', 'attended'] as const satisfies readonly ParticipantStatus[];

export interface RegistrationFacts {
  kind: EnterpriseEventKind;
  state: EnterpriseEventState;
  status: ParticipantStatus;
  registrationDeadline: Date | null;
  capacity: number | null;
  /** Places held by other firms. */
  taken: number;
  now: Date;
}

/**
 * Why an invited firm may not register now (a message key), or null when it may: only on an event open for
 * registration, not an honour list, before the deadline, within capacity, and not once attendance is recorded.
 * Registering again is no change, so it is allowed whatever the places.
 */
export function registrationRefusal(facts: RegistrationFacts): string | null {
  if (facts.kind === 'honour_list') return 'enterpriseEvent.notRegistrable';
  if (facts.state !== 'open') return 'enterpriseEvent.notOpen';
  if (facts.status === 'attended' || facts.status === 'absent') return 'enterpriseEvent.attendanceRecorded';
  if (facts.status === 'registered') return null;
  if (facts.registrationDeadline && facts.now > facts.registrationDeadline) return 'enterpriseEvent.deadlinePassed';
  if (facts.capacity !== null && facts.taken >= facts.capacity) return 'enterpriseEvent.full';
  return null;
}

/** Why a firm may not decline now, or null: while the event is open or closed and before attendance is recorded. */
export function declineRefusal(facts: Pick<RegistrationFacts, 'kind' | 'state' | 'status'>): string | null {
  if (facts.kind === 'honour_list') return 'enterpriseEvent.notRegistrable';
  if (facts.state !== 'open' && facts.state !== 'closed') return 'enterpriseEvent.notOpen';
  if (facts.status === 'attended' || facts.status === 'absent') return 'enterpriseEvent.attendanceRecorded';
  return null;
}

/** How far a participation went, to keep the further one when a merge finds a firm twice at one event. */
export const statusWeight: Record<ParticipantStatus, number> = { invited: 0, declined: 1, absent: 2, registered: 3, attended: 4 };
