import type { FastifyRequest } from 'fastify';
import type { ZodType, z } from 'zod';
import type { AttachmentStore } from '../../../platform/attachments/storage.ts';
import { discardStoredFile, storeAttachmentFile, type StoredFile } from '../../../platform/attachments/upload-attachment.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { uploadReadFailure } from '../../../platform/http/uploads.ts';
import { RequestValidationError, validateInput } from '../../../platform/http/validation.ts';
import { entryFileKinds, type EntryFileField } from './entry-attachments.ts';

/** Refusals of one file that the form shows under the file's field rather than as the whole answer. */
const fileRefusals = new Set(['attachment.empty', 'attachment.tooLarge', 'attachment.typeRefused', 'attachment.activeContent']);

const isFileField = (name: string): name is EntryFileField => Object.hasOwn(entryFileKinds, name);

type Issue = RequestValidationError['issues'][number];
const issueOf = (field: string, message: string, params?: Record<string, unknown>) => ({ code: 'custom', path: [field], message, params, input: undefined }) as Issue;

export interface EntryForm<T> {
  fields: T;
  files: Record<EntryFileField, StoredFile>;
}

/**
 * An entry's multipart form: the field `entry` (its fields as JSON), the business plan and the pitch deck, each stored as it arrives (typed by content, within its kind's size). Every problem, of the fields or of
 * either file, comes back at once as field errors, and then nothing stays stored; the caller discards the files too
 * if its write fails.
 */
export async function readEntryForm<S extends ZodType>(request: FastifyRequest, store: AttachmentStore, schema: S): Promise<EntryForm<z.output<S>>> {
  let json: string | undefined;
  const stored: Partial<Record<EntryFileField, StoredFile>> = {};
  const issues: Issue[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'entry' && typeof part.value === 'string') json = part.value;
        continue;
      }
      if (!isFileField(part.fieldname) || stored[part.fieldname]) {
        part.file.resume();
        continue;
      }
      try {
        stored[part.fieldname] = await storeAttachmentFile(store, entryFileKinds[part.fieldname], { name: part.filename, content: part.file });
      } catch (error) {
        if (!(error instanceof AppError && fileRefusals.has(error.code))) throw error;
        part.file.resume();
        issues.push(issueOf(part.fieldname, error.code, error.options.params));
      }
    }
    for (const field of Object.keys(entryFileKinds) as EntryFileField[]) {
      if (!stored[field] && !issues.some((issue) => issue.path[0] === field)) issues.push(issueOf(field, 'competition.entry.fileMissing'));
    }
    const parsed = validateInput(schema, parseJson(json));
    if ('error' in parsed) issues.unshift(...parsed.error.issues);
    if (issues.length || 'error' in parsed) throw new RequestValidationError(issues);
    return { fields: parsed.value, files: stored as Record<EntryFileField, StoredFile> };
  } catch (error) {
    await Promise.all(Object.values(stored).map((file) => discardStoredFile(store, file)));
    throw uploadReadFailure(error, 'attachment.incompleteUpload');
  }
}

function parseJson(json: string | undefined): unknown {
  if (json === undefined) throw new AppError(400, 'competition.entry.formMalformed');
  try {
    return JSON.parse(json);
  } catch {
    throw new AppError(400, 'competition.entry.formMalformed');
  }
}
