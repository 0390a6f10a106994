import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { AttachmentStorageConfig } from '../../config.ts';
import type { AttachmentStorage, StoredObject } from './storage.ts';
import { assertStorageKey, isStorageKey, missingContent } from './storage-key.ts';

type S3Config = Extract<AttachmentStorageConfig, { kind: 's3' }>;

/**
 * The longest a put may take, past which it is abandoned. It keeps the content's age, once stored, well under the
 * hour after which the sweep takes content without a row (abandonedAfterMs), even counting the minutes by which the
 * service's clock and this instance's may differ: content whose row is about to be written is never that old.
 */
const putDeadlineMs = 20 * 60 * 1000;
const checkDeadlineMs = 15 * 1000;
const putAttempts = 3;

const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);
const isMissing = (error: unknown) => (error instanceof S3ServiceException && error.name === 'NoSuchKey') || statusOf(error) === 404;

/** A failure worth another attempt: the service busy or failing, or the connection lost, but not the deadline. */
function isTransient(error: unknown): boolean {
  if (error instanceof Error && error.name === 'AbortError') return false;
  const status = statusOf(error);
  return status === undefined || status === 429 || status >= 500;
}

/** Objects in a bucket of S3-compatible storage (MinIO, Alibaba OSS, Tencent COS, AWS), under the configured prefix. */
export class S3Storage implements AttachmentStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(private readonly config: S3Config) {
    this.bucket = config.bucket;
    this.prefix = config.prefix;
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      // Only these keys: never whatever the machine's environment or profile would otherwise lend the SDK.
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Checksums only where an operation requires them: OSS, COS and older MinIO refuse the SDK's default
      // (a checksum trailing the streamed body).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // Reads, lists and deletions are retried by the SDK; a put streams its file once, so `put` retries it itself.
      maxAttempts: 3,
      requestHandler: {
        connectionTimeout: 5_000,
        // A connection silent this long is dead; a download whose reader stalls that long is cut off too.
        socketTimeout: 60_000,
        // Downloads hold their connection while the browser reads: more than the SDK's 50 at once.
        httpAgent: { keepAlive: true, maxSockets: 256 },
        httpsAgent: { keepAlive: true, maxSockets: 256 },
      },
    });
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return this.prefix + key;
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), { abortSignal: AbortSignal.timeout(checkDeadlineMs) });
    } catch (error) {
      throw new Error(`${this.describe()} cannot be used: ${this.diagnose(error)}`, { cause: error });
    }
  }

  private describe(): string {
    return `the S3 bucket "${this.bucket}" (S3_BUCKET) at ${this.config.endpoint ?? `AWS in ${this.config.region}`}`;
  }

  /** Which setting to correct, as far as the answer tells. */
  private diagnose(error: unknown): string {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const status = statusOf(error);
    if (status === 404) return `no such bucket (${reason}); check S3_BUCKET, and S3_FORCE_PATH_STYLE=true for MinIO`;
    if (status === 401 || status === 403) return `access refused (${reason}); check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the key's rights on the bucket`;
    if (status === 301 || status === 400) return `the bucket is elsewhere (${reason}); check S3_REGION and S3_ENDPOINT`;
    if (status === undefined) return `no answer (${reason}); check S3_ENDPOINT, and S3_FORCE_PATH_STYLE=true for MinIO`;
    return `${reason}; check S3_ENDPOINT`;
  }

  async put(key: string, sourcePath: string): Promise<void> {
    const Key = this.objectKey(key);
    const { size } = await fs.stat(sourcePath);
    const abortSignal = AbortSignal.timeout(putDeadlineMs);
    for (let attempt = 1; ; attempt++) {
      // Streamed from disk, a fresh stream for each attempt; the length given, so the service needs no chunking.
      const Body = createReadStream(sourcePath);
      try {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body, ContentLength: size }), { abortSignal });
        break;
      } catch (error) {
        if (attempt === putAttempts || !isTransient(error) || abortSignal.aborted) throw error;
      } finally {
        Body.destroy();
      }
      await sleep(attempt * 500);
    }
    // Stored: the local copy goes, as it does when local storage moves it.
    await fs.rm(sourcePath, { force: true });
  }

  async read(key: string): Promise<Readable> {
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      if (!(Body instanceof Readable)) throw new Error(`GetObject ${key}: no readable body`);
      return Body;
    } catch (error) {
      if (isMissing(error)) throw missingContent(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      // S3 itself answers 204 to a missing key; some compatible services answer 404.
      if (!isMissing(error)) throw error;
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, ContinuationToken }));
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.prefix.length);
        // Only Qiao's keys: whatever else someone put under the prefix is neither listed nor swept.
        if (key && isStorageKey(key) && object.LastModified) yield { key, modifiedAt: object.LastModified };
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }
}
