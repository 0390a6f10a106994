import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it, inject } from 'vitest';
import type { Db } from '../../platform/db/connection.ts';
import { migrationsFolder } from '../../platform/db/migrate.ts';
import { databaseUrl } from '../../test/database.ts';
import { clockUnclockedRequests } from './clock-unclocked-requests.ts';

/** The migrations up to the one that folds the windows into the desk, that one excluded: a copy with a shorter journal. */
function migrationsBeforeTheFold(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'qiao-migrations-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const fold = journal.entries.findIndex((entry) => entry.tag.endsWith('service-windows-into-desk'));
  expect(fold).toBeGreaterThan(0);
  fs.writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, fold) }));
  return folder;
}

const name = `qiao_test_fold_${randomBytes(6).toString('hex')}`;
const server = new pg.Client({ connectionString: inject('testServerUrl') });
await server.connect();
await server.query(`CREATE DATABASE ${name}`);
const client = new pg.Client({ connectionString: databaseUrl(name) });
await client.connect();
afterAll(async () => {
  await client.end();
  await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await server.end();
});

const day = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * day);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the migration that folds the service windows into the desk', () => {
  it('moves window requests with their threads, history, files and notices into service requests, and drops the windows', async () => {
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: migrationsBeforeTheFold() });
    // As the windows left them: an enterprise, its user, an operator who logged a walk-in, an investor on their own.
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    await q(`INSERT INTO enterprises (id, name, search_text) VALUES ($1, '青岛幻境虚拟现实科技有限公司', '青岛幻境')`, [id(1)]);
    await q(`INSERT INTO users (id, username, username_key, display_name, password_hash, roles, enterprise_id) VALUES
      ($1, 'sun', 'sun', '孙经理', 'x', '{enterprise}', $4), ($2, 'chen', 'chen', '陈经纪', 'x', '{operator}', NULL), ($3, 'zhou', 'zhou', '周投资', 'x', '{investor}', NULL)`,
      [id(11), id(12), id(13), id(1)]);
    const request = (n: number, window: string, enterprise: string | null, opener: string, state: string, firstResponseAt: Date | null, closedAt: Date | null) =>
      q(`INSERT INTO window_requests (id, reference, window_code, enterprise_id, opened_by_id, opened_by_name, subject, description, state, search_text,
           idempotency_key, first_response_at, closed_at, created_at) VALUES ($1, $2, $3, $4, $5, '某人', $6, '详情', $7, '', $8, $9, $10, $11)`,
        [id(100 + n), `FW2026-00000${n}`, window, enterprise, opener, `主题${n}`, state, n === 1 ? null : `key-${n}`, firstResponseAt, closedAt, ago(20)]);
    await request(1, 'ip', id(1), id(11), 'open', null, null);
    await request(2, 'trading', id(1), id(12), 'answered', ago(19), null);
    // Closed two days ago, so reopenable still; closed fifteen days ago, which the desk's job would have closed.
    const closedLately = ago(2);
    const closedLongAgo = ago(15);
    await request(3, 'finance', null, id(13), 'closed', ago(19), closedLately);
    await request(4, 'legal', id(1), id(11), 'closed', ago(19), closedLongAgo);
    await request(5, 'legal', id(1), id(11), 'open', ago(19), null);
    await q(`INSERT INTO window_request_messages (request_id, author_name, side, body) VALUES ($1, '陈经纪', 'staff', '答复'), ($1, '孙经理', 'requester', '追问')`, [id(105)]);
    const step = (n: number, from: string | null, to: string, action: string) =>
      q(`INSERT INTO workflow_transitions (workflow, record_kind, record_id, from_state, to_state, action, actor_name) VALUES ('window-request', 'window-request', $1, $2, $3, $4, '某人')`,
        [id(100 + n), from, to, action]);
    await step(5, null, 'open', 'start');
    await step(5, 'open', 'answered', 'answer');
    await step(5, 'answered', 'open', 'followUp');
    await step(4, null, 'open', 'start');
    await step(4, 'open', 'answered', 'answer');
    await step(4, 'answered', 'closed', 'close');
    await q(`INSERT INTO attachments (id, record_kind, record_id, file_name, media_type, size, sha256, storage_key) VALUES ($1, 'window-request', $2, 'a.pdf', 'application/pdf', 1, 'x', 'k1')`, [id(200), id(102)]);
    await q(`INSERT INTO notifications (user_id, kind, message, params, link, record_kind, record_id) VALUES ($1, 'window-request.opened', 'windowRequest.notice.opened', '{"reference":"FW2026-000002","subject":"主题2"}', $2, 'window-request', $3)`,
      [id(12), `/service-windows/requests/${id(102)}`, id(102)]);

    await migrate(db, { migrationsFolder });

    const { rows } = await q(`SELECT id, reference, enterprise_id, channel, category_code, description, state, resolved_at, closed_at, idempotency_key FROM service_requests ORDER BY reference`);
    expect(rows.map((row) => [row.reference, row.category_code, row.state, row.channel, row.enterprise_id])).toEqual([
      ['FW2026-000001', 'market-ip', 'new', 'web', id(1)],
      ['FW2026-000002', 'market-trading', 'waiting_on_enterprise', 'walk-in', id(1)],
      ['FW2026-000003', 'market-finance', 'resolved', 'web', null],
      ['FW2026-000004', 'market-legal', 'closed', 'web', id(1)],
      ['FW2026-000005', 'market-legal', 'in_progress', 'web', id(1)],
    ]);
    expect(rows[0].description).toBe('主题1\n\n详情');
    expect(rows[0].idempotency_key).toBe(`window-${id(101)}`);
    expect([rows[2].resolved_at, rows[2].closed_at]).toEqual([closedLately, null]);
    expect([rows[3].resolved_at, rows[3].closed_at]).toEqual([closedLongAgo, new Date(closedLongAgo.getTime() + 7 * day)]);
    const messages = await q(`SELECT side, visibility, body FROM service_request_messages WHERE request_id = $1 ORDER BY body`, [id(105)]);
    expect(messages.rows).toEqual([
      { side: 'staff', visibility: 'public', body: '答复' },
      { side: 'requester', visibility: 'public', body: '追问' },
    ]);
    const history = await q(`SELECT record_id, from_state, to_state, action FROM workflow_transitions WHERE record_kind = 'service-request' ORDER BY record_id, id`);
    expect(history.rows.map((row) => [row.record_id, row.from_state, row.to_state, row.action])).toEqual([
      [id(104), null, 'new', 'start'],
      [id(104), 'new', 'waiting_on_enterprise', 'waitOnEnterprise'],
      [id(104), 'waiting_on_enterprise', 'resolved', 'resolve'],
      [id(104), 'resolved', 'closed', 'close'],
      [id(105), null, 'new', 'start'],
      [id(105), 'new', 'waiting_on_enterprise', 'waitOnEnterprise'],
      [id(105), 'waiting_on_enterprise', 'in_progress', 'enterpriseReply'],
    ]);
    const categories = await q(`SELECT code, market_window, description IS NOT NULL AS described FROM service_categories WHERE market_window ORDER BY code`);
    expect(categories.rows).toEqual(['market-finance', 'market-ip', 'market-legal', 'market-trading'].map((code) => ({ code, market_window: true, described: true })));
    expect((await q(`SELECT record_kind FROM attachments WHERE id = $1`, [id(200)])).rows).toEqual([{ record_kind: 'service-request' }]);
    expect((await q(`SELECT kind, message, link FROM notifications`)).rows).toEqual([
      { kind: 'service-request.submitted', message: 'serviceRequest.notice.submitted', link: `/service-desk/requests/${id(102)}` },
    ]);
    const left = await q(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('service_windows', 'window_requests', 'window_request_messages')`);
    expect(left.rows[0].n).toBe(0);

    // The next start sets the clocks the SQL could not: the open request with a history gets its deadline and its
    // timers; a second start finds it done.
    const clocked = await clockUnclockedRequests(db as unknown as Db);
    expect(clocked).toBeGreaterThan(0);
    const deadlines = await q(`SELECT sla_resolution_due_at FROM service_requests WHERE id = $1`, [id(105)]);
    expect(deadlines.rows[0].sla_resolution_due_at).toBeInstanceOf(Date);
    const timerRows = await q(`SELECT count(*)::int AS n FROM timers WHERE key LIKE $1`, [`service-request:${id(105)}:%`]);
    expect(timerRows.rows[0].n).toBeGreaterThan(0);
    expect(await clockUnclockedRequests(db as unknown as Db)).toBeLessThan(clocked);
  });
});
