import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { storageKeyOf } from './attachment-records.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { createAttachmentsTestApp, kilobytes, pdf } from './attachments-test-app.ts';
import { abandonedAfterMs, sweepIncoming, sweepUnreferenced } from './sweep-orphans.ts';

const { app, ctx, signIn, store, createNote, upload, list, download, remove } = await createAttachmentsTestApp();
const owner = await signIn(['officer']);
const stranger = await signIn(['officer']);
const reader = await signIn(['leader']);

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

async function rowsOf(recordId: string) {
  return (await ctx.db.execute<{ id: string; deleted: boolean }>(sql`SELECT id, deleted_at IS NOT NULL AS deleted FROM attachments WHERE record_id = ${recordId}`)).rows;
}

/** Every file the storage and the incoming folder hold. */
async function filesOnDisk(): Promise<string[]> {
  const root = path.dirname(store.incoming);
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('attaching files to a record', () => {
  it('stores an upload, lists it and serves it back unchanged as a download that cannot run', async () => {
    const note = await createNote(owner.userId);
    const uploaded = await upload(owner, { recordId: note }, '项目说明书.pdf', pdf);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const attachment = uploaded.json();
    expect(attachment).toMatchObject({
      kind: 'test-note',
      recordId: note,
      fileName: '项目说明书.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      uploadedBy: { id: owner.userId, name: expect.any(String) },
    });

    const listed = await list(owner, note);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({ items: [attachment], canAttach: true, maxBytes: 64 * kilobytes, mediaTypes: ['application/pdf', 'image/png', 'text/plain'] });

    const content = await download(owner, attachment.id);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(pdf)).toBe(true);
    expect(content.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('项目说明书')}.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
  });

  it('reads the type from the content, not the name', async () => {
    const note = await createNote(owner.userId);
    const pdfNamedPng = await upload(owner, { recordId: note }, 'photo.png', pdf);
    expect(pdfNamedPng.statusCode).toBe(201);
    expect(pdfNamedPng.json()).toMatchObject({ fileName: 'photo.png', mediaType: 'application/pdf' });
    const pngNamedText = await upload(owner, { recordId: note }, 'notes.txt', png);
    expect(pngNamedText.json()).toMatchObject({ mediaType: 'image/png' });
    const text = await upload(owner, { recordId: note }, 'minutes', Buffer.from('会议纪要\n第一项：厂房\n'));
    expect(text.json()).toMatchObject({ mediaType: 'text/plain' });

    const before = await filesOnDisk();
    const page = await upload(owner, { recordId: note }, 'report.pdf', Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), 'en');
    expect(page.statusCode).toBe(415);
    expect(page.json()).toMatchObject({
      code: 'attachment.typeRefused',
      title: 'Files of this kind (HTML) are not accepted here',
      detail: 'The type is read from the content, not the name. Accepted: PDF/PNG/TXT',
    });
    const program = await upload(owner, { recordId: note }, 'invoice.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
    expect(program.statusCode).toBe(415);
    expect(await rowsOf(note)).toHaveLength(3);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('refuses drawings and pages that carry script unless the kind explicitly takes content that runs', async () => {
    const note = await createNote(owner.userId);
    const drawing = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';
    const plain = await upload(owner, { kind: 'test-drawing', recordId: note }, 'plan.svg', Buffer.from(drawing));
    expect(plain.statusCode).toBe(201);
    expect(plain.json().mediaType).toBe('image/svg+xml');
    for (const scripted of [
      drawing.replace('<rect', '<script>alert(1)</script><rect'),
      drawing.replace('<rect', '<rect onload="alert(1)"'),
      `<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(200_000)}<a href="javascript:alert(1)"><text>x</text></a></svg>`,
    ]) {
      const refused = await upload(owner, { kind: 'test-drawing', recordId: note }, 'plan.svg', Buffer.from(scripted), 'zh-TW');
      expect(refused.statusCode).toBe(415);
      expect(refused.json()).toMatchObject({ code: 'attachment.activeContent', title: '不接受可執行的內容（程式、網頁、帶指令碼的圖形）' });
    }
    const page = await upload(owner, { kind: 'test-page', recordId: note }, 'page.html', Buffer.from('<html><script>1</script></html>'));
    expect(page.statusCode).toBe(201);
    expect(page.json().mediaType).toBe('text/html');
  });

  it("takes a file of exactly the kind's size and refuses a byte more with 413, leaving no row and no file", async () => {
    const note = await createNote(owner.userId);
    const largest = Buffer.alloc(64 * kilobytes, 'a');
    expect((await upload(owner, { recordId: note }, 'largest.txt', largest)).statusCode).toBe(201);
    const before = await filesOnDisk();
    const tooLarge = await upload(owner, { recordId: note }, 'large.txt', Buffer.alloc(64 * kilobytes + 1, 'a'), 'en');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'attachment.tooLarge', title: 'The file is larger than 64 KB and cannot be uploaded' });
    const chinese = await upload(owner, { recordId: note }, 'large.txt', Buffer.alloc(200 * kilobytes, 'a'));
    expect(chinese.json().title).toBe('文件超过 64 KB，无法上传');
    expect(await rowsOf(note)).toHaveLength(1);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('removes the stored content again when its row cannot be written', async () => {
    const note = await createNote(owner.userId);
    await ctx.db.execute(sql`CREATE FUNCTION refuse_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.file_name = 'refused.pdf' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
    await ctx.db.execute(sql`CREATE TRIGGER refuse_attachment BEFORE INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION refuse_attachment()`);
    const before = await filesOnDisk();
    const refused = await upload(owner, { recordId: note }, 'refused.pdf', pdf);
    await ctx.db.execute(sql`DROP TRIGGER refuse_attachment ON attachments`);
    expect(refused.statusCode).toBe(500);
    expect(await rowsOf(note)).toHaveLength(0);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('refuses an empty file and a form without one', async () => {
    const note = await createNote(owner.userId);
    const empty = await upload(owner, { recordId: note }, 'empty.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('attachment.empty');
    const { payload, contentType } = multipartForm([{ name: 'kind', value: 'test-note' }, { name: 'recordId', value: note }]);
    const noFile = await app.inject({ method: 'POST', url: '/api/attachments', headers: { ...owner.headers, 'content-type': contentType }, payload });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().code).toBe('attachment.noFile');
    expect(await rowsOf(note)).toHaveLength(0);
  });

  it('wants the record named before the file, and a kind some module declares', async () => {
    const note = await createNote(owner.userId);
    const { payload, contentType } = multipartForm([{ name: 'file', fileName: 'a.pdf', content: pdf }, { name: 'kind', value: 'test-note' }, { name: 'recordId', value: note }]);
    const fileFirst = await app.inject({ method: 'POST', url: '/api/attachments', headers: { ...owner.headers, 'content-type': contentType }, payload });
    expect(fileFirst.statusCode).toBe(400);
    expect(fileFirst.json().errors.map((error: { field: string }) => error.field).sort()).toEqual(['kind', 'recordId']);
    const unknown = await upload(owner, { kind: 'test-undeclared', recordId: note }, 'a.pdf', pdf);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ field: 'kind', message: '没有这种记录' }]);
    expect((await list(owner, note, 'test-undeclared')).statusCode).toBe(400);
  });

  it('answers 400 to a body cut off in the middle of the file, leaving no row and no file', async () => {
    const note = await createNote(owner.userId);
    const before = await filesOnDisk();
    const { payload, contentType } = multipartForm([{ name: 'kind', value: 'test-note' }, { name: 'recordId', value: note }, { name: 'file', fileName: 'a.pdf', content: Buffer.alloc(20_000, 'a') }]);
    const cut = await app.inject({
      method: 'POST',
      url: '/api/attachments',
      headers: { ...owner.headers, 'content-type': contentType, 'content-length': String(payload.length) },
      payload: payload.subarray(0, payload.length - 10_000),
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().code).toBe('attachment.incompleteUpload');
    expect(await rowsOf(note)).toHaveLength(0);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('makes file names safe to show and to download under: no NUL, no disguise, no path, no end', async () => {
    const note = await createNote(owner.userId);
    const disguised = await upload(owner, { recordId: note }, '..\\..\\报告\u0000\u202Efdp.exe.txt', pdf);
    expect(disguised.statusCode).toBe(201);
    expect(disguised.json().fileName).toBe('报告fdp.exe.txt');
    const huge = await upload(owner, { recordId: note }, `${'长'.repeat(10_000)}.pdf`, pdf);
    expect(huge.statusCode).toBe(201);
    expect(huge.json().fileName).toBe(`${'长'.repeat(196)}.pdf`);
    // The multipart reader keeps 80 KB of a part's headers: a name of megabytes costs no more, and loses its end.
    const enormous = await upload(owner, { recordId: note }, `${'长'.repeat(400_000)}.pdf`, pdf);
    expect(enormous.statusCode).toBe(201);
    expect(enormous.json().fileName).toBe('长'.repeat(200));
    const quoted = await upload(owner, { recordId: note }, "it's (final) 100%.pdf", pdf);
    const served = await download(owner, quoted.json().id);
    expect(served.headers['content-disposition']).toBe(`attachment; filename="it's (final) 100_.pdf"; filename*=UTF-8''it%27s%20%28final%29%20100%25.pdf`);
  });

  it('takes uploads at the same time, each whole', async () => {
    const note = await createNote(owner.userId);
    const contents = Array.from({ length: 8 }, (_, i) => Buffer.from(`第 ${i} 份纪要\n`.repeat(1000 + i)));
    const responses = await Promise.all(contents.map((content, i) => upload(owner, { recordId: note }, `minutes-${i}.txt`, content)));
    expect(responses.map((response) => response.statusCode)).toEqual(contents.map(() => 201));
    const listed = list(owner, note);
    const items: { id: string; fileName: string; sha256: string }[] = (await listed).json().items;
    expect(items).toHaveLength(8);
    for (const [i, content] of contents.entries()) {
      const item = items.find((candidate) => candidate.fileName === `minutes-${i}.txt`)!;
      expect(item.sha256).toBe(sha256(content));
      expect((await download(owner, item.id)).rawPayload.equals(content)).toBe(true);
    }
  });
});

describe('who reaches attachments', async () => {
  const note = await createNote(owner.userId);
  const attachment = (await upload(owner, { recordId: note }, 'plan.pdf', pdf)).json() as { id: string };

  it("answers 404 to one who may not read the record, exactly as for a record that does not exist", async () => {
    const missing = await list(stranger, note);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('problem.notFound');
    expect((await list(owner, '00000000-0000-4000-8000-000000000000')).json().code).toBe('problem.notFound');
    expect((await download(stranger, attachment.id)).statusCode).toBe(404);
    expect((await remove(stranger, attachment.id)).statusCode).toBe(404);
    expect((await upload(stranger, { recordId: note }, 'b.pdf', pdf)).statusCode).toBe(404);
    expect(await rowsOf(note)).toEqual([{ id: attachment.id, deleted: false }]);
  });

  it('lets one who may read but not attach see and download, and refuses them uploads and deletion with 403', async () => {
    const listed = await list(reader, note);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ items: [{ id: attachment.id }], canAttach: false });
    expect((await download(reader, attachment.id)).statusCode).toBe(200);
    expect((await upload(reader, { recordId: note }, 'b.pdf', pdf)).statusCode).toBe(403);
    expect((await remove(reader, attachment.id)).statusCode).toBe(403);
    const locked = await createNote(owner.userId, true);
    expect((await upload(owner, { recordId: locked }, 'b.pdf', pdf)).statusCode).toBe(403);
  });

  it('asks anyone not signed in to sign in', async () => {
    expect((await upload(null, { recordId: note }, 'b.pdf', pdf)).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: `/api/attachments/${attachment.id}/content` })).statusCode).toBe(401);
  });

  it('deletes for one who may attach, in the audit trail, and serves the deleted attachment to nobody', async () => {
    const other = (await upload(owner, { recordId: note }, '删除我.pdf', pdf)).json() as { id: string };
    const deleted = await remove(owner, other.id);
    expect(deleted.statusCode).toBe(204);
    expect((await list(owner, note)).json().items.map((item: { id: string }) => item.id)).toEqual([attachment.id]);
    expect((await download(owner, other.id)).statusCode).toBe(404);
    expect((await remove(owner, other.id)).statusCode).toBe(404);
    const trail = await ctx.db.execute<{ action: string; actor_id: string; before: unknown }>(
      sql`SELECT action, actor_id, before FROM audit_events WHERE entity_type = 'attachment' AND entity_id = ${other.id} ORDER BY id`,
    );
    expect(trail.rows).toEqual([
      { action: 'create', actor_id: owner.userId, before: null },
      { action: 'delete', actor_id: owner.userId, before: expect.objectContaining({ kind: 'test-note', recordId: note, fileName: '删除我.pdf', sha256: sha256(pdf) }) },
    ]);
    // The content stays for the trail; only its row says it is gone.
    expect(await rowsOf(note)).toContainEqual({ id: other.id, deleted: true });
  });
});

describe('what a killed instance leaves behind', () => {
  const storedPath = (key: string) => path.join(path.dirname(store.incoming), 'files', ...key.split('/'));
  const longAgo = new Date(Date.now() - 2 * abandonedAfterMs);
  const cutoff = () => new Date(Date.now() - abandonedAfterMs);
  const exists = (file: string) => fs.access(file).then(() => true, () => false);

  it('sweeps uploads that stopped arriving long ago, and leaves those still arriving', async () => {
    await fs.mkdir(store.incoming, { recursive: true });
    const [stale, arriving, stranger] = ['stale.part', 'arriving.part', 'notes.txt'].map((name) => path.join(store.incoming, name));
    for (const file of [stale!, arriving!, stranger!]) await fs.writeFile(file, 'half');
    await fs.utimes(stale!, longAgo, longAgo);
    await fs.utimes(stranger!, longAgo, longAgo);
    expect(await sweepIncoming(store.incoming, cutoff())).toBe(1);
    expect([await exists(stale!), await exists(arriving!), await exists(stranger!)]).toEqual([false, true, true]);
  });

  it('sweeps stored content that no attachment refers to, and keeps that of live and deleted attachments', async () => {
    const note = await createNote(owner.userId);
    const live = (await upload(owner, { recordId: note }, 'live.pdf', pdf)).json() as { id: string };
    const deleted = (await upload(owner, { recordId: note }, 'deleted.pdf', pdf)).json() as { id: string };
    await remove(owner, deleted.id);
    const [orphan, justStored] = [storageKeyOf(randomUUID()), storageKeyOf(randomUUID())];
    for (const key of [orphan!, justStored!]) {
      const source = path.join(store.incoming, `${randomUUID()}.part`);
      await fs.writeFile(source, pdf);
      await store.storage.put(key, source);
    }
    for (const key of [orphan!, storageKeyOf(live.id), storageKeyOf(deleted.id)]) await fs.utimes(storedPath(key), longAgo, longAgo);

    expect(await sweepUnreferenced(ctx.db, store.storage, cutoff())).toBe(1);
    expect(await exists(storedPath(orphan!))).toBe(false);
    expect(await exists(storedPath(justStored!))).toBe(true);
    expect(await exists(storedPath(storageKeyOf(deleted.id)))).toBe(true);
    expect((await download(owner, live.id)).rawPayload.equals(pdf)).toBe(true);
  });
});
