import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../test/s3-server.ts';
import { storageKeyOf } from './attachment-records.ts';
import { LocalDiskStorage } from './local-disk-storage.ts';
import { S3Storage } from './s3-storage.ts';
import type { AttachmentStorage, StoredObject } from './storage.ts';

const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'qiao-test-storage-'));
afterAll(() => fs.rm(scratch, { recursive: true, force: true }));

/** A finished upload, as receiveUpload leaves it for `put`. */
async function uploaded(content: Buffer): Promise<string> {
  const file = path.join(scratch, `${randomUUID()}.part`);
  await fs.writeFile(file, content);
  return file;
}

const exists = (file: string) => fs.access(file).then(() => true, () => false);

async function listed(storage: AttachmentStorage): Promise<StoredObject[]> {
  const objects: StoredObject[] = [];
  for await (const object of storage.list()) objects.push(object);
  return objects;
}
const listedKeys = async (storage: AttachmentStorage) => (await listed(storage)).map((object) => object.key);

const storages: { name: string; open: () => Promise<AttachmentStorage> }[] = [
  { name: 'local disk', open: async () => new LocalDiskStorage(await fs.mkdtemp(path.join(scratch, 'files-'))) },
  { name: 'an S3-compatible bucket', open: async () => new S3Storage(await startS3Server()) },
];

describe.each(storages)('attachment content on $name', async ({ open }) => {
  const storage = await open();
  await storage.check();

  it('stores a file whole, taking it from its place, and serves it back as a stream', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const source = await uploaded(content);
    const key = storageKeyOf(randomUUID());
    const before = Date.now();
    await storage.put(key, source);
    expect(await exists(source)).toBe(false);
    expect((await buffer(await storage.read(key))).equals(content)).toBe(true);
    const stored = (await listed(storage)).find((object) => object.key === key);
    // Seconds are what S3 keeps of the time.
    expect(stored?.modifiedAt.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    expect(stored?.modifiedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('rejects a read of nothing, before any byte, as a missing file does', async () => {
    await expect(storage.read(storageKeyOf(randomUUID()))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('removes content, and takes removing nothing calmly', async () => {
    const key = storageKeyOf(randomUUID());
    await storage.put(key, await uploaded(Buffer.from('会议纪要')));
    await storage.remove(key);
    await expect(storage.read(key)).rejects.toMatchObject({ code: 'ENOENT' });
    await storage.remove(key);
    expect(await listedKeys(storage)).not.toContain(key);
  });

  it('lists every key, past the thousand S3 answers at once', async () => {
    const before = new Set(await listedKeys(storage));
    const keys = Array.from({ length: 1003 }, () => storageKeyOf(randomUUID()));
    for (let start = 0; start < keys.length; start += 25) {
      await Promise.all(keys.slice(start, start + 25).map(async (key) => storage.put(key, await uploaded(Buffer.from(key)))));
    }
    const added = (await listedKeys(storage)).filter((key) => !before.has(key));
    expect(added.sort()).toEqual([...keys].sort());
  });

  it('refuses keys Qiao does not make', async () => {
    const source = await uploaded(Buffer.from('x'));
    for (const key of ['../outside', 'a/../../b', 'A/B', '/ab/c', 'ab/c d']) {
      await expect(storage.put(key, source)).rejects.toThrow(/not a storage key/);
      await expect(storage.read(key)).rejects.toThrow(/not a storage key/);
      await expect(storage.remove(key)).rejects.toThrow(/not a storage key/);
    }
    expect(await exists(source)).toBe(true);
  });
});

describe('an S3-compatible bucket', async () => {
  const settings = await startS3Server('qiao/attachments/');

  it('refuses to start on a bucket it cannot use, naming the setting to correct', async () => {
    await expect(new S3Storage({ ...settings, bucket: 'qiao-elsewhere' }).check()).rejects.toThrow(/"qiao-elsewhere" \(S3_BUCKET\).*no such bucket.*check S3_BUCKET/);
    await expect(new S3Storage({ ...settings, accessKeyId: 'SOMEONE' }).check()).rejects.toThrow(/access refused.*check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
    const closed = new S3Storage({ ...settings, endpoint: 'http://127.0.0.1:9' });
    await expect(closed.check()).rejects.toThrow(/at http:\/\/127\.0\.0\.1:9 cannot be used: no answer.*check S3_ENDPOINT/);
  });

  it('leaves the file in its place when the service does not take it, after trying again', async () => {
    const source = await uploaded(Buffer.from('纪要'));
    const closed = new S3Storage({ ...settings, endpoint: 'http://127.0.0.1:9' });
    await expect(closed.put(storageKeyOf(randomUUID()), source)).rejects.toThrow();
    expect(await exists(source)).toBe(true);
  });

  it('keeps to its prefix: what else the bucket holds is neither listed nor swept', async () => {
    const storage = new S3Storage(settings);
    const key = storageKeyOf(randomUUID());
    await storage.put(key, await uploaded(Buffer.from('ours')));
    const client = new S3Client({ endpoint: settings.endpoint, region: settings.region, forcePathStyle: true, credentials: settings });
    for (const other of ['backups/ab/cd', 'qiao/other/ab/cd', 'qiao/attachments/Notes.txt', 'qiao/attachments/ab/cd.pdf']) {
      await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: other, Body: 'theirs' }));
    }
    client.destroy();
    expect(await listedKeys(storage)).toEqual([key]);
  });
});
