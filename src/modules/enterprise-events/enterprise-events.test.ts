import { and, eq, isNull, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { timers } from '../../platform/timers/schema.ts';
import { sweepTimers } from '../../platform/timers/sweep-timers.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { followUpTimerHandlers } from './follow-up-reminder.ts';
import { enterpriseEventParticipants } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);
const agent = await signIn(['agent']);
const investor = await signIn(['investor']);

type Json = Record<string, unknown>;
const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const newEnterprise = async (name: string) => (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true }), 201)).id;

type Detail = {
  id: string;
  state: string;
  counts: Record<string, number>;
  participants: { enterpriseId: string; status: string; rank: number | null }[];
  followUps: { id: string; enterpriseId: string | null; description: string; ownerId: string; ownerName: string; dueOn: string; doneAt: string | null }[];
  mayManage: boolean;
};
type Mine = { items: { id: string; status: string; placesLeft: number | null; mayRegister: boolean; mayDecline: boolean }[] };

const createEvent = async (body: Json = {}) =>
  (await ok<Detail>(await send(officer, 'POST', '/api/enterprise-events', { kind: 'study_tour', title: '赴深圳学习考察', startsOn: '2027-03-01', ...body }), 201)).id;
const invite = (eventId: string, enterpriseIds: string[], who = officer) => send(who, 'POST', `/api/enterprise-events/${eventId}/participants`, { entries: enterpriseIds.map((enterpriseId) => ({ enterpriseId })) });
const open = (eventId: string) => send(officer, 'PATCH', `/api/enterprise-events/${eventId}`, { state: 'open' });
const respond = (who: SignedIn, eventId: string, answer: 'register' | 'decline') => send(who, 'POST', `/api/enterprise-events/${eventId}/${answer}`, {});

const firm = await newEnterprise('青岛考察一号科技有限公司（活动测试）');
const firmUser = await signIn(['enterprise'], { enterpriseId: firm });
const otherFirm = await newEnterprise('青岛考察二号科技有限公司（活动测试）');
const otherUser = await signIn(['enterprise'], { enterpriseId: otherFirm });

