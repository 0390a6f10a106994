import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { sweepTimers } from '../../platform/timers/sweep-timers.ts';
import { timers } from '../../platform/timers/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { tags } from '../enterprises/schema.ts';
import { policyTimerHandlers } from './guide-timer.ts';
import { policyAttachmentKind } from './policy-attachments.ts';

const { app, ctx, signIn } = await createTestApp({ jobs: true });
const officer = await signIn(['officer']);
const leader = await signIn(['leader']);
const agent = await signIn(['agent']);
const admin = await signIn(['admin']);

type Json = Record<string, unknown>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const send = (who: SignedIn, method: Method, url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return (response.statusCode === 204 ? null : response.json()) as T;
}
const fieldsOf = (response: Awaited<ReturnType<typeof send>>) => {
  expect(response.statusCode, response.body).toBe(400);
  return (response.json() as { errors: { field: string; message: string }[] }).errors;
};

const company = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛崂山政策测试科技有限公司', confirmDuplicate: true }), 201)).id;
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: company });
const [highTech] = await ctx.db.insert(tags).values({ name: '高新技术企业（测试）', nameKey: 'gxjsqy-policy-test', color: '#1677ff' }).returning();

const daysAgo = (n: number) => chinaDayOf(new Date(Date.now() - n * 86_400_000));
const guide = { guideTarget: '崂山区企业', guideConditions: '高新技术企业', guideAmount: '20 万元', guideHowToApply: '平台申报', guideContact: '0532-8899 1001' };
const basics = { title: '崂山区高新技术企业认定奖励办法', issuer: '青岛市崂山区科学技术局', level: 'district', issuedOn: daysAgo(1), documentNumber: '崂科发〔2026〕3号' };
type Detail = { id: string; state: string; guideDueAt: string; guidePublishedAt: string | null; guideStatus: string; items: { id: string; title: string; position: number }[]; actions: string[] };
const rule = { all: [{ kind: 'tags', tagIds: [highTech!.id], match: 'any' }, { kind: 'region', codes: ['370212'] }] };
const item = { title: '首次认定奖励', kind: 'award', delivery: 'automatic', rule, amountRule: { kind: 'fixed', amountWan: 20 } };

async function newPolicy(body: Json = {}) {
  return ok<Detail>(await send(officer, 'POST', '/api/policies', { ...basics, ...guide, ...body }), 201);
}

