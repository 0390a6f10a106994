import { and, count, eq, sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEvents } from '../audit/schema.ts';
import { definePermissions } from '../auth/permissions.ts';
import { connectDatabase, type DbOrTx } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';
import { defineMessages } from '../i18n/messages.ts';
import { defineModule } from '../../server/module.ts';
import { modules } from '../../server/modules.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { allowedActions } from './allowed-actions.ts';
import { applyTransition, type VerifyAttachments } from './apply-transition.ts';
import { startWorkflow } from './start-workflow.ts';
import { timeInStates } from './time-in-states.ts';
import { transitionTimelineSource } from './transition-timeline.ts';
import { transitionsOf } from './transitions-of.ts';
import { defineWorkflow, type WorkflowActor, type WorkflowSubject } from './workflow.ts';
import { workflowActorOf } from './workflow-actor.ts';

// A small service desk declared the way a module would: its table, its workflow, a route that takes an action and
// its transitions on the enterprise timeline.
const testTickets = pgTable('test_tickets', {
  id: uuid('id').primaryKey().defaultRandom(),
  enterpriseId: uuid('enterprise_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  title: text('title').notNull(),
  state: text('state').notNull(),
});
type Ticket = typeof testTickets.$inferSelect;

const ticketWorkflow = defineWorkflow({
  name: 'test-ticket',
  states: ['open', 'in_progress', 'resolved', 'closed'],
  initial: 'open',
  transitions: {
    take: { from: ['open'], to: 'in_progress', permission: 'test-ticket.handle' },
    resolve: {
      from: ['in_progress'],
      to: 'resolved',
      permission: 'test-ticket.handle',
      evidence: z.object({
        resolution: z.string().trim().min(1).max(500),
        hours: z.number().positive(),
        resolvedOn: z.iso.date(),
        attachmentIds: z.array(z.uuid()).max(5).default([]),
      }),
      attachmentFields: ['attachmentIds'],
    },
    close: { from: ['resolved'], to: 'closed', guard: (actor, ticket: Ticket) => ticket.ownerId === actor.id },
    reopen: {
      from: ['resolved'],
      to: 'open',
      guard: (actor, ticket: Ticket) => ticket.ownerId === actor.id,
      evidence: z.object({ reason: z.string().trim().min(1) }),
    },
  },
});
const ticketSubject = { kind: 'test-ticket', table: testTickets, id: 'id', state: 'state' } satisfies WorkflowSubject<typeof testTickets>;

/** Attachments this test knows, by the record they belong to; the verifier refuses any other. */
const attachmentsOf = new Map<string, Set<string>>();
const verifyAttachments: VerifyAttachments = async (_db, { recordId, attachmentIds }) =>
  attachmentIds.filter((id) => !attachmentsOf.get(recordId)?.has(id));

defineMessages({
  'test-ticket.timeline.start': { 'zh-CN': '工单已创建', 'zh-TW': '工單已建立', en: 'Ticket opened' },
  'test-ticket.timeline.resolve': { 'zh-CN': '工单已解决', 'zh-TW': '工單已解決', en: 'Ticket resolved' },
});

const ticketModule = defineModule({
  name: 'test-tickets',
  permissions: definePermissions({ 'test-ticket.read': ['operator', 'enterprise'], 'test-ticket.handle': ['operator'] }),
  routes: async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post('/api/test-tickets/:id/actions/:action', {
      config: { permission: 'test-ticket.read' },
      schema: {
        params: z.object({ id: z.uuid(), action: z.string() }),
        body: z.record(z.string(), z.unknown()).nullish(),
        response: { 200: z.object({ state: z.string(), actions: z.array(z.string()) }), ...problemResponses },
      },
      handler: async (request) => {
        const actor = workflowActorOf(request);
        const { record } = await applyTransition(app.ctx.db, ticketWorkflow, ticketSubject, {
          recordId: request.params.id,
          action: request.params.action,
          actor,
          evidence: request.body,
          verifyAttachments,
        });
        return { state: record.state, actions: allowedActions(ticketWorkflow, actor, record.state, record) };
      },
    });
  },
  timelineSources: [
    transitionTimelineSource(ticketWorkflow, ticketSubject, {
      titlePrefix: 'test-ticket.timeline',
      recordIds: (enterpriseIds) => sql`SELECT id::text FROM test_tickets WHERE enterprise_id::text IN ${enterpriseIds}`,
    }),
  ],
});