describe('permissions', () => {
  it('lets organisers keep events, staff read them, and enterprises and investors neither', async () => {
    const id = await createEvent();
    expect((await ok<Detail>(await send(agent, 'GET', `/api/enterprise-events/${id}`))).mayManage).toBe(false);
    expect((await ok<Detail>(await send(officer, 'GET', `/api/enterprise-events/${id}`))).mayManage).toBe(true);
    expect((await send(agent, 'POST', '/api/enterprise-events', { kind: 'salon', title: '沙龙', startsOn: '2027-01-01' })).statusCode).toBe(403);
    expect((await invite(id, [firm], agent)).statusCode).toBe(403);
    for (const who of [firmUser, investor]) {
      expect((await send(who, 'GET', '/api/enterprise-events')).statusCode).toBe(403);
      expect((await send(who, 'GET', `/api/enterprise-events/${id}`)).statusCode).toBe(403);
    }
    expect((await send(investor, 'GET', '/api/enterprise-events/mine')).statusCode).toBe(403);
    expect((await send(officer, 'GET', '/api/enterprise-events/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('lists by kind, state and text, and refuses a move between states that is not allowed', async () => {
    const id = await createEvent({ kind: 'salon', title: '专精特新沙龙（列表测试）' });
    type Page = { total: number; items: { id: string }[] };
    expect((await ok<Page>(await send(agent, 'GET', `/api/enterprise-events?kind=salon&state=draft&q=${encodeURIComponent('列表测试')}`))).items.map((e) => e.id)).toEqual([id]);
    expect((await ok<Page>(await send(agent, 'GET', `/api/enterprise-events?kind=salon&state=open&q=${encodeURIComponent('列表测试')}`))).total).toBe(0);
    const refused = await ok<{ code: string }>(await send(officer, 'PATCH', `/api/enterprise-events/${id}`, { state: 'done' }), 409);
    expect(refused.code).toBe('enterpriseEvent.stateMove');
    const backwards = await ok<{ errors: { field: string; message: string }[] }>(await send(officer, 'PATCH', `/api/enterprise-events/${id}`, { endsOn: '2027-02-01' }, 'en'), 400);
    expect(backwards.errors).toContainEqual({ field: 'endsOn', message: 'The end cannot be before the start' });
  });
});

describe('invitations', () => {
  it('tells the invited only once the event opens, and an enterprise sees only its own invitations, never a draft', async () => {
    const id = await createEvent({ title: '英雄榜企业赴深圳学习考察（通知测试）' });
    const detail = await ok<Detail>(await invite(id, [firm]));
    expect(detail.participants).toEqual([expect.objectContaining({ enterpriseId: firm, status: 'invited' })]);
    // Inviting again leaves the firm as it is; an unknown enterprise is refused by its entry.
    await ok(await invite(id, [firm]));
    const unknown = await ok<{ errors: { field: string }[] }>(await invite(id, ['00000000-0000-4000-8000-000000000000']), 400);
    expect(unknown.errors.map((e) => e.field)).toEqual(['entries.0.enterpriseId']);

    type Inbox = { items: { text: string; link: string }[] };
    const inbox = async (who: SignedIn) => (await ok<Inbox>(await send(who, 'GET', '/api/notifications', undefined, 'en'))).items.filter((n) => n.text.includes('通知测试'));
    expect(await inbox(firmUser)).toEqual([]);
    expect((await ok<Mine>(await send(firmUser, 'GET', '/api/enterprise-events/mine'))).items.find((e) => e.id === id)).toBeUndefined();
    expect((await respond(firmUser, id, 'register')).statusCode).toBe(404);

    await ok(await open(id));
    expect(await inbox(firmUser)).toEqual([expect.objectContaining({ text: 'Your firm is invited to "英雄榜企业赴深圳学习考察（通知测试）" (2027-03-01)', link: '/my-events' })]);
    await ok(await invite(id, [otherFirm]));
    expect(await inbox(otherUser)).toHaveLength(1);
    expect(await inbox(firmUser)).toHaveLength(1);

    const outsider = await signIn(['enterprise'], { enterpriseId: await newEnterprise('青岛局外科技有限公司（活动测试）') });
    expect((await ok<Mine>(await send(outsider, 'GET', '/api/enterprise-events/mine'))).items.find((e) => e.id === id)).toBeUndefined();
    expect((await respond(outsider, id, 'register')).statusCode).toBe(404);
    expect((await respond(outsider, '00000000-0000-4000-8000-000000000000', 'register')).statusCode).toBe(404);
    expect((await ok<Mine>(await send(firmUser, 'GET', '/api/enterprise-events/mine'))).items.find((e) => e.id === id)).toMatchObject({ status: 'invited', mayRegister: true });
  });
});

describe('registration', () => {
  it('never lets registrations sent at once exceed the capacity', async () => {
    const id = await createEvent({ title: '训练营（名额测试）', kind: 'training_camp', capacity: 3 });
    const firms = await Promise.all(Array.from({ length: 8 }, (_, n) => newEnterprise(`青岛名额${n}软件有限公司（活动测试）`)));
    const people = await Promise.all(firms.map((enterpriseId) => signIn(['enterprise'], { enterpriseId })));
    await ok(await invite(id, firms));
    await ok(await open(id));
    const answers = await Promise.all(people.map((who) => respond(who, id, 'register')));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 409, 409, 409, 409, 409]);
    expect(answers.filter((a) => a.statusCode === 409).map((a) => a.json<{ code: string }>().code)).toEqual(Array(5).fill('enterpriseEvent.full'));
    const rows = await ctx.db.select().from(enterpriseEventParticipants).where(eq(enterpriseEventParticipants.eventId, id));
    expect(rows.filter((r) => r.status === 'registered')).toHaveLength(3);
    const loser = people[answers.findIndex((a) => a.statusCode === 409)]!;
    expect((await ok<Mine>(await send(loser, 'GET', '/api/enterprise-events/mine'))).items.find((e) => e.id === id)).toMatchObject({ placesLeft: 0, mayRegister: false, mayDecline: true });
    // A place given back is taken again.
    const winner = people[answers.findIndex((a) => a.statusCode === 200)]!;
    await ok(await respond(winner, id, 'decline'));
    await ok(await respond(loser, id, 'register'));
  });

  it('refuses registration after the deadline and once closed, but lets a firm decline', async () => {
    const id = await createEvent({ title: '沙龙（截止测试）', kind: 'salon', registrationDeadline: new Date(Date.now() - 60_000).toISOString() });
    await ok(await invite(id, [firm, otherFirm]));
    await ok(await open(id));
    const late = await ok<{ code: string; title: string }>(await respond(firmUser, id, 'register'), 409);
    expect(late).toMatchObject({ code: 'enterpriseEvent.deadlinePassed', title: '报名已截止' });
    await ok(await respond(otherUser, id, 'decline'));
    await ok(await send(officer, 'PATCH', `/api/enterprise-events/${id}`, { registrationDeadline: null, state: 'closed' }));
    expect((await ok<{ code: string }>(await respond(firmUser, id, 'register'), 409)).code).toBe('enterpriseEvent.notOpen');
  });
});

describe('attendance, follow-ups and the timeline', () => {
  it("marks attendance, keeps follow-ups with owners, and puts participation on the firm's timeline", async () => {
    const id = await createEvent({ title: '英雄榜企业赴深圳学习考察（出席测试）' });
    await ok(await invite(id, [firm, otherFirm]));
    expect((await ok<{ code: string }>(await send(officer, 'POST', `/api/enterprise-events/${id}/attendance`, { entries: [{ enterpriseId: firm, status: 'attended' }] }), 409)).code).toBe(
      'enterpriseEvent.attendanceNotYet',
    );
    await ok(await open(id));
    await ok(await respond(firmUser, id, 'register'));
    const stranger = await newEnterprise('青岛未受邀科技有限公司（活动测试）');
    expect((await send(officer, 'POST', `/api/enterprise-events/${id}/attendance`, { entries: [{ enterpriseId: stranger, status: 'attended' }] })).statusCode).toBe(400);
    const marked = await ok<Detail>(
      await send(officer, 'POST', `/api/enterprise-events/${id}/attendance`, {
        entries: [
          { enterpriseId: firm, status: 'attended' },
          { enterpriseId: otherFirm, status: 'absent' },
        ],
      }),
    );
    expect(marked.counts).toMatchObject({ attended: 1, absent: 1, invited: 0, registered: 0 });
    expect((await ok<{ code: string }>(await respond(firmUser, id, 'decline'), 409)).code).toBe('enterpriseEvent.attendanceRecorded');

    const withFollowUp = await ok<Detail>(
      await send(officer, 'POST', `/api/enterprise-events/${id}/follow-ups`, { description: '对接深圳投资机构', ownerId: agent.userId, dueOn: '2027-03-20', enterpriseId: firm }),
      201,
    );
    const followUp = withFollowUp.followUps[0]!;
    expect(followUp).toMatchObject({ description: '对接深圳投资机构', doneAt: null });
    expect((await send(officer, 'POST', `/api/enterprise-events/${id}/follow-ups`, { description: '无主', ownerId: firmUser.userId, dueOn: '2027-03-20' })).statusCode).toBe(400);
    expect((await send(officer, 'POST', `/api/enterprise-events/${id}/follow-ups`, { description: '别家', ownerId: agent.userId, dueOn: '2027-03-20', enterpriseId: stranger })).statusCode).toBe(400);
    // Its owner closes it; another reader who neither owns it nor organises may not.
    expect((await send(await signIn(['operator']), 'POST', `/api/enterprise-events/follow-ups/${followUp.id}/done`, { done: true })).statusCode).toBe(403);
    expect((await ok<Detail>(await send(agent, 'POST', `/api/enterprise-events/follow-ups/${followUp.id}/done`, { done: true }))).followUps[0]!.doneAt).not.toBeNull();

    type Timeline = { items: { kind: string; title: string; details: { line?: string } }[] };
    const timeline = async (who: SignedIn, enterpriseId: string) =>
      (await ok<Timeline>(await send(who, 'GET', `/api/enterprises/${enterpriseId}/timeline`))).items.filter((i) => i.kind === 'enterprise-event');
    expect((await timeline(firmUser, firm)).map((e) => [e.title, e.details.line])).toEqual([
      ['出席企业活动', '英雄榜企业赴深圳学习考察（出席测试）'],
      ['报名参加企业活动', '英雄榜企业赴深圳学习考察（出席测试）'],
    ]);
    expect(await timeline(agent, otherFirm)).toEqual([]);
  });

  it('lists the firms of an honour list by rank, taking no registration', async () => {
    const id = await createEvent({ kind: 'honour_list', title: '蓝贝英雄榜（测试）' });
    await ok(await open(id));
    const listed = await ok<Detail>(
      await send(officer, 'POST', `/api/enterprise-events/${id}/participants`, {
        entries: [
          { enterpriseId: otherFirm, rank: 2, citation: '成长之星' },
          { enterpriseId: firm, rank: 1, citation: '创新之星' },
        ],
      }),
    );
    expect(listed.participants.map((p) => [p.enterpriseId, p.rank, p.status])).toEqual([
      [firm, 1, 'registered'],
      [otherFirm, 2, 'registered'],
    ]);
    expect((await ok<{ code: string }>(await respond(firmUser, id, 'decline'), 409)).code).toBe('enterpriseEvent.notRegistrable');
    const mine = await ok<Mine>(await send(firmUser, 'GET', '/api/enterprise-events/mine'));
    expect(mine.items.find((e) => e.id === id)).toMatchObject({ mayRegister: false, mayDecline: false });
  });
});

describe('merging enterprises', () => {
  it("moves a duplicate's participations and follow-ups to the survivor, keeping the further one at a shared event", async () => {
    const survivor = await newEnterprise('青岛合并存续科技有限公司（活动测试）');
    const duplicate = await newEnterprise('青岛合并重复科技有限公司（活动测试）');
    const shared = await createEvent({ title: '共同参加（合并测试）' });
    const onlyDuplicate = await createEvent({ title: '仅重复记录参加（合并测试）' });
    await ok(await invite(shared, [survivor, duplicate]));
    await ok(await invite(onlyDuplicate, [duplicate]));
    for (const id of [shared, onlyDuplicate]) await ok(await open(id));
    await ok(await send(officer, 'POST', `/api/enterprise-events/${shared}/attendance`, { entries: [{ enterpriseId: duplicate, status: 'attended' }] }));
    await ok(await send(officer, 'POST', `/api/enterprise-events/${onlyDuplicate}/follow-ups`, { description: '回访', ownerId: officer.userId, dueOn: '2027-04-01', enterpriseId: duplicate }), 201);

    await ok(await send(admin, 'POST', `/api/enterprises/${survivor}/merge`, { duplicateId: duplicate }));
    const sharedNow = await ok<Detail>(await send(officer, 'GET', `/api/enterprise-events/${shared}`));
    expect(sharedNow.participants.map((p) => [p.enterpriseId, p.status])).toEqual([[survivor, 'attended']]);
    const movedNow = await ok<Detail>(await send(officer, 'GET', `/api/enterprise-events/${onlyDuplicate}`));
    expect(movedNow.participants.map((p) => p.enterpriseId)).toEqual([survivor]);
    expect(movedNow.followUps.map((f) => f.enterpriseId)).toEqual([survivor]);
    expect((await invite(shared, [duplicate])).statusCode).toBe(400);
  });
});

const organiser = await signIn(['officer'], { username: '赵组织' });

describe('follow-up reminders', () => {
  const nobody = '00000000-0000-4000-8000-000000000000';
  /** The follow-up's reminder still to fire, if any; one a follow-up keeps per due day. */
  const pendingReminder = (id: string) => and(like(timers.key, `enterprise-events.follow-up-due:${id}:%`), isNull(timers.firedAt));
  const reminderOf = async (id: string) => (await ctx.db.select().from(timers).where(pendingReminder(id)))[0];
  /** The morning comes: the reminder falls due, and the sweep runs twice, as two instances would. */
  const morningOf = async (id: string) => {
    await ctx.db.update(timers).set({ fireAt: sql`now() - interval '1 minute'` }).where(pendingReminder(id));
    const handlers = new Map(Object.entries(followUpTimerHandlers));
    await sweepTimers(ctx.db, handlers, ctx);
    await sweepTimers(ctx.db, handlers, ctx);
  };
  const noticesOf = (userId: string, kind: string, followUpId: string) =>
    ctx.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), eq(notifications.recordId, followUpId)));
  type Inbox = { items: { text: string; link: string }[] };
  const inboxOf = async (who: SignedIn) => (await ok<Inbox>(await send(who, 'GET', '/api/notifications', undefined, 'en'))).items;
  const addFollowUp = async (eventId: string, body: Json) => {
    const detail = await ok<Detail>(await send(organiser, 'POST', `/api/enterprise-events/${eventId}/follow-ups`, body), 201);
    return detail.followUps.find((f) => f.description === body.description)!.id;
  };
  type MyFollowUps = { items: { id: string; eventTitle: string; dueOn: string; overdue: boolean }[]; open: number; overdue: number };

  it('tells an owner given a follow-up at once, and reminds them once on the morning of its due day', async () => {
    const eventId = await createEvent({ title: '赴杭州学习考察（提醒测试）' });
    const owner = await signIn(['agent']);
    const today = chinaToday();
    const id = await addFollowUp(eventId, { description: '联系杭州未来科技城', ownerId: owner.userId, dueOn: today });
    expect(await inboxOf(owner)).toContainEqual(
      expect.objectContaining({ text: `赵组织 gave you a follow-up of "赴杭州学习考察（提醒测试）": 联系杭州未来科技城, due ${today}`, link: `/enterprise-events/${eventId}` }),
    );
    // One the organiser keeps for themselves tells nobody now.
    const own = await addFollowUp(eventId, { description: '自己跟进', ownerId: organiser.userId, dueOn: '2027-03-20' });
    expect(await noticesOf(organiser.userId, 'enterpriseEvent.follow-up-assigned', own)).toEqual([]);
    // Due on a Saturday: reminded as the office opens on the Friday.
    expect((await reminderOf(own))!.fireAt.toISOString()).toBe('2027-03-19T01:00:00.000Z');

    expect(await noticesOf(owner.userId, 'enterpriseEvent.follow-up-due', id)).toEqual([]);
    await morningOf(id);
    expect(await noticesOf(owner.userId, 'enterpriseEvent.follow-up-due', id)).toHaveLength(1);
    expect(await inboxOf(owner)).toContainEqual(
      expect.objectContaining({ text: `Follow-up due ${today}: 联系杭州未来科技城 ("赴杭州学习考察（提醒测试）")`, link: `/enterprise-events/${eventId}` }),
    );
    // Reopened after reminding, it does not remind again.
    await ok(await send(owner, 'POST', `/api/enterprise-events/follow-ups/${id}/done`, { done: true }));
    await ok(await send(owner, 'POST', `/api/enterprise-events/follow-ups/${id}/done`, { done: false }));
    await morningOf(id);
    expect(await noticesOf(owner.userId, 'enterpriseEvent.follow-up-due', id)).toHaveLength(1);
  });

  it('drops the reminder when the follow-up is done or deleted, sets it again when reopened, and never sets one for a day gone by', async () => {
    const eventId = await createEvent({ title: '训练营（提醒取消测试）', kind: 'training_camp' });
    const owner = await signIn(['officer']);
    const done = await addFollowUp(eventId, { description: '整理学员名单', ownerId: owner.userId, dueOn: '2027-04-01' });
    expect(await reminderOf(done)).toMatchObject({ firedAt: null });
    await ok(await send(owner, 'POST', `/api/enterprise-events/follow-ups/${done}/done`, { done: true }));
    expect(await reminderOf(done)).toBeUndefined();
    await morningOf(done);
    expect(await noticesOf(owner.userId, 'enterpriseEvent.follow-up-due', done)).toEqual([]);
    await ok(await send(organiser, 'POST', `/api/enterprise-events/follow-ups/${done}/done`, { done: false }));
    expect(await reminderOf(done)).toMatchObject({ firedAt: null });

    const deleted = await addFollowUp(eventId, { description: '误加的事项', ownerId: owner.userId, dueOn: '2027-04-01' });
    const after = await ok<Detail>(await send(organiser, 'DELETE', `/api/enterprise-events/follow-ups/${deleted}`));
    expect(after.followUps.map((f) => f.id)).toEqual([done]);
    expect(await reminderOf(deleted)).toBeUndefined();

    const late = await addFollowUp(eventId, { description: '补录的逾期事项', ownerId: owner.userId, dueOn: chinaDayOf(new Date(Date.now() - 3 * 86_400_000)) });
    expect(await reminderOf(late)).toBeUndefined();
    const mine = await ok<MyFollowUps>(await send(owner, 'GET', '/api/enterprise-events/follow-ups/mine'));
    expect(mine).toMatchObject({ open: 2, overdue: 1 });
    expect(mine.items.map((f) => [f.id, f.overdue, f.eventTitle])).toEqual([
      [late, true, '训练营（提醒取消测试）'],
      [done, false, '训练营（提醒取消测试）'],
    ]);
  });

  it('answers 404 for unknown events and follow-ups, and 403 to those who may not', async () => {
    const eventId = await createEvent({ title: '沙龙（权限测试）', kind: 'salon' });
    expect((await send(organiser, 'POST', `/api/enterprise-events/${nobody}/follow-ups`, { description: '无', ownerId: agent.userId, dueOn: '2027-04-01' })).statusCode).toBe(404);
    expect((await send(organiser, 'POST', `/api/enterprise-events/follow-ups/${nobody}/done`, { done: true })).statusCode).toBe(404);
    expect((await send(organiser, 'DELETE', `/api/enterprise-events/follow-ups/${nobody}`)).statusCode).toBe(404);

    const id = await addFollowUp(eventId, { description: '回访参会企业', ownerId: agent.userId, dueOn: '2027-04-01' });
    // Its owner closes it but, not organising, may not delete it; an enterprise's or investor's account reaches none.
    expect((await send(agent, 'DELETE', `/api/enterprise-events/follow-ups/${id}`)).statusCode).toBe(403);
    for (const who of [firmUser, investor]) {
      expect((await send(who, 'GET', '/api/enterprise-events/follow-ups/mine')).statusCode).toBe(403);
      expect((await send(who, 'POST', `/api/enterprise-events/follow-ups/${id}/done`, { done: true })).statusCode).toBe(403);
    }
    expect(await reminderOf(id)).toMatchObject({ firedAt: null });
    expect((await ok<MyFollowUps>(await send(organiser, 'GET', '/api/enterprise-events/follow-ups/mine'))).items.map((f) => f.id)).not.toContain(id);
  });

  const edit = (who: SignedIn, id: string, body: Json, language = 'zh-CN') => send(who, 'PATCH', `/api/enterprise-events/follow-ups/${id}`, body, language);
  const editsOf = (id: string) =>
    ctx.db.select({ before: auditEvents.before, after: auditEvents.after }).from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'update'))).orderBy(auditEvents.id);

  it('hands a follow-up to a new owner, who is told once, and moves its reminder with the due day', async () => {
    const eventId = await createEvent({ title: '赴苏州学习考察（改派测试）' });
    const first = await signIn(['agent']);
    const second = await signIn(['officer']);
    const id = await addFollowUp(eventId, { description: '联系苏州工业园区', ownerId: first.userId, dueOn: '2027-05-10' });
    expect((await reminderOf(id))!.fireAt.toISOString()).toBe('2027-05-10T01:00:00.000Z');

    const detail = await ok<Detail>(await edit(organiser, id, { ownerId: second.userId, dueOn: '2027-05-17' }));
    expect(detail.followUps.find((f) => f.id === id)).toMatchObject({ ownerId: second.userId, dueOn: '2027-05-17', description: '联系苏州工业园区' });
    // Sent again, the same change changes nothing and tells nobody twice.
    await ok(await edit(organiser, id, { ownerId: second.userId, dueOn: '2027-05-17' }));
    expect(await noticesOf(second.userId, 'enterpriseEvent.follow-up-assigned', id)).toHaveLength(1);
    expect(await inboxOf(second)).toContainEqual(
      expect.objectContaining({ text: '赵组织 gave you a follow-up of "赴苏州学习考察（改派测试）": 联系苏州工业园区, due 2027-05-17', link: `/enterprise-events/${eventId}` }),
    );
    expect(await noticesOf(first.userId, 'enterpriseEvent.follow-up-assigned', id)).toHaveLength(1);
    expect(await editsOf(id)).toEqual([{ before: { ownerId: first.userId, dueOn: '2027-05-10' }, after: { ownerId: second.userId, dueOn: '2027-05-17' } }]);
    expect(await ctx.db.select().from(timers).where(like(timers.key, `enterprise-events.follow-up-due:${id}%`))).toEqual([
      expect.objectContaining({ key: `enterprise-events.follow-up-due:${id}:2027-05-17`, fireAt: new Date('2027-05-17T01:00:00.000Z'), firedAt: null }),
    ]);

    // The organiser takes it over: nobody is told, and the reminder goes to whoever owns it on the morning.
    await ok(await edit(organiser, id, { ownerId: organiser.userId }));
    expect(await noticesOf(organiser.userId, 'enterpriseEvent.follow-up-assigned', id)).toEqual([]);
    await morningOf(id);
    expect(await noticesOf(organiser.userId, 'enterpriseEvent.follow-up-due', id)).toHaveLength(1);
    expect(await noticesOf(second.userId, 'enterpriseEvent.follow-up-due', id)).toEqual([]);

    // Put off after it reminded, it reminds again on the new day; moved to a day gone by, it reminds nobody.
    await ok(await edit(organiser, id, { dueOn: '2027-05-24' }));
    expect((await reminderOf(id))!.fireAt.toISOString()).toBe('2027-05-24T01:00:00.000Z');
    await morningOf(id);
    expect(await noticesOf(organiser.userId, 'enterpriseEvent.follow-up-due', id)).toHaveLength(2);
    await ok(await edit(organiser, id, { dueOn: '2027-05-31' }));
    expect(await reminderOf(id)).toMatchObject({ firedAt: null });
    await ok(await edit(organiser, id, { dueOn: chinaDayOf(new Date(Date.now() - 3 * 86_400_000)) }));
    expect(await reminderOf(id)).toBeUndefined();
  });

  it('keeps the owner and due day of a done follow-up until it is reopened, while its text may be corrected', async () => {
    const eventId = await createEvent({ title: '训练营（完成后改派测试）', kind: 'training_camp' });
    const owner = await signIn(['agent']);
    const other = await signIn(['officer']);
    const id = await addFollowUp(eventId, { description: '收集学员反馈', ownerId: owner.userId, dueOn: '2027-06-01' });
    await ok(await send(owner, 'POST', `/api/enterprise-events/follow-ups/${id}/done`, { done: true }));

    for (const change of [{ ownerId: other.userId }, { dueOn: '2027-06-08' }]) {
      const refused = await edit(organiser, id, change, 'en');
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'enterpriseEvent.followUpDone', title: 'This follow-up is done; reopen it before changing its owner or due day' });
    }
    expect((await edit(organiser, id, { ownerId: other.userId })).json()).toMatchObject({ title: '该跟进事项已完成，请先重新打开，再更换负责人或截止日期' });
    const corrected = await ok<Detail>(await edit(organiser, id, { description: '收集并整理学员反馈' }));
    expect(corrected.followUps.find((f) => f.id === id)).toMatchObject({ description: '收集并整理学员反馈', ownerId: owner.userId, dueOn: '2027-06-01' });
    expect(corrected.followUps.find((f) => f.id === id)!.doneAt).not.toBeNull();
    expect(await reminderOf(id)).toBeUndefined();
    expect(await noticesOf(other.userId, 'enterpriseEvent.follow-up-assigned', id)).toEqual([]);

    await ok(await send(organiser, 'POST', `/api/enterprise-events/follow-ups/${id}/done`, { done: false }));
    await ok(await edit(organiser, id, { ownerId: other.userId }));
    expect(await noticesOf(other.userId, 'enterpriseEvent.follow-up-assigned', id)).toHaveLength(1);
    expect(await reminderOf(id)).toMatchObject({ firedAt: null });
  });

  it('refuses foreign ids, those who may not manage the event, an owner who is no staff, NUL and huge text, writing nothing', async () => {
    const eventId = await createEvent({ title: '沙龙（修改权限测试）', kind: 'salon' });
    const id = await addFollowUp(eventId, { description: '整理沙龙纪要', ownerId: agent.userId, dueOn: '2027-07-01' });
    const reminder = await reminderOf(id);
    const unchanged = async () => (await ok<Detail>(await send(organiser, 'GET', `/api/enterprise-events/${eventId}`))).followUps.find((f) => f.id === id);
    const before = await unchanged();

    for (const foreign of [nobody, eventId]) expect((await edit(organiser, foreign, { description: '无' })).statusCode).toBe(404);
    // Its owner closes it but, not organising, may not change it; an enterprise's or investor's account reaches none.
    for (const who of [agent, firmUser, investor]) expect((await edit(who, id, { ownerId: who.userId, description: '改了' })).statusCode).toBe(403);
    for (const [body, field] of [
      [{ ownerId: firmUser.userId }, 'ownerId'],
      [{ ownerId: nobody }, 'ownerId'],
      [{ ownerId: `${agent.userId}\u0000` }, 'ownerId'],
      [{ description: '整理\u0000纪要' }, 'description'],
      [{ description: '纪'.repeat(100_000) }, 'description'],
      [{ description: '   ' }, 'description'],
      [{ dueOn: '2027-02-30' }, 'dueOn'],
    ] as const) {
      const refused = await edit(organiser, id, body);
      expect(refused.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(refused.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    expect(await unchanged()).toEqual(before);
    expect(await editsOf(id)).toEqual([]);
    expect(await reminderOf(id)).toEqual(reminder);
    expect(await noticesOf(firmUser.userId, 'enterpriseEvent.follow-up-assigned', id)).toEqual([]);
  });
});