describe('the policy library', () => {
  it('creates, checks dates, publishes with an item and a whole guide, withdraws, and audits every write', async () => {
    const bad = fieldsOf(await send(officer, 'POST', '/api/policies', { ...basics, effectiveOn: '2026-05-01', expiresOn: '2026-04-30', applicationOpensOn: '2026-06-01', applicationClosesOn: '2026-05-01' }));
    expect(bad.map((error) => error.field).sort()).toEqual(['applicationClosesOn', 'expiresOn']);
    expect(fieldsOf(await send(officer, 'POST', '/api/policies', { ...basics, title: '政'.repeat(201) })).map((e) => e.field)).toEqual(['title']);

    const draft = await ok<Detail>(await send(officer, 'POST', '/api/policies', basics), 201);
    expect(draft).toMatchObject({ state: 'draft', guidePublishedAt: null, actions: ['edit', 'publish', 'delete'] });
    expect(await ok(await send(officer, 'POST', `/api/policies/${draft.id}/publish`), 409)).toMatchObject({ code: 'policy.publishNeedsItem' });
    await ok(await send(officer, 'POST', `/api/policies/${draft.id}/items`, item), 201);
    const missingGuide = fieldsOf(await send(officer, 'POST', `/api/policies/${draft.id}/publish`, undefined, 'en'));
    expect(missingGuide.map((error) => error.field)).toEqual(Object.keys(guide));
    expect(missingGuide[0]!.message).toBe('A published policy needs its whole guide; fill this in');

    await ok(await send(officer, 'PATCH', `/api/policies/${draft.id}`, guide));
    const published = await ok<Detail>(await send(officer, 'POST', `/api/policies/${draft.id}/publish`));
    const listed = (await ok<{ items: { id: string; itemCount: number }[] }>(await send(officer, 'GET', '/api/policies?pageSize=200'))).items.find((policy) => policy.id === draft.id);
    expect(listed).toMatchObject({ itemCount: 1 });
    expect(published).toMatchObject({ state: 'published', guideStatus: 'done', actions: ['edit', 'withdraw'] });
    expect(published.guidePublishedAt).not.toBeNull();
    // The rule's tag and region in words, for readers who may not call the tag and reference routes.
    expect((await ok<{ names: Json }>(await send(enterpriseUser, 'GET', `/api/policies/${draft.id}`))).names).toEqual({
      tags: { [highTech!.id]: '高新技术企业（测试）' },
      lists: {},
      industries: {},
      regions: { '370212': '崂山区' },
    });
    // A published policy keeps its guide and an item.
    expect(fieldsOf(await send(officer, 'PATCH', `/api/policies/${draft.id}`, { guideContact: '' })).map((e) => e.field)).toEqual(['guideContact']);
    expect(await ok(await send(officer, 'DELETE', `/api/policies/${draft.id}/items/${published.items[0]!.id}`), 409)).toMatchObject({ code: 'policy.publishNeedsItem' });
    expect(await ok(await send(officer, 'DELETE', `/api/policies/${draft.id}`), 409)).toMatchObject({ code: 'policy.onlyDraftsDeleted' });
    expect(await ok(await send(officer, 'POST', `/api/policies/${draft.id}/publish`), 409)).toMatchObject({ code: 'policy.wrongState' });

    expect(await ok<Detail>(await send(officer, 'POST', `/api/policies/${draft.id}/withdraw`))).toMatchObject({ state: 'withdrawn', actions: ['edit', 'publish'] });
    const trail = await ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, draft.id));
    expect(trail.map((event) => event.action)).toEqual(['create', 'update', 'publish', 'withdraw']);

    const other = await newPolicy({ title: '待删除的草稿' });
    await ok(await send(officer, 'DELETE', `/api/policies/${other.id}`), 204);
    await ok(await send(officer, 'GET', `/api/policies/${other.id}`), 404);
    expect(await ctx.db.select().from(timers).where(eq(timers.key, `policies.guide-due:${other.id}`))).toEqual([]);
  });

  it('lets only managers write, shows drafts to staff only, and answers 404 for them to an enterprise', async () => {
    const draft = await newPolicy({ title: '崂山区草稿政策（可见性）' });
    await ok(await send(agent, 'POST', '/api/policies', basics), 403);
    await ok(await send(enterpriseUser, 'PATCH', `/api/policies/${draft.id}`, { title: 'x' }), 403);
    await ok(await send(agent, 'POST', `/api/policies/${draft.id}/publish`), 403);
    await ok(await send(enterpriseUser, 'POST', '/api/policy-lists', { name: '名单' }), 403);
    expect(await ok<Detail>(await send(agent, 'GET', `/api/policies/${draft.id}`))).toMatchObject({ state: 'draft', actions: [] });
    await ok(await send(enterpriseUser, 'GET', `/api/policies/${draft.id}`), 404);
    await ok(await send(enterpriseUser, 'GET', '/api/policies/00000000-0000-4000-8000-000000000000'), 404);

    type Page = { items: { id: string; state: string }[]; total: number };
    const asked = await ok<Page>(await send(enterpriseUser, 'GET', '/api/policies?state=draft&pageSize=200'));
    expect(asked.items).toEqual([]);
    const seen = await ok<Page>(await send(enterpriseUser, 'GET', '/api/policies?pageSize=200'));
    expect(seen.items.every((policy) => policy.state === 'published')).toBe(true);
    expect((await ok<Page>(await send(agent, 'GET', `/api/policies?q=${encodeURIComponent('可见性')}`))).items.map((p) => p.id)).toEqual([draft.id]);

    await ok(await send(officer, 'POST', `/api/policies/${draft.id}/items`, item), 201);
    await ok(await send(officer, 'POST', `/api/policies/${draft.id}/publish`));
    expect(await ok<Detail>(await send(enterpriseUser, 'GET', `/api/policies/${draft.id}`))).toMatchObject({ state: 'published', actions: [] });
    expect((await ok<Page>(await send(enterpriseUser, 'GET', `/api/policies?q=${encodeURIComponent('可见性')}`))).items.map((p) => p.id)).toEqual([draft.id]);
  });
});