const { app, ctx, signIn } = await createTestApp({ modules: [...modules, ticketModule] });
await ctx.db.execute(sql`CREATE TABLE test_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(), enterprise_id uuid NOT NULL, owner_id uuid NOT NULL,
  title text NOT NULL, state text NOT NULL)`);

const admin = await signIn(['admin']);
const enterpriseId = (
  await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: '青岛工单测试科技有限公司' } })
).json().id as string;
const operator = await signIn(['operator'], { username: 'desk-operator' });
const owner = await signIn(['enterprise'], { enterpriseId, username: 'ticket-owner' });
const colleague = await signIn(['enterprise'], { enterpriseId });

// The same users as actors of transitions made without a request.
const ownerActor: WorkflowActor = { id: owner.userId, name: 'ticket-owner', permissions: ['test-ticket.read'], enterpriseId };
const operatorActor: WorkflowActor = { id: operator.userId, name: 'desk-operator', permissions: ['test-ticket.read', 'test-ticket.handle'], enterpriseId: null };

/** A ticket opened by the owner, its first state recorded in the same transaction, as a module's create would. */
async function openTicket(title = 'The printer is out of toner') {
  return ctx.db.transaction(async (tx) => {
    const [ticket] = await tx.insert(testTickets).values({ enterpriseId, ownerId: owner.userId, title, state: ticketWorkflow.initial }).returning();
    await startWorkflow(tx, ticketWorkflow, ticketSubject, { recordId: ticket!.id, actor: ownerActor });
    return ticket!.id;
  });
}

function act(user: SignedIn, ticketId: string, action: string, evidence?: Record<string, unknown>, language = 'zh-CN') {
  return app.inject({
    method: 'POST',
    url: `/api/test-tickets/${ticketId}/actions/${action}`,
    headers: { ...user.headers, 'accept-language': language },
    ...(evidence === undefined ? {} : { payload: evidence }),
  });
}

/** Everything a transition writes about a ticket: its state, its transitions and its audit events. */
async function written(db: DbOrTx, ticketId: string) {
  const [ticket] = await db.select({ state: testTickets.state }).from(testTickets).where(eq(testTickets.id, ticketId));
  const [audit] = await db
    .select({ events: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'test-ticket'), eq(auditEvents.entityId, ticketId)));
  return { state: ticket?.state, transitions: (await transitionsOf(db, 'test-ticket', ticketId)).length, auditEvents: audit?.events };
}

const resolution = { resolution: 'Replaced the cartridge', hours: 1.5, resolvedOn: '2025-03-04' };

async function resolvedTicket() {
  const ticketId = await openTicket();
  expect((await act(operator, ticketId, 'take')).statusCode).toBe(200);
  expect((await act(operator, ticketId, 'resolve', resolution)).statusCode).toBe(200);
  return ticketId;
}

