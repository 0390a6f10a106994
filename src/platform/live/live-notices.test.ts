import { describe, expect, it } from 'vitest';
import { liveNotices, parseLiveNotice, type LiveChange, type LiveNotice } from './live-notices.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const range = (count: number, from = 0) => Array.from({ length: count }, (_, i) => uuid(from + i));
const parsed = (change: LiveChange) => liveNotices(change).map((payload) => JSON.parse(payload) as LiveNotice);

describe('liveNotices', () => {
  it.each([
    {
      case: 'a few ids to a user, a team and a permission: one notice, deduplicated',
      change: { topic: 'service-desk.requests', ids: ['r1', 'r1', 'r2'], audience: { userIds: [uuid(1), uuid(1)], teamIds: [uuid(2)], permission: 'desk.answer' as const } },
      expected: [{ topic: 'service-desk.requests', ids: ['r1', 'r2'], users: [uuid(1)], teams: [uuid(2)], permission: 'desk.answer' }],
    },
    {
      case: 'nobody in the audience: nothing to announce',
      change: { topic: 'service-desk.requests', ids: ['r1'], audience: {} },
      expected: [],
    },
    {
      case: 'too many ids to carry: the topic as a whole',
      change: { topic: 'teams.shifts', ids: range(500), audience: { teamIds: [uuid(9)] } },
      expected: [{ topic: 'teams.shifts', ids: null, users: [], teams: [uuid(9)], permission: null }],
    },
  ])('$case', ({ change, expected }) => {
    expect(parsed(change)).toEqual(expected);
  });

  it('splits an audience too large for one payload, naming each user and team once, and no ids', () => {
    const users = range(400);
    const teams = range(50, 1_000);
    const payloads = liveNotices({ topic: 'service-desk.requests', ids: ['r1'], audience: { userIds: users, teamIds: teams, permission: 'desk.answer' } });
    expect(payloads.length).toBe(3);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    const notices = payloads.map((payload) => parseLiveNotice(payload)!);
    expect(notices.flatMap((notice) => notice.users)).toEqual(users);
    expect(notices.flatMap((notice) => notice.teams)).toEqual(teams);
    expect(notices.map((notice) => notice.ids)).toEqual([null, null, null]);
    expect(notices.map((notice) => notice.permission)).toEqual(['desk.answer', null, null]);
  });

  it.each([
    { case: 'a topic without a module', change: { topic: 'requests', ids: [], audience: { userIds: [uuid(1)] } } },
    { case: 'a topic with spaces', change: { topic: 'service desk.requests', ids: [], audience: { userIds: [uuid(1)] } } },
    { case: 'a user id that is not one', change: { topic: 'a.b', ids: [], audience: { userIds: ['alice'] } } },
  ])('refuses a mistake of the calling code: $case', ({ change }) => {
    expect(() => liveNotices(change)).toThrow();
  });
});

describe('parseLiveNotice', () => {
  it.each(['', 'not json', '42', '{"topic":"a.b"}', '{"topic":"x","ids":null,"users":[],"teams":[],"permission":null}', '{"topic":"a.b","ids":[1],"users":[],"teams":[],"permission":null}'])(
    'ignores what is not a notice: %s',
    (payload) => {
      expect(parseLiveNotice(payload)).toBeNull();
    },
  );

  it('reads what liveNotices writes', () => {
    const [payload] = liveNotices({ topic: 'a.b', ids: ['1'], audience: { userIds: [uuid(1)] } });
    expect(parseLiveNotice(payload!)).toEqual({ topic: 'a.b', ids: ['1'], users: [uuid(1)], teams: [], permission: null });
  });
});
