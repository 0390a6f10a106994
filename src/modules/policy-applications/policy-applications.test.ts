import { and, count, eq, like, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdf } from '../../platform/attachments/attachments-test-app.ts';
import { users } from '../../platform/auth/schema.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { timers } from '../../platform/timers/schema.ts';
import { sweepTimers } from '../../platform/timers/sweep-timers.ts';
import { timerHandlerTableOf } from '../../server/compose.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { enterpriseFigures } from '../enterprises/schema.ts';
import { policyPermissions } from '../policies/permissions.ts';
import { policies, policyBenefitItems } from '../policies/schema.ts';
import { refreshApplicationClock } from './application-clock.ts';
import { handlerOf } from './application-workflow.ts';
import { policyApplicationsModule } from './module.ts';
import { policyApplicationPermissions } from './permissions.ts';
import { policyApplications, policyPayouts } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const { db } = ctx;
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);
const agent = await signIn(['agent']);

type Json = Record<string, unknown>;
type Detail = {
  id: string;
  number: string;
  state: string;
  actions: string[];
  dueAt: string | null;
  warnAt: string | null;
  snapshot: { name: string; figures: { year: number; indicator: string; value: number | null }[] };
  requiredFiles: { name: string; files: { attachmentId: string }[] }[];
  payout: { amountWan: number; paidOn: string; mode: string } | null;
  history: { action: string }[];
  mayRate: boolean;
  returnReasons: string | null;
  handlerName: string | null;
};
const send = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Detail>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const newEnterprise = async (name: string) => (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true }), 201)).id;

const thisYear = Number(chinaToday().slice(0, 4));
const policyId = (
  await db
    .insert(policies)
    .values({ title: '崂山区研发投入奖励办法（测试）', issuer: '崂山区科技局', level: 'district', issuedOn: '2026-01-05', guideDueAt: new Date(), state: 'published' })
    .returning()
)[0]!.id;
const addItem = async (values: Partial<typeof policyBenefitItems.$inferInsert> = {}) =>
  (
    await db
      .insert(policyBenefitItems)
      .values({
        policyId,
        title: '研发费用补助',
        kind: 'subsidy',
        delivery: 'application',
        rule: { all: [{ kind: 'indicator', indicator: 'rdSpending', year: { kind: 'yearsBack', years: 1 }, comparison: 'gte', value: 100 }] },
        amountRule: { kind: 'share', indicator: 'rdSpending', year: { kind: 'yearsBack', years: 1 }, percent: 10, capWan: 50 },
        requiredFiles: ['营业执照', '研发费用专项审计报告'],
        ...values,
      })
      .returning()
  )[0]!.id;
const itemId = await addItem();

const company = await newEnterprise('青岛海研智能科技有限公司（申报测试）');
const otherCompany = await newEnterprise('青岛澜涛新材料有限公司（申报测试）');
await db.insert(enterpriseFigures).values({ enterpriseId: company, year: thisYear - 1, indicator: 'rdSpending', value: 320 });
const applicant = await signIn(['enterprise'], { enterpriseId: company });
const colleague = await signIn(['enterprise'], { enterpriseId: company });
const outsider = await signIn(['enterprise'], { enterpriseId: otherCompany });

async function upload(who: SignedIn, applicationId: string, fileName: string): Promise<string> {
  const { payload, contentType } = multipartForm([
    { name: 'kind', value: 'policy-application' },
    { name: 'recordId', value: applicationId },
    { name: 'file', fileName, content: pdf },
  ]);
  const response = await app.inject({ method: 'POST', url: '/api/attachments', headers: { ...who.headers, 'content-type': contentType }, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}
const act = (who: SignedIn, id: string, action: string, body?: Json) => send(who, 'POST', `/api/policy-applications/${id}/actions/${action}`, body ?? {});
const start = async (who: SignedIn, item = itemId) => ok(await send(who, 'POST', '/api/policy-applications', { itemId: item, idempotencyKey: randomUUID() }), 201);
async function submitted(who: SignedIn, item = itemId): Promise<Detail> {
  const draft = await start(who, item);
  const licence = await upload(who, draft.id, '营业执照.pdf');
  const audit = await upload(who, draft.id, '审计报告.pdf');
  return ok(
    await act(who, draft.id, 'submit', {
      files: [
        { requiredFile: '营业执照', attachmentId: licence },
        { requiredFile: '研发费用专项审计报告', attachmentId: audit },
      ],
    }),
  );
}
const noticesOf = async (userId: string, kind: string) =>
  (await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind))))[0]!.n;
