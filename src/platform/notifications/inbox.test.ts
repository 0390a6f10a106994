import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { defineMessages } from '../i18n/messages.ts';
import { notify, type Notice } from './notify.ts';

defineMessages({
  'test-inbox.listingMatched': {
    'zh-CN': '技术「{title}」与需求匹配，得分 {score}',
    'zh-TW': '技術「{title}」與需求匹配，得分 {score}',
    en: 'The technology "{title}" matches a demand, score {score}',
  },
});

const { app, ctx, signIn } = await createTestApp();

const matched = (userIds: string[], title: string, extra: Partial<Notice> = {}): Notice => ({
  userIds,
  kind: 'listing.matched',
  message: 'test-inbox.listingMatched',
  params: { title, score: 87 },
  link: `/listings/${title}`,
  ...extra,
});
const send = (notice: Notice) => ctx.db.transaction((tx) => notify(tx, ctx, notice));

type Headers = SignedIn['headers'];
const get = (url: string, headers: Headers, language = 'zh-CN') => app.inject({ method: 'GET', url, headers: { ...headers, 'accept-language': language } });
const post = (url: string, headers: Headers) => app.inject({ method: 'POST', url, headers });
const unread = async (headers: Headers) => (await get('/api/notifications/unread-count', headers)).json().count as number;
const texts = async (headers: Headers, language = 'zh-CN') =>
  (await get('/api/notifications', headers, language)).json().items.map((item: { text: string }) => item.text) as string[];

describe('the inbox', () => {
  it('lists only the caller\'s notifications, newest first, worded in the request\'s language', async () => {
    const reader = await signIn(['officer']);
    const other = await signIn(['agent']);
    await send(matched([reader.userId], '海水淡化膜'));
    await send(matched([reader.userId, other.userId], '氢燃料电池', { record: { kind: 'listing', id: 'L-7' } }));

    const page = (await get('/api/notifications', reader.headers)).json();
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      kind: 'listing.matched',
      text: '技术「氢燃料电池」与需求匹配，得分 87',
      link: '/listings/氢燃料电池',
      record: { kind: 'listing', id: 'L-7' },
      createdAt: expect.any(String),
      readAt: null,
    });
    expect(await texts(reader.headers, 'zh-TW')).toEqual(['技術「氢燃料电池」與需求匹配，得分 87', '技術「海水淡化膜」與需求匹配，得分 87']);
    expect(await texts(reader.headers, 'en')).toEqual([
      'The technology "氢燃料电池" matches a demand, score 87',
      'The technology "海水淡化膜" matches a demand, score 87',
    ]);
    expect(await texts(other.headers)).toEqual(['技术「氢燃料电池」与需求匹配，得分 87']);
    expect(await unread(reader.headers)).toBe(2);
    expect(await unread(other.headers)).toBe(1);
  });

  it('marks one read, and answers another user\'s or a missing id as not found', async () => {
    const reader = await signIn(['officer']);
    const stranger = await signIn(['officer']);
    const [id] = await send(matched([reader.userId], '工业机器人'));

    expect((await post(`/api/notifications/${id}/read`, stranger.headers)).statusCode).toBe(404);
    expect((await post('/api/notifications/00000000-0000-4000-8000-000000000000/read', reader.headers)).statusCode).toBe(404);
    expect(await unread(reader.headers)).toBe(1);

    expect((await post(`/api/notifications/${id}/read`, reader.headers)).statusCode).toBe(204);
    expect(await unread(reader.headers)).toBe(0);
    const [item] = (await get('/api/notifications', reader.headers)).json().items;
    expect(item.readAt).toEqual(expect.any(String));
    // Again is harmless and keeps the first reading's time.
    expect((await post(`/api/notifications/${id}/read`, reader.headers)).statusCode).toBe(204);
    expect((await get('/api/notifications', reader.headers)).json().items[0].readAt).toBe(item.readAt);
  });

  it('marks all of the caller\'s read, and no one else\'s', async () => {
    const reader = await signIn(['officer']);
    const other = await signIn(['officer']);
    await send(matched([reader.userId, other.userId], '锂电池回收'));
    await send(matched([reader.userId], '智能网联汽车'));

    const marked = await post('/api/notifications/read-all', reader.headers);
    expect(marked.json()).toEqual({ marked: 2 });
    expect(await unread(reader.headers)).toBe(0);
    expect(await unread(other.headers)).toBe(1);
    expect((await post('/api/notifications/read-all', reader.headers)).json()).toEqual({ marked: 0 });
  });

  it('pages newest first', async () => {
    const reader = await signIn(['officer']);
    for (const title of ['一', '二', '三']) await send(matched([reader.userId], title));
    const second = (await get('/api/notifications?page=2&pageSize=2', reader.headers)).json();
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items.map((item: { link: string }) => item.link)).toEqual(['/listings/一']);
  });

  it('is for signed-in users only', async () => {
    for (const url of ['/api/notifications', '/api/notifications/unread-count', '/api/notifications/stream', '/api/notifications/preferences']) {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  });
});

