import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';

const { app, signIn } = await createTestApp();
const admin = await signIn(['admin'], { username: 'export-admin' });
const leader = await signIn(['leader'], { username: 'export-leader' });

const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

const createdIds: string[] = [];
for (const name of ['青岛导出一号科技有限公司', '青岛导出二号科技有限公司', '深圳导出三号科技有限公司']) {
  const response = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name } });
  if (response.statusCode !== 201) throw new Error(response.body);
  createdIds.push(response.json().id);
}

describe('exporting the register', () => {
  it('is a permission of its own: only administrators and leaders may take the register away', async () => {
    for (const roles of [['officer'], ['operator'], ['agent'], ['enterprise'], ['investor'], ['judge']] as const) {
      const user = await signIn([...roles], { enterpriseId: roles[0] === 'enterprise' ? createdIds[0] : undefined });
      expect((await get('/api/enterprises/export', user.headers)).statusCode, roles[0]).toBe(403);
    }
    expect((await get('/api/enterprises/export?q=导出', leader.headers)).statusCode).toBe(200);
  });

  it('records who exported, with which filters and how many rows, in the audit log', async () => {
    expect((await get('/api/enterprises/export?q=青岛导出&sort=name', admin.headers)).statusCode).toBe(200);
    const log = await get('/api/audit?action=export&actor=export-admin', leader.headers);
    expect(log.statusCode).toBe(200);
    const [entry] = log.json().items;
    expect(log.json().total).toBe(1);
    expect(entry).toMatchObject({
      actorName: 'export-admin',
      entityType: 'enterprise',
      action: 'export',
      after: { filters: { q: '青岛导出', sort: 'name' }, rows: 2 },
    });
  });
});

describe('the audit log', () => {
  it('filters by actor, action, record kind and China-time date, newest first', async () => {
    const all = await get('/api/audit?pageSize=200', admin.headers);
    expect(all.statusCode).toBe(200);
    const items = all.json().items as { at: string; action: string; entityType: string }[];
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort().reverse());
    const creates = await get('/api/audit?entityType=enterprise&action=create&actor=EXPORT-ADMIN', admin.headers);
    expect(creates.json().total).toBe(3);
    const todayInChina = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect((await get(`/api/audit?action=create&actor=export-admin&from=${todayInChina}&to=${todayInChina}`, admin.headers)).json().total).toBe(3);
    expect((await get('/api/audit?action=create&actor=export-admin&to=2020-01-01', admin.headers)).json().total).toBe(0);
  });

  it('refuses malformed filters with field messages, and a lone record id', async () => {
    const reversed = await get('/api/audit?from=2026-02-01&to=2026-01-01', { ...admin.headers, 'accept-language': 'en' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([{ field: 'to', message: 'The end date cannot be before the start date' }]);
    expect((await get('/api/audit?from=yesterday', admin.headers)).statusCode).toBe(400);
    expect((await get('/api/audit?entityId=abc', admin.headers)).statusCode).toBe(400);
  });

  it('is for administrators and leaders only', async () => {
    for (const role of ['officer', 'operator', 'agent', 'enterprise', 'investor', 'judge'] as const) {
      const user = await signIn([role], { enterpriseId: role === 'enterprise' ? createdIds[0] : undefined });
      expect((await get('/api/audit?action=export', user.headers)).statusCode, role).toBe(403);
    }
  });
});