/** The users told of the application with a notice of the kind, in order. */
const toldOf = async (id: string, kind: string) =>
  (await db.select({ userId: notifications.userId }).from(notifications).where(and(eq(notifications.recordId, id), eq(notifications.kind, kind))))
    .map((row) => row.userId)
    .sort();
const pendingTimers = async (id: string) =>
  db
    .select({ key: timers.key })
    .from(timers)
    .where(and(like(timers.key, `policy-application:${id}:%`), sql`${timers.firedAt} IS NULL`));

describe('applying', () => {
  it('pre-fills from the master record and keeps the figures the item reads on the application', async () => {
    const prefill = await ok<{ snapshot: Detail['snapshot']; item: { requiredFiles: string[] }; suggestedAmountWan: number | null; openApplicationId: string | null }>(
      await send(applicant, 'GET', `/api/policy-applications/prefill?item=${itemId}`),
    );
    expect(prefill.snapshot).toMatchObject({ name: '青岛海研智能科技有限公司（申报测试）', figures: [{ year: thisYear - 1, indicator: 'rdSpending', value: 320 }] });
    expect(prefill.item.requiredFiles).toEqual(['营业执照', '研发费用专项审计报告']);
    // 10 % of last year's 320 万元 R&D spending, under the 50 万元 cap.
    expect(prefill.suggestedAmountWan).toBe(32);
    const draft = await start(applicant);
    expect(draft.number).toMatch(/^ZC-\d{4}-\d{6}$/);
    expect(draft).toMatchObject({ state: 'draft', dueAt: null });
    // A later change of the record leaves the application as it was submitted.
    await db.update(enterpriseFigures).set({ value: 10 }).where(eq(enterpriseFigures.enterpriseId, company));
    expect((await ok(await send(applicant, 'GET', `/api/policy-applications/${draft.id}`))).snapshot.figures[0]!.value).toBe(320);
    await db.update(enterpriseFigures).set({ value: 320 }).where(eq(enterpriseFigures.enterpriseId, company));
    expect((await ok<{ openApplicationId: string }>(await send(applicant, 'GET', `/api/policy-applications/prefill?item=${itemId}`))).openApplicationId).toBe(draft.id);
    await ok(await act(applicant, draft.id, 'withdraw'));
  });

  it('answers the same key with one application, and one open application per item even at once', async () => {
    const item = await addItem({ title: '高企认定奖励' });
    const key = randomUUID();
    const twice = await Promise.all([0, 1, 2].map(() => send(applicant, 'POST', '/api/policy-applications', { itemId: item, idempotencyKey: key })));
    expect(twice.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(twice.map((r) => r.json().id)).size).toBe(1);
    const first = twice[0]!.json().id as string;
    const others = await Promise.all([0, 1].map(() => send(colleague, 'POST', '/api/policy-applications', { itemId: item, idempotencyKey: randomUUID() })));
    expect(others.map((r) => r.statusCode)).toEqual([409, 409]);
    expect(others[0]!.json()).toMatchObject({ code: 'policyApplication.alreadyOpen', applicationId: first });
    const [open] = await db.select({ n: count() }).from(policyApplications).where(eq(policyApplications.itemId, item));
    expect(open!.n).toBe(1);
    // Withdrawn, the item may be applied for again.
    await ok(await act(applicant, first, 'withdraw'));
    await start(colleague, item);
  });

  it('refuses automatic items, unpublished ones and staff applying', async () => {
    const automatic = await addItem({ title: '规上企业首次入统奖励', delivery: 'automatic' });
    const refused = await send(applicant, 'POST', '/api/policy-applications', { itemId: automatic, idempotencyKey: randomUUID() });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toBe('该事项免申即享，无需申请，符合条件的企业将直接兑现');
    expect((await send(officer, 'POST', '/api/policy-applications', { itemId, idempotencyKey: randomUUID() })).statusCode).toBe(403);
  });

  it('names every required file on submission', async () => {
    const draft = await start(applicant, await addItem({ title: '知识产权资助' }));
    const licence = await upload(applicant, draft.id, '营业执照.pdf');
    const missing = await act(applicant, draft.id, 'submit', { files: [{ requiredFile: '营业执照', attachmentId: licence }] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ field: 'files', message: '请上传“研发费用专项审计报告”' }));
    // A file of another application is not this one's.
    const foreign = await submitted(applicant, await addItem({ title: '首台套奖励' }));
    const stolen = await act(applicant, draft.id, 'submit', {
      files: [
        { requiredFile: '营业执照', attachmentId: licence },
        { requiredFile: '研发费用专项审计报告', attachmentId: foreign.requiredFiles[0]!.files[0]!.attachmentId },
      ],
    });
    expect(stolen.statusCode).toBe(400);
  });
});

