import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { uploadReadFailure } from '../http/uploads.ts';

export interface ReceivedFile {
  path: string;
  size: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
}

/** Marks the files being received, so that the sweep knows them from anything else in the folder. */
export const incomingSuffix = '.part';

/**
 * Writes an upload to a new file in `folder` as it arrives, hashing and counting on the way, and flushes it to disk.
 * The first byte past `maxBytes` stops it with `tooLarge()`. On any failure the file is removed: a body cut short
 * answers 400 with `attachment.incompleteUpload`, a full disk is the server's failure.
 */
export async function receiveUpload(source: Readable, folder: string, maxBytes: number, tooLarge: () => Error): Promise<ReceivedFile> {
  await fs.mkdir(folder, { recursive: true });
  const target = path.join(folder, `${randomUUID()}${incomingSuffix}`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const sink = createWriteStream(target, { flags: 'wx', flush: true });
  let sinkError: unknown;
  sink.once('error', (error) => {
    sinkError = error;
  });
  try {
    await pipeline(source, meter, sink);
  } catch (error) {
    // Read before waiting: the pipeline's own error reaches the sink as it is destroyed.
    const fromSink = error === sinkError;
    // The file opens asynchronously: removed before the stream is closed, it could be created after its removal.
    if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
    await fs.rm(target, { force: true });
    throw fromSink ? error : uploadReadFailure(error, 'attachment.incompleteUpload');
  }
  return { path: target, size, sha256: hash.digest('hex') };
}
