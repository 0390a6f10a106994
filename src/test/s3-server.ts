import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll } from 'vitest';
import type { AttachmentStorageConfig } from '../config.ts';

export const testBucket = 'qiao-test';

// s3rver's continuation tokens are DES-encrypted, which OpenSSL 3 keeps in its legacy provider: without it every
// list longer than a page fails. So it runs in a process of its own with that provider, not in the test's.
const serve = `
const S3rver = require(process.env.S3RVER);
new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.env.DIRECTORY, configureBuckets: [{ name: process.env.BUCKET }] })
  .run()
  .then(({ address, port }) => console.log(JSON.stringify({ address, port })), (error) => { console.error(error); process.exit(1); });
// Ends with the test's process, however that ends: its end of this pipe closes.
process.stdin.resume().on('close', () => process.exit(0));
`;

/**
 * An S3-compatible server (s3rver, on its own port and folder) with an empty bucket, stopped after the test file;
 * returns the settings that reach it, with `prefix`.
 */
export async function startS3Server(prefix = 'attachments/'): Promise<Extract<AttachmentStorageConfig, { kind: 's3' }>> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'qiao-test-s3-'));
  const server = spawn(process.execPath, ['--openssl-legacy-provider', '-e', serve], {
    env: { ...process.env, S3RVER: createRequire(import.meta.url).resolve('s3rver'), DIRECTORY: directory, BUCKET: testBucket },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const stopped = new Promise((resolve) => server.once('exit', resolve));
  afterAll(async () => {
    server.kill();
    await stopped;
    await fs.rm(directory, { recursive: true, force: true });
  });
  const [line] = await Promise.race([
    createInterface({ input: server.stdout })[Symbol.asyncIterator]().next().then(({ value }) => [value as string]),
    stopped.then(() => {
      throw new Error('s3rver did not start');
    }),
  ]);
  const { address, port } = JSON.parse(line!) as { address: string; port: number };
  return {
    kind: 's3',
    endpoint: `http://${address}:${port}`,
    region: 'us-east-1',
    bucket: testBucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix,
  };
}
