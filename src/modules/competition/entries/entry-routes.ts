import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { openAttachmentStore } from '../../../platform/attachments/storage.ts';
import { actorOf, can, currentUser } from '../../../platform/auth/plugin.ts';
import { chinaDayOf } from '../../../platform/calendar/china-day.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { problemResponses } from '../../../platform/http/schemas.ts';
import { sourceRateLimit } from '../../../platform/http/source-rate-limit.ts';
import { xlsxDownload, xlsxResponse } from '../../../platform/http/xlsx-download.ts';
import { translate } from '../../../platform/i18n/messages.ts';
import { findRoundOf } from '../competition-records.ts';
import { roundParams } from '../schemas.ts';
import { entryFileKinds } from './entry-attachments.ts';
import { readEntryDetail } from './entry-records.ts';
import {
  eligibilityBody,
  entryDetailSchema,
  entryFields,
  entryForm,
  entryPage,
  entryParams,
  myEntrySchema,
  openEditionSchema,
  registeredSchema,
  registrationFields,
  roundEntryQuery,
} from './entry-schemas.ts';
import { exportRoundEntries } from './export-round-entries.ts';
import { listMyEntries } from './list-my-entries.ts';
import { listOpenEditions } from './list-open-editions.ts';
import { listRoundEntries } from './list-round-entries.ts';
import { readEntryForm } from './read-entry-form.ts';
import { registerEntry, type Registered } from './register-entry.ts';
import { setEntryEligibility } from './set-entry-eligibility.ts';
import { withdrawEntry } from './withdraw-entry.ts';
import './entry-messages.ts';

/** What one source address may ask of the public registration in a minute: reading the form's choices, and sending it. */
export const registrationReadsPerMinute = 300;
export const registrationsPerMinute = 20;

const registeredOf = ({ entry, username }: Registered) => ({ entryId: entry.id, number: entry.number, state: entry.state, username });

/**
 * Entries: the public registration (no account needed; it makes one), the entrant's own entries, and the organisers'
 * lists, detail, eligibility, registration on an entrant's behalf and export.
 */
