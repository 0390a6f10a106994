import type { Readable } from 'node:stream';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../auth/plugin.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { AppError } from '../http/errors.ts';
import { idParams, problemResponses } from '../http/schemas.ts';
import { uploadReadFailure } from '../http/uploads.ts';
import { validateInput } from '../http/validation.ts';
import type { AttachmentKind } from './attachment-kind.ts';
import type { AttachmentView } from './attachment-records.ts';
import { deleteAttachment } from './delete-attachment.ts';
import { listAttachments } from './list-attachments.ts';
import { openAttachment } from './open-attachment.ts';
import { kindNamed } from './record-access.ts';
import { attachmentListSchema, attachmentSchema, contentResponse, recordTarget, uploadForm } from './schemas.ts';
import { openAttachmentStore } from './storage.ts';
import { uploadAttachment } from './upload-attachment.ts';
import './messages.ts';

/**
 * Nothing of a download runs in Qiao's origin, whatever it holds: saved, never shown (attachment), never sniffed
 * into another type, and were a browser to render it anyway, sandboxed with no script, style or subresource.
 */
const downloadHeaders = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cache-control': 'private, no-store',
};

function sendDownload(reply: FastifyReply, attachment: AttachmentView, content: Readable) {
  return reply
    .headers(downloadHeaders)
    .header('content-disposition', attachmentDisposition(attachment.fileName))
    .header('content-length', attachment.size)
    .type(attachment.mediaType)
    .send(content);
}

/**
 * The form's fields up to its file, and the file, still arriving. Fields after the file are not read: the kind they
 * name decides how much of the file to accept, so they must come first.
 */
async function readForm(request: FastifyRequest): Promise<{ fields: Record<string, unknown>; file: MultipartFile }> {
  const fields: Record<string, unknown> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') return { fields, file: part };
      // A field given twice is kept as a list, which no field's schema takes.
      fields[part.fieldname] = part.fieldname in fields ? [fields[part.fieldname], part.value].flat() : part.value;
    }
  } catch (error) {
    throw uploadReadFailure(error, 'attachment.incompleteUpload');
  }
  throw new AppError(400, 'attachment.noFile');
}

/** The record the form names, checked like any request's input. */
function targetOf(fields: Record<string, unknown>) {
  const checked = validateInput(recordTarget, { kind: fields.kind, recordId: fields.recordId });
  if ('error' in checked) throw checked.error;
  return checked.value;
}

/**
 * Files attached to the records of any module that declares attachment kinds. Every route is open to anyone signed
 * in; which records they reach is the kind's policy, and a record they may not read answers 404.
 */
export async function attachmentRoutes(instance: FastifyInstance, { kinds }: { kinds: ReadonlyMap<string, AttachmentKind> }) {
  const largest = Math.max(0, ...[...kinds.values()].map((kind) => kind.maxBytes));
  // Each kind's own limit is counted as the file arrives; this one only stops a runaway part.
  await instance.register(multipart, { limits: { fileSize: largest + 1, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const store = openAttachmentStore(app.ctx.config);
  const tags = ['attachments'];

  app.post('/api/attachments', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Attach a file to a record',
      description:
        'A multipart form: kind and recordId, then the file. 404 when the caller may not read the record, 403 when ' +
        "they may read but not attach; 413 past the kind's size, 415 for a type the kind does not take (read from the " +
        'content, never the name) or for content that runs when opened; 400 for an empty file or a body cut short.',
      consumes: ['multipart/form-data'],
      body: uploadForm,
      response: { 201: attachmentSchema, 413: problemResponses[400], 415: problemResponses[400], ...problemResponses },
    },
    handler: async (request, reply) => {
      const { fields, file } = await readForm(request);
      try {
        const target = targetOf(fields);
        const attachment = await uploadAttachment(db, store, kindNamed(kinds, target.kind), currentUser(request), actorOf(request), target.recordId, {
          name: file.filename,
          content: file.file,
        });
        return reply.status(201).send(attachment);
      } finally {
        // A file refused before its end (no such record, too large) is not read any further.
        file.file.destroy();
      }
    },
  });

  app.get('/api/attachments', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "A record's attachments, and whether the caller may add and delete them",
      querystring: recordTarget,
      response: { 200: attachmentListSchema, ...problemResponses },
    },
    handler: async (request) => listAttachments(db, kindNamed(kinds, request.query.kind), currentUser(request), request.query.recordId),
  });

  app.get('/api/attachments/:id/content', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "An attachment's content, as a download",
      description:
        'To one who may read the record: 404 `attachment.deleted` for a deleted attachment, 410 ' +
        '`attachment.contentRemoved` once the housekeeping has removed its content; 404 as for a missing one otherwise.',
      params: idParams,
      response: { 200: contentResponse, 410: problemResponses[404], ...problemResponses },
    },
    handler: async (request, reply) => {
      const { attachment, content } = await openAttachment(db, store.storage, kinds, currentUser(request), request.params.id);
      return sendDownload(reply, attachment, content);
    },
  });

  app.delete('/api/attachments/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Delete an attachment (audited; for those who may attach to its record)',
      params: idParams,
      response: { 204: z.null(), ...problemResponses },
    },
    handler: async (request, reply) => {
      await deleteAttachment(db, kinds, currentUser(request), actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