describe('a workflow transition', () => {
  it('moves the record and records who, when and the evidence, with its audit event', async () => {
    const ticketId = await openTicket();
    const attachmentId = crypto.randomUUID();
    attachmentsOf.set(ticketId, new Set([attachmentId]));

    const taken = await act(operator, ticketId, 'take');
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toEqual({ state: 'in_progress', actions: ['resolve'] });
    const resolved = await act(operator, ticketId, 'resolve', { ...resolution, resolution: '  Replaced the cartridge ', attachmentIds: [attachmentId] });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toEqual({ state: 'resolved', actions: [] });

    const history = await transitionsOf(ctx.db, 'test-ticket', ticketId);
    expect(history).toEqual([
      expect.objectContaining({ workflow: 'test-ticket', fromState: null, toState: 'open', action: 'start', actorId: owner.userId, actorName: 'ticket-owner', evidence: null }),
      expect.objectContaining({ fromState: 'open', toState: 'in_progress', action: 'take', actorId: operator.userId, actorName: 'desk-operator', evidence: null }),
      expect.objectContaining({
        fromState: 'in_progress',
        toState: 'resolved',
        action: 'resolve',
        actorId: operator.userId,
        evidence: { ...resolution, attachmentIds: [attachmentId] },
      }),
    ]);
    const times = history.map((transition) => transition.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Date.now() - times[0]!).toBeLessThan(60_000);
    expect(timeInStates(history, new Date()).map(({ state, current }) => ({ state, current }))).toEqual([
      { state: 'open', current: false },
      { state: 'in_progress', current: false },
      { state: 'resolved', current: true },
    ]);

    const audit = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'test-ticket'), eq(auditEvents.entityId, ticketId)));
    expect(audit).toEqual([
      expect.objectContaining({ action: 'take', actorId: operator.userId, before: { state: 'open' }, after: { state: 'in_progress' } }),
      expect.objectContaining({ action: 'resolve', before: { state: 'in_progress' }, after: { state: 'resolved', evidence: { ...resolution, attachmentIds: [attachmentId] } } }),
    ]);

    expect((await act(owner, ticketId, 'close')).json()).toEqual({ state: 'closed', actions: [] });
  });

  it('answers 409 in the caller\'s language for an action the record\'s state does not allow, and writes nothing', async () => {
    const ticketId = await openTicket();
    const before = await written(ctx.db, ticketId);
    const response = await act(operator, ticketId, 'resolve', resolution, 'en');
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'workflow.wrongState',
      title: "This action is not possible in the record's current state",
      detail: expect.stringContaining('reload'),
      action: 'resolve',
      state: 'open',
    });
    expect((await act(operator, ticketId, 'resolve', resolution, 'zh-TW')).json().title).toBe('記錄目前的狀態不能執行此操作');
    expect(await written(ctx.db, ticketId)).toEqual(before);
  });

  it('answers 400 naming each missing or invalid evidence field, and writes nothing', async () => {
    const ticketId = await openTicket();
    await act(operator, ticketId, 'take');
    const before = await written(ctx.db, ticketId);

    const missing = await act(operator, ticketId, 'resolve', undefined, 'en');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'problem.validation', title: 'Invalid input' });
    expect(missing.json().errors).toEqual([
      { field: 'resolution', message: 'Required' },
      { field: 'hours', message: 'Required' },
      { field: 'resolvedOn', message: 'Required' },
    ]);

    const invalid = await act(operator, ticketId, 'resolve', { resolution: '   ', hours: 'two', resolvedOn: '2025-02-30' }, 'zh-CN');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors).toEqual([
      { field: 'resolution', message: '必填' },
      { field: 'hours', message: '应为数字' },
      { field: 'resolvedOn', message: expect.any(String) },
    ]);
    expect(await written(ctx.db, ticketId)).toEqual(before);
  });

  it('answers 400 on the field of an attachment the verifier refuses, and writes nothing', async () => {
    const ticketId = await openTicket();
    await act(operator, ticketId, 'take');
    const own = crypto.randomUUID();
    attachmentsOf.set(ticketId, new Set([own]));
    const before = await written(ctx.db, ticketId);

    const response = await act(operator, ticketId, 'resolve', { ...resolution, attachmentIds: [own, crypto.randomUUID()] }, 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'attachmentIds.1', message: 'No such attachment on this record' }]);
    expect(await written(ctx.db, ticketId)).toEqual(before);
  });

  it('answers 403 to an actor without the permission or refused by the guard, and writes nothing', async () => {
    const ticketId = await openTicket();
    const before = await written(ctx.db, ticketId);
    const withoutPermission = await act(owner, ticketId, 'take', undefined, 'en');
    expect(withoutPermission.statusCode).toBe(403);
    expect(withoutPermission.json()).toMatchObject({ code: 'workflow.notAllowed', title: 'You may not take this action on this record', action: 'take' });
    expect(await written(ctx.db, ticketId)).toEqual(before);

    const resolved = await resolvedTicket();
    const beforeClose = await written(ctx.db, resolved);
    const notTheOwner = await act(colleague, resolved, 'close');
    expect(notTheOwner.statusCode).toBe(403);
    expect(notTheOwner.json().title).toBe('你不能对此记录执行此操作');
    expect((await act(operator, resolved, 'close')).statusCode).toBe(403);
    expect(await written(ctx.db, resolved)).toEqual(beforeClose);
  });

  it('answers 404 for an action the workflow does not have, or a record that does not exist', async () => {
    const ticketId = await openTicket();
    const unknownAction = await act(operator, ticketId, 'escalate', undefined, 'en');
    expect(unknownAction.statusCode).toBe(404);
    expect(unknownAction.json()).toMatchObject({ code: 'workflow.unknownAction', title: 'No such action' });
    expect((await act(operator, crypto.randomUUID(), 'take')).statusCode).toBe(404);
    // A name every object has is no action either.
    expect((await act(operator, ticketId, 'constructor')).statusCode).toBe(404);
  });

  it('lets exactly one of 20 simultaneous identical transitions through; the others answer 409', async () => {
    const ticketId = await openTicket();
    const wide = connectDatabase(ctx.config.databaseUrl!, { max: 20 });
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          applyTransition(wide.db, ticketWorkflow, ticketSubject, { recordId: ticketId, action: 'take', actor: operatorActor }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      expect(refusals).toHaveLength(19);
      for (const refusal of refusals) expect(refusal).toMatchObject({ status: 409, code: 'workflow.wrongState' });
    } finally {
      await wide.pool.end();
    }
    expect(await written(ctx.db, ticketId)).toEqual({ state: 'in_progress', transitions: 2, auditEvents: 1 });
  });

  it('commits with the caller\'s transaction: rolled back, neither the state, the transition nor its audit event remain', async () => {
    const ticketId = await openTicket();
    const before = await written(ctx.db, ticketId);
    await expect(
      ctx.db.transaction(async (tx) => {
        await applyTransition(tx, ticketWorkflow, ticketSubject, { recordId: ticketId, action: 'take', actor: operatorActor });
        expect(await written(tx, ticketId)).toEqual({ state: 'in_progress', transitions: 2, auditEvents: 1 });
        throw new Error('a later step of the same write failed');
      }),
    ).rejects.toThrow('a later step of the same write failed');
    expect(await written(ctx.db, ticketId)).toEqual(before);
  });

  it('leaves the caller\'s transaction usable when refused, so that it may go on and commit its own writes', async () => {
    const ticketId = await openTicket();
    await ctx.db.transaction(async (tx) => {
      await expect(applyTransition(tx, ticketWorkflow, ticketSubject, { recordId: ticketId, action: 'close', actor: operatorActor })).rejects.toBeInstanceOf(AppError);
      await tx.update(testTickets).set({ title: 'Toner, and the paper tray' }).where(eq(testTickets.id, ticketId));
    });
    const [ticket] = await ctx.db.select().from(testTickets).where(eq(testTickets.id, ticketId));
    expect(ticket).toMatchObject({ title: 'Toner, and the paper tray', state: 'open' });
  });

  it('appears on the enterprise timeline through the module\'s timeline source, in the reader\'s language', async () => {
    const ticketId = await resolvedTicket();
    const timeline = await app.inject({ method: 'GET', url: `/api/enterprises/${enterpriseId}/timeline?pageSize=200`, headers: { ...admin.headers, 'accept-language': 'en' } });
    expect(timeline.statusCode).toBe(200);
    const events = timeline.json().items.filter((item: { kind: string; details: { recordId: string } }) => item.kind === 'test-ticket' && item.details.recordId === ticketId);
    expect(events).toEqual([
      expect.objectContaining({ title: 'Ticket resolved', actorName: 'desk-operator', details: expect.objectContaining({ action: 'resolve', from: 'in_progress', to: 'resolved', evidence: expect.objectContaining({ hours: 1.5 }) }) }),
      expect.objectContaining({ title: 'test-ticket.timeline.take', details: expect.objectContaining({ from: 'open', to: 'in_progress' }) }),
      expect.objectContaining({ title: 'Ticket opened', actorName: 'ticket-owner', details: expect.objectContaining({ action: 'start', from: null, to: 'open' }) }),
    ]);
  });
});