describe('benefit items', () => {
  it('refuse unknown tags, lists, industries and regions with a field message, and automatic delivery without a condition', async () => {
    const policy = await newPolicy({ title: '崂山区规则校验政策' });
    const unknown = '00000000-0000-4000-8000-000000000001';
    const errors = fieldsOf(
      await send(
        officer,
        'POST',
        `/api/policies/${policy.id}/items`,
        {
          ...item,
          rule: {
            all: [
              { kind: 'tags', tagIds: [highTech!.id, unknown], match: 'all' },
              { kind: 'list', listId: unknown },
              { kind: 'industry', codes: ['C396', 'C9999'] },
              { kind: 'region', codes: ['370212', '379999'] },
            ],
          },
        },
        'en',
      ),
    );
    expect(errors).toEqual([
      { field: 'rule.all.0.tagIds.1', message: 'No such tag' },
      { field: 'rule.all.1.listId', message: 'No such list' },
      { field: 'rule.all.2.codes.1', message: 'No industry has the code C9999' },
      { field: 'rule.all.3.codes.1', message: 'No region has the code 379999' },
    ]);
    expect(fieldsOf(await send(officer, 'POST', `/api/policies/${policy.id}/items`, { ...item, rule: { all: [] } }))).toEqual([
      { field: 'delivery', message: '免申即享须至少设置一个条件' },
    ]);
    expect(fieldsOf(await send(officer, 'POST', `/api/policies/${policy.id}/items`, { ...item, rule: { all: [{ kind: 'age' }] } })).map((e) => e.field)).toEqual(['rule.all.0']);

    const list = await ok<{ id: string }>(await send(officer, 'POST', '/api/policy-lists', { name: '崂山区瞪羚企业名单（测试）' }), 201);
    await ok(await send(officer, 'POST', `/api/policy-lists/${list.id}/members`, { enterpriseId: company }), 204);
    await ok(await send(officer, 'POST', `/api/policy-lists/${list.id}/members`, { enterpriseId: company }), 204);
    expect(await ok(await send(agent, 'GET', `/api/policy-lists/${list.id}/members`))).toMatchObject({ total: 1, items: [{ enterpriseId: company }] });
    const withList = { ...item, title: '瞪羚奖励', rule: { all: [{ kind: 'list', listId: list.id }] } };
    const added = await ok<Detail>(await send(officer, 'POST', `/api/policies/${policy.id}/items`, withList), 201);
    await ok<Detail>(await send(officer, 'POST', `/api/policies/${policy.id}/items`, { ...item, title: '第二项' }), 201);
    expect(await ok(await send(officer, 'DELETE', `/api/policy-lists/${list.id}`), 409)).toMatchObject({ code: 'policy.list.inUse' });

    const [first, second] = (await ok<Detail>(await send(officer, 'GET', `/api/policies/${policy.id}`))).items;
    expect([first!.title, second!.title]).toEqual(['瞪羚奖励', '第二项']);
    const reordered = await ok<Detail>(await send(officer, 'PUT', `/api/policies/${policy.id}/items/order`, { itemIds: [second!.id, first!.id] }));
    expect(reordered.items.map((i) => [i.title, i.position])).toEqual([['第二项', 0], ['瞪羚奖励', 1]]);
    expect(fieldsOf(await send(officer, 'PUT', `/api/policies/${policy.id}/items/order`, { itemIds: [second!.id] })).map((e) => e.field)).toEqual(['itemIds']);

    // An item of another policy answers 404, like a missing one.
    const elsewhere = await newPolicy({ title: '另一政策' });
    await ok(await send(officer, 'PATCH', `/api/policies/${elsewhere.id}/items/${added.items[0]!.id}`, { title: '偷改' }), 404);
    const changed = await ok<Detail>(await send(officer, 'PATCH', `/api/policies/${policy.id}/items/${first!.id}`, { title: '瞪羚企业奖励', delivery: 'application' }));
    expect(changed.items.map((i) => i.title)).toContain('瞪羚企业奖励');
    await ok(await send(officer, 'DELETE', `/api/policies/${policy.id}/items/${first!.id}`));
    await ok(await send(officer, 'DELETE', `/api/policy-lists/${list.id}`), 204);
  });
});