describe('the workflow', () => {
  it('goes 已提交 → 受理 → 审核 → 公示 → 兑现, telling the enterprise at each step, and the enterprise rates it', async () => {
    const application = await submitted(applicant);
    expect(application.state).toBe('submitted');
    expect(application.dueAt).not.toBeNull();
    expect(await noticesOf(officer.userId, 'policy-application.received')).toBeGreaterThanOrEqual(1);
    expect(await noticesOf(colleague.userId, 'policy-application.submit')).toBeGreaterThanOrEqual(1);
    // The enterprise may not review its own, staff without the permission may not either; a wrong state is 409.
    expect((await act(applicant, application.id, 'accept')).statusCode).toBe(403);
    expect((await act(agent, application.id, 'accept')).statusCode).toBe(403);
    expect((await act(officer, application.id, 'publicize', { noticeEndsOn: chinaToday() })).statusCode).toBe(409);
    await ok(await act(officer, application.id, 'accept'));
    expect((await act(applicant, application.id, 'rate')).statusCode).toBe(404);
    const approved = await ok(await act(officer, application.id, 'approve', { approvedAmountWan: 32 }));
    expect(approved.actions).toEqual(expect.arrayContaining(['publicize', 'reject']));
    expect((await act(applicant, application.id, 'withdraw')).statusCode).toBe(409);
    await ok(await act(officer, application.id, 'publicize', { noticeEndsOn: chinaToday() }));
    // The voucher is a file on the application; one of another record is refused.
    const voucher = await upload(officer, application.id, '拨付凭证.pdf');
    const paid = await ok(await act(officer, application.id, 'pay', { paidOn: chinaToday(), evidenceFileId: voucher }));
    expect(paid).toMatchObject({ state: 'paid', dueAt: null, mayRate: false, payout: { amountWan: 32, paidOn: chinaToday(), mode: 'application' } });
    expect(paid.history.map((h) => h.action)).toEqual(['start', 'submit', 'accept', 'approve', 'publicize', 'pay']);
    expect(await pendingTimers(application.id)).toEqual([]);
    for (const step of ['accept', 'approve', 'publicize', 'pay']) expect(await noticesOf(applicant.userId, `policy-application.${step}`)).toBeGreaterThanOrEqual(1);

    const mine = await ok(await send(applicant, 'GET', `/api/policy-applications/${application.id}`));
    expect(mine.mayRate).toBe(true);
    await ok(await send(applicant, 'POST', `/api/policy-applications/${application.id}/rating`, { rating: 5, comment: '兑现及时' }));
    expect((await send(applicant, 'POST', `/api/policy-applications/${application.id}/rating`, { rating: 4 })).statusCode).toBe(409);
    expect((await send(officer, 'POST', `/api/policy-applications/${application.id}/rating`, { rating: 1 })).statusCode).toBe(403);

    // The payout counts in the benefits and shows on the timeline, to staff and to the enterprise's own users.
    const benefits = await ok<{ totalWan: number; byYear: { year: number; amountWan: number }[]; payouts: { items: { amountWan: number }[] } }>(
      await send(applicant, 'GET', `/api/enterprises/${company}/policy-benefits`),
    );
    expect(benefits.totalWan).toBeGreaterThanOrEqual(32);
    expect(benefits.payouts.items.some((p) => p.amountWan === 32)).toBe(true);
    for (const reader of [applicant, officer]) {
      const timeline = await ok<{ items: { kind: string; title: string }[] }>(await send(reader, 'GET', `/api/enterprises/${company}/timeline`));
      expect(timeline.items).toContainEqual(expect.objectContaining({ kind: 'policy-payout', title: '政策兑现（快申快享）' }));
      expect(timeline.items).toContainEqual(expect.objectContaining({ kind: 'policy-application', title: '政策申请：兑现' }));
    }
  });

  it('returns with reasons, pausing the clock, and takes the corrected application again; rejects with a reason', async () => {
    const application = await submitted(applicant, await addItem({ title: '人才住房补贴' }));
    const returned = await ok(await act(officer, application.id, 'return', { reasons: '审计报告缺少盖章页' }));
    expect(returned).toMatchObject({ state: 'returned', returnReasons: '审计报告缺少盖章页', dueAt: null, warnAt: null });
    expect(await pendingTimers(application.id)).toEqual([]);
    expect((await act(officer, application.id, 'return', {})).statusCode).toBe(409);
    const again = await ok(await act(applicant, application.id, 'resubmit', { files: returned.requiredFiles.map((f) => ({ requiredFile: f.name, attachmentId: f.files[0]!.attachmentId })) }));
    expect(again).toMatchObject({ state: 'submitted', returnReasons: null });
    expect(new Date(again.dueAt!).getTime()).toBeGreaterThanOrEqual(new Date(application.dueAt!).getTime());
    expect((await pendingTimers(application.id)).map((t) => t.key).sort()).toEqual([`policy-application:${application.id}:overdue`, `policy-application:${application.id}:warning`]);
    const missingReason = await act(officer, application.id, 'reject', {});
    expect(missingReason.statusCode).toBe(400);
    const rejected = await ok(await act(officer, application.id, 'reject', { reason: '研发投入未达门槛' }));
    expect(rejected).toMatchObject({ state: 'rejected', dueAt: null });
    expect(await pendingTimers(application.id)).toEqual([]);
    expect(await noticesOf(applicant.userId, 'policy-application.reject')).toBeGreaterThanOrEqual(1);
  });
});

