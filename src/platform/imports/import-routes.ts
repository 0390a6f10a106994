import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../auth/plugin.ts';
import type { Permission } from '../auth/permissions.ts';
import { AppError } from '../http/errors.ts';
import { idParams, problemResponses } from '../http/schemas.ts';
import { uploadReadFailure } from '../http/uploads.ts';
import { xlsxDownload, xlsxResponse } from '../http/xlsx-download.ts';
import { translate } from '../i18n/messages.ts';
import { cancelImport } from './cancel-import.ts';
import { commitImport } from './commit-import.ts';
import { getImport } from './get-import.ts';
import { importErrorReport } from './import-error-report.ts';
import { kindMessage, type AnyImportKind } from './import-kind.ts';
import { importStatusSchema, importSummarySchema } from './schemas.ts';
import { uploadImport } from './upload-import.ts';
import './messages.ts';

const maxFileBytes = 20 * 1024 * 1024;

// Documents the multipart form; the file itself is read from the stream, not validated as JSON.
const uploadForm = z
  .object({ file: z.string().meta({ format: 'binary', description: '.xlsx, or .csv in UTF-8 or GB18030; at most 20 MB' }) })
  .nullish();

/** The uploaded file, whole; a body cut short is the client's fault (uploadReadFailure). */
async function receiveFile(kind: AnyImportKind, request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  try {
    const file = await request.file();
    if (!file) throw new AppError(400, kindMessage(kind, 'import.noFile'));
    return { fileName: file.filename, content: await file.toBuffer() };
  } catch (error) {
    throw uploadReadFailure(error, kindMessage(kind, 'import.incompleteUpload'));
  }
}

/** Where and to whom a kind's import routes answer, and how the API documents them. */
export interface ImportRouteOptions {
  /** The records' path: the routes are `${path}/import-template` and `${path}/imports…`. */
  path: string;
  permission: Permission;
  tag: string;
  /** What the upload's documentation says of the records (e.g. "enterprises"). */
  records: string;
}

/**
 * A kind's import routes: template, upload (validated, nothing written), state and progress, error report,
 * commit (a background job, all rows or none) and cancel.
 */
export function importRoutes(kind: AnyImportKind, { path, permission, tag, records }: ImportRouteOptions) {
  return async function routes(instance: FastifyInstance) {
    await instance.register(multipart, { limits: { fileSize: maxFileBytes, files: 1, fields: 5, parts: 6 } });
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const { db, jobs } = app.ctx;
    const tags = [tag];

    app.get(`${path}/import-template`, {
      config: { permission },
      schema: {
        tags,
        summary: 'The .xlsx template to fill in, with an example row, in the request\'s language',
        response: { 200: xlsxResponse, ...problemResponses },
      },
      handler: async (request, reply) =>
        xlsxDownload(reply, await kind.template(db, request.locale), {
          utf8: translate(request.locale, kind.templateFileName.message),
          ascii: kind.templateFileName.ascii,
        }),
    });

    app.post(`${path}/imports`, {
      config: { permission },
      schema: {
        tags,
        summary: `Upload a spreadsheet of ${records}: validated row by row, nothing imported yet`,
        description:
          'The header row names the columns in any of the three languages. A file that is no readable .xlsx or .csv, or ' +
          'whose header lacks the required column, gives 400; so do more than 50,000 rows, ' +
          'an .xlsx of more than 1,000 parts and a body cut short. An .xlsx that unpacks to more than 100 MB gives 413.',
        consumes: ['multipart/form-data'],
        body: uploadForm,
        response: { 201: importSummarySchema, 413: problemResponses[400], ...problemResponses },
      },
      handler: async (request, reply) => {
        const file = await receiveFile(kind, request);
        const summary = await uploadImport(db, kind, currentUser(request), request.locale, file);
        return reply.status(201).send(summary);
      },
    });

    app.get(`${path}/imports/:id`, {
      config: { permission },
      schema: { tags, summary: 'State and progress of an import', params: idParams, response: { 200: importStatusSchema, ...problemResponses } },
      handler: async (request) => getImport(db, kind, currentUser(request), request.params.id, request.locale),
    });

    app.get(`${path}/imports/:id/errors.xlsx`, {
      config: { permission },
      schema: {
        tags,
        summary: 'The invalid rows with their values and their errors, in the request\'s language',
        params: idParams,
        response: { 200: xlsxResponse, ...problemResponses },
      },
      handler: async (request, reply) => {
        const { workbook, fileName } = await importErrorReport(db, kind, currentUser(request), request.params.id, request.locale);
        return xlsxDownload(reply, workbook, { utf8: fileName, ascii: 'import-errors.xlsx' });
      },
    });

    app.post(`${path}/imports/:id/commit`, {
      config: { permission },
      schema: {
        tags,
        summary: 'Import the valid rows, in the background and all at once; poll the import for progress',
        params: idParams,
        response: { 202: importStatusSchema, ...problemResponses },
      },
      handler: async (request, reply) => {
        const user = currentUser(request);
        await commitImport(db, jobs, kind, user, actorOf(request), request.params.id);
        return reply.status(202).send(await getImport(db, kind, user, request.params.id, request.locale));
      },
    });

    app.post(`${path}/imports/:id/cancel`, {
      config: { permission },
      schema: { tags, summary: 'Discard a validated import', params: idParams, response: { 200: importStatusSchema, ...problemResponses } },
      handler: async (request) => {
        const user = currentUser(request);
        await cancelImport(db, kind, user, request.params.id);
        return getImport(db, kind, user, request.params.id, request.locale);
      },
    });
  };
}