describe('the guide deadline', () => {
  it('is the close of the seventh working day after issue, counted across the National Day holiday and its make-up Saturday', async () => {
    // 2026-09-28 (Mon) to 30 are three days; 1–7 October are off; the 8th, 9th, Saturday the 10th (make-up) and Monday the 12th.
    const policy = await newPolicy({ title: '国庆前发布的政策', issuedOn: '2026-09-28' });
    expect(policy.guideDueAt).toBe('2026-10-12T09:30:00.000Z');
    const moved = await ok<Detail>(await send(officer, 'PATCH', `/api/policies/${policy.id}`, { issuedOn: '2026-10-09' }));
    // 9th, 10th (make-up), 12th–16th.
    expect(moved.guideDueAt).toBe('2026-10-16T09:30:00.000Z');
    const [timer] = await ctx.db.select().from(timers).where(eq(timers.key, `policies.guide-due:${policy.id}`));
    expect(timer!.fireAt.toISOString()).toBe('2026-10-16T09:30:00.000Z');
  });

  it('flags an overdue guide in the list, and tells the creator and managers once when its timer fires', async () => {
    const late = await newPolicy({ title: '指南逾期的政策', issuedOn: daysAgo(30), guideTarget: null });
    expect(late.guideStatus).toBe('overdue');
    type Page = { items: { id: string; guideStatus: string }[] };
    expect((await ok<Page>(await send(agent, 'GET', '/api/policies?guide=overdue&pageSize=200'))).items.map((p) => p.id)).toContain(late.id);
    expect((await ok<Page>(await send(agent, 'GET', '/api/policies?guide=onTime&pageSize=200'))).items.map((p) => p.id)).not.toContain(late.id);

    const handlers = new Map(Object.entries(policyTimerHandlers));
    await sweepTimers(ctx.db, handlers, ctx);
    await sweepTimers(ctx.db, handlers, ctx);
    const told = async (userId: string) =>
      ctx.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, 'policy.guide-overdue'), eq(notifications.recordId, late.id)));
    expect(await told(officer.userId)).toHaveLength(1);
    expect(await told(leader.userId)).toHaveLength(1);
    expect(await told(agent.userId)).toHaveLength(0);
    const inbox = await ok<{ items: { text: string; link: string }[] }>(await send(officer, 'GET', '/api/notifications', undefined, 'en'));
    expect(inbox.items).toContainEqual(expect.objectContaining({ text: 'The guide to “指南逾期的政策” is still not out 7 working days after the policy was issued', link: `/policies/${late.id}` }));
  });
});

describe('lists, merges and races', () => {
  it("moves a merged-away enterprise's places on lists to the survivor", async () => {
    const list = await ok<{ id: string }>(await send(officer, 'POST', '/api/policy-lists', { name: '合并测试名单' }), 201);
    const survivor = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛合并存续科技有限公司', confirmDuplicate: true }), 201)).id;
    const duplicate = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛合并重复科技有限公司', confirmDuplicate: true }), 201)).id;
    await ok(await send(officer, 'POST', `/api/policy-lists/${list.id}/members`, { enterpriseId: duplicate }), 204);
    await ok(await send(admin, 'POST', `/api/enterprises/${survivor}/merge`, { duplicateId: duplicate }));
    const members = await ok<{ items: { enterpriseId: string }[] }>(await send(officer, 'GET', `/api/policy-lists/${list.id}/members`));
    expect(members.items.map((member) => member.enterpriseId)).toEqual([survivor]);
    const lists = await ok<{ items: { id: string; memberCount: number }[] }>(await send(officer, 'GET', '/api/policy-lists'));
    expect(lists.items.find((one) => one.id === list.id)).toMatchObject({ memberCount: 1 });
  });

  it('gives items added at once distinct places, and reads a published policy\'s files to its readers only', async () => {
    const policy = await newPolicy({ title: '并发添加事项的政策' });
    await Promise.all(['一', '二', '三', '四'].map((n) => send(officer, 'POST', `/api/policies/${policy.id}/items`, { ...item, title: `事项${n}` })));
    const positions = (await ok<Detail>(await send(officer, 'GET', `/api/policies/${policy.id}`))).items.map((i) => i.position);
    expect(positions).toEqual([0, 1, 2, 3]);

    const reader = { id: enterpriseUser.userId, permissions: ['policy.browse'] } as never;
    const staff = { id: agent.userId, permissions: ['policy.read'] } as never;
    const manager = { id: officer.userId, permissions: ['policy.read', 'policy.manage'] } as never;
    expect([...(await policyAttachmentKind.policy.canRead(ctx.db, reader, [policy.id, 'not-a-uuid']))]).toEqual([]);
    expect([...(await policyAttachmentKind.policy.canRead(ctx.db, staff, [policy.id]))]).toEqual([policy.id]);
    expect([...(await policyAttachmentKind.policy.canAttach(ctx.db, staff, [policy.id]))]).toEqual([]);
    await ok(await send(officer, 'POST', `/api/policies/${policy.id}/publish`));
    expect([...(await policyAttachmentKind.policy.canRead(ctx.db, reader, [policy.id]))]).toEqual([policy.id]);
    expect([...(await policyAttachmentKind.policy.canAttach(ctx.db, manager, [policy.id]))]).toEqual([policy.id]);
  });
});
