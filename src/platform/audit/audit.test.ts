import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { recordAudit, systemActor } from './record-audit.ts';
import { listAuditEvents } from './list-audit-events.ts';

const { app, ctx, signIn } = await createTestApp();

describe('audit trail', () => {
  it('records who changed a user, when, and the values before and after', async () => {
    const admin = await signIn(['admin'], { username: 'audit-admin' });
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { username: 'audited', displayName: '旧名', password: 'Quiet-Harbor-1987', roles: ['leader'] },
    });
    const id = created.json().id as string;
    await app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload: { displayName: '新名' } });

    const history = await app.inject({ method: 'GET', url: `/api/audit?entityType=user&entityId=${id}`, headers: admin.headers });
    expect(history.statusCode).toBe(200);
    const [update, create] = history.json().items;
    expect(update).toMatchObject({ action: 'update', actorName: 'audit-admin', before: { displayName: '旧名' }, after: { displayName: '新名' } });
    expect(create).toMatchObject({ action: 'create', after: { username: 'audited', roles: ['leader'] } });
    expect(JSON.stringify(history.json())).not.toContain('argon2');
  });

  it('keeps no trail of a write whose transaction rolled back', async () => {
    await expect(
      ctx.db.transaction(async (tx) => {
        await recordAudit(tx, systemActor, { entityType: 'probe', entityId: 'p1', action: 'create' });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const events = await listAuditEvents(ctx.db, { entityType: 'probe', entityIds: ['p1'], page: 1, pageSize: 10 });
    expect(events.total).toBe(0);
  });

  it('shows the trail to admins and leaders only', async () => {
    const officer = await signIn(['officer']);
    const response = await app.inject({ method: 'GET', url: '/api/audit?entityType=user&entityId=x', headers: officer.headers });
    expect(response.statusCode).toBe(403);
  });
});
