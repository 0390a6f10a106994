import { describe, expect, it } from 'vitest';
import { declineRefusal, mayMoveState, registrationRefusal, type RegistrationFacts } from './event-rules.ts';

const now = new Date('2026-05-10T02:00:00Z');
const open: RegistrationFacts = { kind: 'study_tour', state: 'open', status: 'invited', registrationDeadline: new Date('2026-05-12T10:00:00Z'), capacity: 3, taken: 2, now };

describe('registration', () => {
  it.each<[string, Partial<RegistrationFacts>, string | null]>([
    ['an invited firm with a place left', {}, null],
    ['a firm that declined and changes its mind', { status: 'declined' }, null],
    ['no deadline and no capacity', { registrationDeadline: null, capacity: null, taken: 500 }, null],
    ['the last place gone', { taken: 3 }, 'enterpriseEvent.full'],
    ['after the deadline', { now: new Date('2026-05-12T10:00:01Z') }, 'enterpriseEvent.deadlinePassed'],
    ['at the deadline itself', { now: new Date('2026-05-12T10:00:00Z') }, null],
    ['registered already, when full: no change', { status: 'registered', taken: 3 }, null],
    ['a draft', { state: 'draft' }, 'enterpriseEvent.notOpen'],
    ['closed for registration', { state: 'closed' }, 'enterpriseEvent.notOpen'],
    ['an honour list', { kind: 'honour_list' }, 'enterpriseEvent.notRegistrable'],
    ['attendance recorded', { status: 'absent' }, 'enterpriseEvent.attendanceRecorded'],
  ])('%s', (_, facts, refusal) => {
    expect(registrationRefusal({ ...open, ...facts })).toBe(refusal);
  });

  it.each<[Partial<RegistrationFacts>, string | null]>([
    [{}, null],
    [{ state: 'closed', status: 'registered' }, null],
    [{ state: 'done' }, 'enterpriseEvent.notOpen'],
    [{ status: 'attended' }, 'enterpriseEvent.attendanceRecorded'],
    [{ kind: 'honour_list' }, 'enterpriseEvent.notRegistrable'],
  ])('declining %o', (facts, refusal) => {
    expect(declineRefusal({ ...open, ...facts })).toBe(refusal);
  });
});

describe('states', () => {
  it.each([
    ['draft', 'open', true],
    ['draft', 'done', false],
    ['open', 'closed', true],
    ['closed', 'open', true],
    ['closed', 'done', true],
    ['open', 'draft', false],
    ['done', 'open', false],
    ['done', 'done', true],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(mayMoveState(from, to)).toBe(allowed);
  });
});