describe('own only', () => {
  it("answers 404 for another enterprise's applications, files and benefits", async () => {
    const application = await submitted(applicant, await addItem({ title: '专精特新奖励' }));
    expect((await send(outsider, 'GET', `/api/policy-applications/${application.id}`)).statusCode).toBe(404);
    expect((await act(outsider, application.id, 'withdraw')).statusCode).toBe(404);
    expect((await send(outsider, 'POST', `/api/policy-applications/${application.id}/rating`, { rating: 1 })).statusCode).toBe(404);
    const file = application.requiredFiles[0]!.files[0]!.attachmentId;
    expect((await send(outsider, 'GET', `/api/attachments/${file}/content`)).statusCode).toBe(404);
    expect((await send(applicant, 'GET', `/api/attachments/${file}/content`)).statusCode).toBe(200);
    expect((await send(outsider, 'GET', `/api/enterprises/${company}/policy-benefits`)).statusCode).toBe(404);
    const theirs = await ok<{ items: { id: string }[] }>(await send(outsider, 'GET', '/api/policy-applications'));
    expect(theirs.items.map((a) => a.id)).not.toContain(application.id);
    const staff = await ok<{ items: { id: string }[] }>(await send(officer, 'GET', `/api/policy-applications?enterpriseId=${company}&state=submitted`));
    expect(staff.items.map((a) => a.id)).toContain(application.id);
  });
});