export async function entryRoutes(instance: FastifyInstance) {
  const largest = Math.max(...Object.values(entryFileKinds).map((kind) => kind.maxBytes));
  // Each file's own limit is counted as it arrives; these only stop a runaway form.
  await instance.register(multipart, { limits: { fileSize: largest + 1, files: 2, fields: 2, parts: 4, fieldSize: 64 * 1024 } });
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const store = openAttachmentStore(app.ctx.config);
  const tags = ['competition entries'];
  const access = 'public' as const;
  const readLimit = sourceRateLimit(registrationReadsPerMinute);
  const sendLimit = sourceRateLimit(registrationsPerMinute);
  const limited = { ...problemResponses, 429: problemResponses[400] };
  const uploads = { 413: problemResponses[400], 415: problemResponses[400] };
  const mine = { permission: 'competition.enter' } as const;
  const read = { permission: 'competition.read' } as const;
  const manage = { permission: 'competition.manage' } as const;

  app.get('/api/competition/open-editions', {
    config: { access },
    onRequest: async (request: FastifyRequest) => readLimit(request.ip),
    schema: { tags, summary: 'The editions taking entries, with their tracks and open regional rounds, for the public form', response: { 200: openEditionSchema.array(), ...limited } },
    handler: async () => listOpenEditions(db),
  });

  app.post('/api/competition/registrations', {
    config: { access },
    onRequest: async (request: FastifyRequest) => sendLimit(request.ip),
    schema: {
      tags,
      summary: 'Register an entry on the public form, making the entrant’s account',
      description:
        'A multipart form: `entry` (the fields as JSON), `businessPlan` and `pitchDeck`. Every problem comes back at once as field errors (400) and nothing is written: the round and edition open, the track of the edition, a place left, the project not already entered by its organisation, the username free and the password strong, both files present and of their types (read from the content). The same idempotencyKey again answers the entry it registered. The entrant then signs in with the username and password chosen.',
      consumes: ['multipart/form-data'],
      body: entryForm,
      response: { 201: registeredSchema, ...uploads, ...limited },
    },
    handler: async (request, reply) => {
      const form = await readEntryForm(request, store, registrationFields);
      const { username, password, source, ...fields } = form.fields;
      const registered = await registerEntry(db, store, { fields, files: form.files }, { entrant: { username, password } }, source);
      return reply.status(201).send(registeredOf(registered));
    },
  });

  app.get('/api/competition/my-entries', {
    config: mine,
    schema: { tags, summary: "The entrant's own entries, latest first, with where each stands and why; never any score", response: { 200: myEntrySchema.array(), ...problemResponses } },
    handler: async (request) => listMyEntries(db, currentUser(request).id, request.locale),
  });

  app.get('/api/competition/my-entries/:entryId', {
    config: mine,
    schema: { tags, summary: "One of the entrant's own entries (404 for anyone else's)", params: entryParams, response: { 200: myEntrySchema, ...problemResponses } },
    handler: async (request) => {
      const [entry] = await listMyEntries(db, currentUser(request).id, request.locale, request.params.entryId);
      if (!entry) throw notFound();
      return entry;
    },
  });

  app.post('/api/competition/my-entries/:entryId/withdraw', {
    config: mine,
    schema: {
      tags,
      summary: 'Withdraw one of the entrant’s own entries',
      description: '409 competition.entry.withdrawClosed once the round’s first phase has closed; 404 for anyone else’s entry.',
      params: entryParams,
      response: { 200: myEntrySchema, ...problemResponses },
    },
    handler: async (request) => {
      const user = currentUser(request);
      await withdrawEntry(db, { ...actorOf(request), id: user.id }, request.params.entryId);
      const [entry] = await listMyEntries(db, user.id, request.locale, request.params.entryId);
      return entry!;
    },
  });

  app.get('/api/competition/editions/:id/rounds/:roundId/entries', {
    config: read,
    schema: { tags, summary: "A page of a round's entries, by number, filtered by track, state and source, searched by number, project and organisation", params: roundParams, querystring: roundEntryQuery, response: { 200: entryPage, ...problemResponses } },
    handler: async (request) => listRoundEntries(db, request.params.id, request.params.roundId, request.query),
  });

  app.get('/api/competition/editions/:id/rounds/:roundId/entries/export', {
    config: read,
    schema: {
      tags,
      summary: "The round's entries, with the list's filters, as an .xlsx workbook (audited)",
      params: roundParams,
      querystring: roundEntryQuery.omit({ page: true, pageSize: true }),
      response: { 200: xlsxResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      const { workbook, roundName } = await exportRoundEntries(db, actorOf(request), request.params.id, request.params.roundId, request.query, request.locale);
      const date = chinaDayOf(new Date());
      return xlsxDownload(reply, workbook, { utf8: translate(request.locale, 'competition.entry.export.fileName', { round: roundName, date }), ascii: `entries-${date}.xlsx` });
    },
  });

  app.post('/api/competition/editions/:id/rounds/:roundId/entries', {
    config: manage,
    schema: {
      tags,
      summary: "Register an entry on an entrant's behalf (source organiser), with the same form and checks as the public one but no account",
      params: roundParams,
      consumes: ['multipart/form-data'],
      body: entryForm,
      response: { 201: registeredSchema, ...uploads, ...problemResponses },
    },
    handler: async (request, reply) => {
      const round = await findRoundOf(db, request.params.id, request.params.roundId);
      const form = await readEntryForm(request, store, entryFields.omit({ roundId: true }));
      const registered = await registerEntry(db, store, { fields: { ...form.fields, roundId: round.id }, files: form.files }, { organiser: actorOf(request) }, 'organiser');
      return reply.status(201).send(registeredOf(registered));
    },
  });

  app.get('/api/competition/entries/:entryId', {
    config: read,
    schema: { tags, summary: 'An entry with its files, as the organisers and staff read it', params: entryParams, response: { 200: entryDetailSchema, ...problemResponses } },
    handler: async (request) => readEntryDetail(db, request.params.entryId, can(request, 'competition.manage'), request.locale),
  });

  app.put('/api/competition/entries/:entryId/eligibility', {
    config: manage,
    schema: {
      tags,
      summary: 'Mark an entry ineligible with reasons, or eligible again (audited)',
      description: '409 competition.entry.alreadyWithdrawn for a withdrawn entry.',
      params: entryParams,
      body: eligibilityBody,
      response: { 200: entryDetailSchema, ...problemResponses },
    },
    handler: async (request) => {
      await setEntryEligibility(db, actorOf(request), request.params.entryId, request.body);
      return readEntryDetail(db, request.params.entryId, true, request.locale);
    },
  });
}

