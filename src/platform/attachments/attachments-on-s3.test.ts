import fs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startS3Server } from '../../test/s3-server.ts';
import { storageKeyOf } from './attachment-records.ts';
import { createAttachmentsTestApp, pdf } from './attachments-test-app.ts';
import { openAttachmentStore } from './storage.ts';
import { abandonedAfterMs, sweepIncomingAtStart, sweepUnreferenced } from './sweep-orphans.ts';

const bucket = await startS3Server('qiao/attachments/');
const { ctx, signIn, store, createNote, upload, download, remove } = await createAttachmentsTestApp({ attachmentStorage: bucket });
const owner = await signIn(['officer']);

const storedKeys = async () => {
  const keys: string[] = [];
  for await (const object of store.storage.list()) keys.push(object.key);
  return keys.sort();
};
const localFiles = async () => fs.readdir(path.dirname(store.incoming), { recursive: true }).catch(() => []);

describe('attachments in an S3-compatible bucket', () => {
  it('stores an upload in the bucket, keeping nothing on local disk, and serves it back', async () => {
    expect(openAttachmentStore(ctx.config).storage).toBe(store.storage);
    const note = await createNote(owner.userId);
    const uploaded = await upload(owner, { recordId: note }, '项目说明书.pdf', pdf);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { id } = uploaded.json() as { id: string };
    expect(await storedKeys()).toContain(storageKeyOf(id));
    expect(await localFiles()).toEqual(['incoming']);
    const content = await download(owner, id);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.rawPayload.equals(pdf)).toBe(true);
  });

  it('keeps a deleted attachment’s content, and sweeps only content without a row that is old enough', async () => {
    const note = await createNote(owner.userId);
    const live = (await upload(owner, { recordId: note }, 'live.pdf', pdf)).json() as { id: string };
    const deleted = (await upload(owner, { recordId: note }, 'deleted.pdf', pdf)).json() as { id: string };
    expect((await remove(owner, deleted.id)).statusCode).toBe(204);
    expect((await download(owner, deleted.id)).statusCode).toBe(404);
    // Stored whole, its row not yet written: another instance's upload, for all the sweep can tell.
    const orphan = storageKeyOf(randomUUID());
    const source = path.join(store.incoming, `${randomUUID()}.part`);
    await fs.writeFile(source, pdf);
    await store.storage.put(orphan, source);

    expect(await sweepUnreferenced(ctx.db, store.storage, new Date(Date.now() - abandonedAfterMs))).toBe(0);
    expect(await storedKeys()).toContain(orphan);
    // An hour on (the bucket keeps whole seconds, so a moment past them).
    expect(await sweepUnreferenced(ctx.db, store.storage, new Date(Date.now() + 2000))).toBe(1);
    expect(await storedKeys()).not.toContain(orphan);
    expect(await storedKeys()).toEqual(expect.arrayContaining([storageKeyOf(live.id), storageKeyOf(deleted.id)]));
    expect((await download(owner, live.id)).rawPayload.equals(pdf)).toBe(true);
  });

  it('answers for content gone from the bucket as for a file gone from disk', async () => {
    const note = await createNote(owner.userId);
    const { id } = (await upload(owner, { recordId: note }, 'lost.pdf', pdf)).json() as { id: string };
    await store.storage.remove(storageKeyOf(id));
    const lost = await download(owner, id);
    expect(lost.statusCode).toBe(500);
    expect(lost.json().code).toBe('problem.internal');
  });

  it('does not start with a bucket it cannot reach, naming the setting', async () => {
    const elsewhere = { ...ctx, config: { ...ctx.config, attachmentStorage: { ...bucket, bucket: 'qiao-missing' } } };
    await expect(sweepIncomingAtStart(elsewhere)).rejects.toThrow(/"qiao-missing" \(S3_BUCKET\).*check S3_BUCKET/);
  });
});