describe('the 60-working-day clock', () => {
  it('is due 60 working days after submission on the working calendar, across 中秋 and 国庆', async () => {
    const application = await submitted(applicant, await addItem({ title: '数字化改造补助' }));
    const [row] = await db
      .update(policyApplications)
      .set({ submittedAt: new Date('2026-09-01T09:00:00+08:00') })
      .where(eq(policyApplications.id, application.id))
      .returning();
    await db.transaction(async (tx) => refreshApplicationClock(tx, await readBusinessCalendar(db), row!));
    const [clock] = await db.select({ warnAt: policyApplications.warnAt, dueAt: policyApplications.dueAt }).from(policyApplications).where(eq(policyApplications.id, application.id));
    // 45 and 60 working days counted from 1 September: the holidays of 25–27 September and 1–7 October left out, 10 October worked.
    expect(clock!.warnAt).toEqual(new Date('2026-11-06T17:30:00+08:00'));
    expect(clock!.dueAt).toEqual(new Date('2026-11-27T17:30:00+08:00'));
    await ok(await act(applicant, application.id, 'withdraw'));
    expect(await pendingTimers(application.id)).toEqual([]);
  });

  const clockHandlers = timerHandlerTableOf([policyApplicationsModule]);
  /** Moves the application's submission 200 days back, so that its warning and its due instant have both passed. */
  async function backdate(id: string): Promise<void> {
    const [row] = await db
      .update(policyApplications)
      .set({ submittedAt: new Date(Date.now() - 200 * 86_400_000) })
      .where(eq(policyApplications.id, id))
      .returning();
    await db.transaction(async (tx) => refreshApplicationClock(tx, await readBusinessCalendar(db), row!));
  }
  const reviewers = async () => (await usersHoldingPermission(db, policyApplicationPermissions, 'policyApplication.review')).sort();
  const reviewersAndManagers = async (handler?: string) =>
    [...new Set([...(handler ? [handler] : await reviewers()), ...(await usersHoldingPermission(db, policyPermissions, 'policy.manage'))])].sort();

  it('warns the reviewers and flags it overdue once each, and cancels what is left when paid', async () => {
    const application = await submitted(applicant, await addItem({ title: '技术改造奖励' }));
    await backdate(application.id);
    const before = { warning: await noticesOf(officer.userId, 'policy-application.warning'), overdue: await noticesOf(admin.userId, 'policy-application.overdue') };
    await sweepTimers(db, clockHandlers, ctx);
    await sweepTimers(db, clockHandlers, ctx);
    expect(await noticesOf(officer.userId, 'policy-application.warning')).toBe(before.warning + 1);
    expect(await noticesOf(admin.userId, 'policy-application.overdue')).toBe(before.overdue + 1);
    const overdue = await ok<{ items: { id: string; overdue: boolean }[] }>(await send(officer, 'GET', '/api/policy-applications?overdue=true&pageSize=200'));
    expect(overdue.items).toContainEqual(expect.objectContaining({ id: application.id, overdue: true }));

    const fresh = await submitted(applicant, await addItem({ title: '首次入统奖励' }));
    expect(await pendingTimers(fresh.id)).toHaveLength(2);
    await ok(await act(officer, fresh.id, 'accept'));
    await ok(await act(officer, fresh.id, 'approve', { approvedAmountWan: 10 }));
    await ok(await act(officer, fresh.id, 'publicize', { noticeEndsOn: chinaToday() }));
    await ok(await act(officer, fresh.id, 'pay', { paidOn: chinaToday(), evidenceFileId: await upload(officer, fresh.id, '凭证.pdf') }));
    expect(await pendingTimers(fresh.id)).toEqual([]);
    const [payouts] = await db.select({ n: count() }).from(policyPayouts).where(eq(policyPayouts.applicationId, fresh.id));
    expect(payouts!.n).toBe(1);
  });

  it('warns only its handler, the reviewer who accepted it, and flags it overdue to the handler and the policy managers', async () => {
    const handler = await signIn(['officer'], { username: 'handler-wang' });
    const otherReviewer = await signIn(['officer']);
    const application = await submitted(applicant, await addItem({ title: '首问负责测试奖励' }));
    expect(application.handlerName).toBeNull();
    await ok(await act(handler, application.id, 'accept'));
    expect((await ok(await send(otherReviewer, 'GET', `/api/policy-applications/${application.id}`))).handlerName).toBe('handler-wang');
    await backdate(application.id);
    await sweepTimers(db, clockHandlers, ctx);
    expect(await toldOf(application.id, 'policy-application.warning')).toEqual([handler.userId]);
    expect(await toldOf(application.id, 'policy-application.overdue')).toEqual(await reviewersAndManagers(handler.userId));
  });

  it('warns every reviewer while nobody has accepted it', async () => {
    const otherReviewer = await signIn(['officer']);
    const application = await submitted(applicant, await addItem({ title: '待受理测试奖励' }));
    await backdate(application.id);
    await sweepTimers(db, clockHandlers, ctx);
    const warned = await toldOf(application.id, 'policy-application.warning');
    expect(warned).toEqual(await reviewers());
    expect(warned).toEqual(expect.arrayContaining([officer.userId, otherReviewer.userId]));
    expect(await toldOf(application.id, 'policy-application.overdue')).toEqual(await reviewersAndManagers());
  });

  it('falls back to the reviewers when its handler is disabled or no longer reviews', async () => {
    const disabledHandler = await signIn(['officer']);
    const movedHandler = await signIn(['officer']);
    const ofDisabled = await submitted(applicant, await addItem({ title: '停用受理人测试奖励' }));
    const ofMoved = await submitted(applicant, await addItem({ title: '转岗受理人测试奖励' }));
    await ok(await act(disabledHandler, ofDisabled.id, 'accept'));
    await ok(await act(movedHandler, ofMoved.id, 'accept'));
    await db.update(users).set({ disabled: true }).where(eq(users.id, disabledHandler.userId));
    await db.update(users).set({ roles: ['agent'] }).where(eq(users.id, movedHandler.userId));
    await backdate(ofDisabled.id);
    await backdate(ofMoved.id);
    await sweepTimers(db, clockHandlers, ctx);
    for (const application of [ofDisabled, ofMoved]) {
      expect(await toldOf(application.id, 'policy-application.warning')).toEqual(await reviewers());
      expect(await toldOf(application.id, 'policy-application.overdue')).toEqual(await reviewersAndManagers());
    }
    expect(await toldOf(ofDisabled.id, 'policy-application.warning')).not.toContain(disabledHandler.userId);
    expect(await toldOf(ofMoved.id, 'policy-application.warning')).not.toContain(movedHandler.userId);
  });
});

