import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../../../platform/auth/plugin.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { idParams, problemResponses } from '../../../platform/http/schemas.ts';
import { uploadReadFailure } from '../../../platform/http/uploads.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { importStatusSchema, importSummarySchema } from '../schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../../platform/http/xlsx-download.ts';
import { cancelImport } from './cancel-import.ts';
import { commitImport } from './commit-import.ts';
import { getImport } from './get-import.ts';
import { importErrorReport } from './import-error-report.ts';
import { importTemplate } from './import-template.ts';
import { uploadImport } from './upload-import.ts';
import '../messages.ts';

const maxFileBytes = 20 * 1024 * 1024;

// Documents the multipart form; the file itself is read from the stream, not validated as JSON.
const uploadForm = z
  .object({ file: z.string().meta({ format: 'binary', description: '.xlsx, or .csv in UTF-8 or GB18030; at most 20 MB' }) })
  .nullish();

/** The uploaded file, whole; a body cut short is the client's fault (uploadReadFailure). */
async function receiveFile(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  try {
    const file = await request.file();
    if (!file) throw new AppError(400, 'enterprise.import.noFile');
    return { fileName: file.filename, content: await file.toBuffer() };
  } catch (error) {
    throw uploadReadFailure(error, 'enterprise.import.incompleteUpload');
  }
}

export async function importRoutes(instance: FastifyInstance) {
  await instance.register(multipart, { limits: { fileSize: maxFileBytes, files: 1, fields: 5, parts: 6 } });
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db, jobs } = app.ctx;
  const tags = ['enterprise imports'];

  app.get('/api/enterprises/import-template', {
    config: { permission: 'enterprise.import' },
    schema: {
      tags,
      summary: 'The .xlsx template to fill in, with an example row, in the request\'s language',
      response: { 200: xlsxResponse, ...problemResponses },
    },
    handler: async (request, reply) =>
      xlsxDownload(reply, await importTemplate(db, request.locale), {
        utf8: translate(request.locale, 'enterprise.template.fileName'),
        ascii: 'enterprise-import-template.xlsx',
      }),
  });

  app.post('/api/enterprises/imports', {
    config: { permission: 'enterprise.import' },
    schema: {
      tags,
      summary: 'Upload a spreadsheet of enterprises: validated row by row, nothing imported yet',
      description:
        'The header row names the columns in any of the three languages. A file that is no readable .xlsx or .csv, or ' +
        'whose header lacks the enterprise name, gives 400; so do more than 50,000 rows, ' +
        'an .xlsx of more than 1,000 parts and a body cut short. An .xlsx that unpacks to more than 100 MB gives 413.',
      consumes: ['multipart/form-data'],
      body: uploadForm,
      response: { 201: importSummarySchema, 413: problemResponses[400], ...problemResponses },
    },
    handler: async (request, reply) => {
      const { fileName, content } = await receiveFile(request);
      const summary = await uploadImport(db, currentUser(request).id, request.locale, { fileName, content });
      return reply.status(201).send(summary);
    },
  });

  app.get('/api/enterprises/imports/:id', {
    config: { permission: 'enterprise.import' },
    schema: { tags, summary: 'State and progress of an import', params: idParams, response: { 200: importStatusSchema, ...problemResponses } },
    handler: async (request) => getImport(db, currentUser(request), request.params.id, request.locale),
  });

  app.get('/api/enterprises/imports/:id/errors.xlsx', {
    config: { permission: 'enterprise.import' },
    schema: {
      tags,
      summary: 'The invalid rows with their values and their errors, in the request\'s language',
      params: idParams,
      response: { 200: xlsxResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { workbook, fileName } = await importErrorReport(db, currentUser(request), request.params.id, request.locale);
      return xlsxDownload(reply, workbook, { utf8: fileName, ascii: 'import-errors.xlsx' });
    },
  });

  app.post('/api/enterprises/imports/:id/commit', {
    config: { permission: 'enterprise.import' },
    schema: {
      tags,
      summary: 'Import the valid rows, in the background and all at once; poll the import for progress',
      params: idParams,
      response: { 202: importStatusSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      const user = currentUser(request);
      await commitImport(db, jobs, user, actorOf(request), request.params.id);
      return reply.status(202).send(await getImport(db, user, request.params.id, request.locale));
    },
  });

  app.post('/api/enterprises/imports/:id/cancel', {
    config: { permission: 'enterprise.import' },
    schema: { tags, summary: 'Discard a validated import', params: idParams, response: { 200: importStatusSchema, ...problemResponses } },
    handler: async (request) => {
      const user = currentUser(request);
      await cancelImport(db, user, request.params.id);
      return getImport(db, user, request.params.id, request.locale);
    },
  });
}