describe('notify', () => {
  it('stores control characters in parameters as U+FFFD instead of failing the write', async () => {
    const reader = await signIn(['officer']);
    await send(matched([reader.userId], 'a\u0000b\u0007c', { link: '/listings/L-9' }));
    expect(await texts(reader.headers, 'en')).toEqual(['The technology "a\ufffdb\ufffdc" matches a demand, score 87']);
  });

  it('notifies each user once however often they are named, and nobody for an empty list', async () => {
    const reader = await signIn(['officer']);
    expect(await send(matched([reader.userId, reader.userId], '重复'))).toHaveLength(1);
    expect(await send(matched([], '无人'))).toEqual([]);
    expect(await unread(reader.headers)).toBe(1);
  });

  it('notifies thousands of users at once, past what one statement may carry', async () => {
    const created = await ctx.pool.query<{ id: string }>(
      `INSERT INTO users (username, username_key, display_name, password_hash)
       SELECT 'bulk' || n, 'bulk' || n, 'bulk' || n, 'x' FROM generate_series(1, 10000) AS n RETURNING id`,
    );
    const ids = await send(matched(created.rows.map((row) => row.id), '全员通知'));
    expect(new Set(ids).size).toBe(10_000);
    const stored = await ctx.pool.query(`SELECT count(DISTINCT user_id)::int AS users FROM notifications WHERE params->>'title' = '全员通知'`);
    expect(stored.rows).toEqual([{ users: 10_000 }]);
  });

  it.each([
    ['a message missing from the catalogue', { message: 'test-inbox.nowhere' }, /not in the message catalogue/],
    ['a link to another site', { link: '//evil.example/x' }, /not a path of this app/],
    ['a link with a backslash to another site', { link: '/\\evil.example' }, /not a path of this app/],
    ['a link with a scheme', { link: 'javascript:alert(1)' }, /not a path of this app/],
  ])('refuses %s, rolling the write back', async (_case, extra, error) => {
    const reader = await signIn(['officer']);
    await expect(send(matched([reader.userId], '拒绝', extra))).rejects.toThrow(error);
    expect(await unread(reader.headers)).toBe(0);
  });
});

describe('e-mail preferences', () => {
  it('default to the daily digest without an address, and keep what the user sets, audited', async () => {
    const reader = await signIn(['officer']);
    expect((await get('/api/notifications/preferences', reader.headers)).json()).toEqual({ email: null, emailDelivery: 'digest', mailConfigured: false });

    const put = (payload: object) => app.inject({ method: 'PUT', url: '/api/notifications/preferences', headers: reader.headers, payload });
    const saved = await put({ email: ' wang.fang@example.test ', emailDelivery: 'immediate' });
    expect(saved.json()).toEqual({ email: 'wang.fang@example.test', emailDelivery: 'immediate', mailConfigured: false });
    expect((await get('/api/notifications/preferences', reader.headers)).json()).toMatchObject({ email: 'wang.fang@example.test', emailDelivery: 'immediate' });
    expect((await put({ email: '', emailDelivery: 'off' })).json()).toMatchObject({ email: null, emailDelivery: 'off' });

    const refused = await put({ email: 'not an address', emailDelivery: 'digest' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'email', message: expect.any(String) }]);

    const audit = await ctx.pool.query(
      `SELECT before, after FROM audit_events WHERE entity_type = 'notification-preferences' AND entity_id = $1 ORDER BY id`,
      [reader.userId],
    );
    expect(audit.rows).toEqual([
      { before: { email: null, emailDelivery: 'digest' }, after: { email: 'wang.fang@example.test', emailDelivery: 'immediate' } },
      { before: { email: 'wang.fang@example.test', emailDelivery: 'immediate' }, after: { email: null, emailDelivery: 'off' } },
    ]);
  });
});