describe('the handler (受理人)', () => {
  const step = (action: string, actorId: string) => ({ action, actorId });
  it.each([
    { case: 'not yet accepted', history: [step('start', 'e'), step('submit', 'e')], handler: null },
    { case: 'accepted', history: [step('submit', 'e'), step('accept', 'a'), step('approve', 'b')], handler: 'a' },
    { case: 'returned before acceptance', history: [step('submit', 'e'), step('return', 'a'), step('resubmit', 'e')], handler: null },
    { case: 'resubmitted after acceptance', history: [step('submit', 'e'), step('accept', 'a'), step('return', 'a'), step('resubmit', 'e')], handler: 'a' },
    { case: 'accepted again by another', history: [step('accept', 'a'), step('return', 'a'), step('resubmit', 'e'), step('accept', 'b')], handler: 'b' },
  ])('is the reviewer of the latest acceptance: $case', ({ history, handler }) => {
    expect(handlerOf(history)?.actorId ?? null).toBe(handler);
  });
});

describe('免申即享', () => {
  it('lists the data-qualified enterprises with their amounts, confirms the list and pays each once per year without application', async () => {
    const automatic = await addItem({
      title: '规上工业企业产值奖励',
      delivery: 'automatic',
      rule: { all: [{ kind: 'indicator', indicator: 'outputValue', year: { kind: 'fixed', year: 2025 }, comparison: 'gte', value: 5000 }] },
      amountRule: { kind: 'share', indicator: 'outputValue', year: { kind: 'fixed', year: 2025 }, percent: 1, capWan: 70 },
      requiredFiles: [],
    });
    const large = await newEnterprise('青岛海川装备制造有限公司（免申测试）');
    const middle = await newEnterprise('青岛澜川电子有限公司（免申测试）');
    const small = await newEnterprise('青岛小川五金有限公司（免申测试）');
    await db.insert(enterpriseFigures).values([
      { enterpriseId: large, year: 2025, indicator: 'outputValue', value: 8000 },
      { enterpriseId: middle, year: 2025, indicator: 'outputValue', value: 6000 },
      { enterpriseId: small, year: 2025, indicator: 'outputValue', value: 3000 },
    ]);
    const largeUser = await signIn(['enterprise'], { enterpriseId: large });
    type Listed = { items: { enterpriseId: string; amountWan: number | null; paid: unknown }[]; confirmation: unknown };
    const list = await ok<Listed>(await send(officer, 'GET', `/api/policy-items/${automatic}/qualified-list?pageSize=200`));
    expect(list.confirmation).toBeNull();
    expect(list.items).toEqual(
      expect.arrayContaining([
        { enterpriseId: large, name: '青岛海川装备制造有限公司（免申测试）', amountWan: 70, paid: null },
        { enterpriseId: middle, name: '青岛澜川电子有限公司（免申测试）', amountWan: 60, paid: null },
      ]),
    );
    expect(list.items.map((entry) => entry.enterpriseId)).not.toContain(small);
    expect((await send(largeUser, 'GET', `/api/policy-items/${automatic}/qualified-list`)).statusCode).toBe(403);
    expect((await send(officer, 'GET', `/api/policy-items/${itemId}/qualified-list`)).statusCode).toBe(400);

    expect((await send(agent, 'POST', `/api/policy-items/${automatic}/qualified-list/confirm`)).statusCode).toBe(403);
    const confirmation = await ok<{ id: string; enterprises: { enterpriseId: string; amountWan: number }[] }>(
      await send(officer, 'POST', `/api/policy-items/${automatic}/qualified-list/confirm`),
      201,
    );
    expect(confirmation.enterprises).toEqual(expect.arrayContaining([expect.objectContaining({ enterpriseId: large, amountWan: 70 })]));

    const pay = (payouts: Json[]) => send(officer, 'POST', `/api/policy-items/${automatic}/automatic-payouts`, { confirmationId: confirmation.id, paidOn: chinaToday(), payouts });
    expect((await pay([{ enterpriseId: small }])).statusCode).toBe(400);
    const both = await Promise.all([pay([{ enterpriseId: large }, { enterpriseId: middle, amountWan: 55 }]), pay([{ enterpriseId: large }])]);
    const recorded = both.flatMap((response) => (response.json() as { recorded: { enterpriseId: string; amountWan: number }[] }).recorded);
    expect(recorded.filter((payout) => payout.enterpriseId === large)).toEqual([expect.objectContaining({ amountWan: 70 })]);
    expect(recorded.filter((payout) => payout.enterpriseId === middle)).toEqual([expect.objectContaining({ amountWan: 55 })]);
    const again = await ok<{ recorded: unknown[]; alreadyPaid: string[] }>(await pay([{ enterpriseId: large }]));
    expect(again).toEqual({ recorded: [], alreadyPaid: [large] });

    const paidList = await ok<Listed>(await send(officer, 'GET', `/api/policy-items/${automatic}/qualified-list?pageSize=200`));
    expect(paidList.items.find((entry) => entry.enterpriseId === large)!.paid).toMatchObject({ amountWan: 70, mode: 'automatic' });
    expect(await noticesOf(largeUser.userId, 'policy-payout.automatic')).toBe(1);
    const benefits = await ok<{ totalWan: number }>(await send(largeUser, 'GET', `/api/enterprises/${large}/policy-benefits`));
    expect(benefits.totalWan).toBe(70);
    const timeline = await ok<{ items: { kind: string; title: string }[] }>(await send(largeUser, 'GET', `/api/enterprises/${large}/timeline`));
    expect(timeline.items).toContainEqual(expect.objectContaining({ kind: 'policy-payout', title: '政策兑现（免申即享）' }));
  });
});
