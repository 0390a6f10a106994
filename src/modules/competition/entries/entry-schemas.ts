import { z } from 'zod';
import { findPasswordProblem, passwordProblemKey } from '../../../platform/auth/password-rule.ts';
import { usernameInput } from '../../../platform/auth/schemas.ts';
import { pageOf, pageQuery, text } from '../../../platform/http/schemas.ts';
import { creditCodeInput } from '../../enterprises/schemas.ts';
import { entrySources, entryStages, entryStates, financingRounds, landingSupportKinds, phaseKinds } from '../competition-terms.ts';

/** How an entrant may say they came: the organisers' own registrations are `organiser`, set by the route. */
export const publicEntrySources = ['online', 'partner', 'referral'] as const;

/** What an entry holds, whoever registers it. */
export const entryFields = z.object({
  roundId: z.uuid(),
  trackId: z.uuid(),
  projectName: text(200).min(1),
  organisationName: text(200).min(1).describe("The entrant's company or institution; found in the master record by name or credit code, or added to it"),
  creditCode: creditCodeInput.optional().describe('统一社会信用代码, when the organisation is registered'),
  stage: z.enum(entryStages),
  financing: z.enum(financingRounds),
  financingWan: z.number().min(0).max(100_000_000).nullable().optional().describe('万元 raised so far'),
  teamSize: z.number().int().min(1).max(100_000),
  teamSummary: text(2_000).min(1),
  summary: text(4_000).min(1),
  contactName: text(100).min(1),
  contactPhone: text(30).regex(/^\+?[\d\s()-]{5,30}$/, { message: 'field.invalid' }),
  contactEmail: z.email().max(200).nullable().optional(),
  /** The same key twice registers one entry: a form sent again after a lost answer. */
  idempotencyKey: text(100).min(8),
});

/** The public form: the entry, how the entrant came, and the account they choose (the app's password rule). */
export const registrationFields = entryFields
  .extend({
    source: z.enum(publicEntrySources).default('online'),
    username: usernameInput,
    password: z.string().max(200),
  })
  .superRefine((body, context) => {
    const problem = findPasswordProblem(body.password, [body.username, body.contactName]);
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: passwordProblemKey(problem) });
  });
export type RegistrationInput = z.output<typeof registrationFields>;
export type EntryInput = z.output<typeof entryFields>;

/** The multipart form as the OpenAPI document describes it: the fields as JSON, and the two files. */
export const entryForm = z
  .object({
    entry: z.string().meta({ description: 'The fields as JSON' }),
    businessPlan: z.string().meta({ format: 'binary', description: 'The business plan (PDF, at most 20 MB), typed by its content' }),
    pitchDeck: z.string().meta({ format: 'binary', description: 'The pitch deck (PDF or PPTX, at most 50 MB), typed by its content' }),
  })
  .nullish();

export const registeredSchema = z.object({
  entryId: z.uuid(),
  number: z.string().describe('e.g. LB2026-0042'),
  state: z.enum(entryStates),
  username: z.string().nullable().describe("The entrant's account, to sign in with; null for an organiser's registration"),
});

export const openRoundSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  venue: z.string().nullable(),
  heldOn: z.string(),
  /** No place left: the form refuses it. */
  full: z.boolean(),
});
export const openEditionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  year: z.number().int(),
  tracks: z.array(z.object({ id: z.uuid(), name: z.string() })),
  rounds: z.array(openRoundSchema),
});

const reasonSchema = z.string().describe("Why the entry is ineligible, in the reader's language");

const phaseTimingSchema = z.object({ id: z.uuid(), kind: z.enum(phaseKinds), opensOn: z.string().nullable(), closesOn: z.string().nullable() });

/** An entry as its entrant follows it: where it stands and why, its round and phases; never any score. */
export const myEntrySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  projectName: z.string(),
  organisationName: z.string(),
  editionName: z.string(),
  trackName: z.string(),
  round: z.object({ id: z.uuid(), name: z.string(), city: z.string(), heldOn: z.string() }),
  phases: z.array(phaseTimingSchema),
  state: z.enum(entryStates),
  reasons: z.array(reasonSchema),
  createdAt: z.date(),
  /** What the entrant may do now. */
  actions: z.array(z.enum(['withdraw'])),
  /** The entry's rank and advancement in each closed phase; never a score. */
  results: z.array(z.object({ phaseId: z.uuid(), phaseKind: z.enum(phaseKinds), rank: z.number().int().nullable(), advanced: z.boolean() })),
});
export type MyEntry = z.output<typeof myEntrySchema>;

export const entryFileSchema = z.object({ id: z.uuid(), kind: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number().int(), createdAt: z.date() });

export const entrySummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  projectName: z.string(),
  organisationName: z.string(),
  enterpriseId: z.uuid(),
  trackId: z.uuid(),
  trackName: z.string(),
  stage: z.enum(entryStages),
  financing: z.enum(financingRounds),
  source: z.enum(entrySources),
  state: z.enum(entryStates),
  createdAt: z.date(),
});
/** An entry in its round's list, with the kinds of landing support it was given (each once, in the terms' order). */
export const roundEntrySchema = entrySummarySchema.extend({ landingSupport: z.array(z.enum(landingSupportKinds)) });
export const entryPage = pageOf(roundEntrySchema);

/** An entry as the organisers and staff read it. */
export const entryDetailSchema = entrySummarySchema.extend({
  editionId: z.uuid(),
  roundId: z.uuid(),
  roundName: z.string(),
  financingWan: z.number().nullable(),
  teamSize: z.number().int(),
  teamSummary: z.string(),
  summary: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string().nullable(),
  reasons: z.array(reasonSchema),
  files: z.array(entryFileSchema),
  actions: z.array(z.enum(['markIneligible', 'markEligible'])),
});
export type EntryDetail = z.output<typeof entryDetailSchema>;

export const roundEntryQuery = pageQuery.extend({
  trackId: z.uuid().optional(),
  state: z.enum(entryStates).optional(),
  source: z.enum(entrySources).optional(),
  q: text(100).optional().describe('Within the number, the project and the organisation'),
});
export type RoundEntryQuery = z.output<typeof roundEntryQuery>;

export const eligibilityBody = z.discriminatedUnion('eligible', [
  z.object({ eligible: z.literal(true) }),
  z.object({ eligible: z.literal(false), reasons: z.array(text(500).min(1)).min(1).max(10) }),
]);
export type EligibilityInput = z.output<typeof eligibilityBody>;

export const entryParams = z.object({ entryId: z.uuid() });
