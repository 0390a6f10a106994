import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { slaStates } from '../../platform/sla/sla-clock.ts';
import { siteReference } from '../sites/find-site-unit.ts';
import {
  serviceMessageVisibilities,
  slaCalendars,
  serviceRequestChannels,
  serviceRequestPriorities,
  serviceRequestStates,
} from './schema.ts';

const localizedNames = z.object({ 'zh-CN': text(50).min(1), 'zh-TW': text(50).min(1), en: text(100).min(1) });

export const categoryCodeParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/) });

export const categoryInput = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,31}$/, { message: 'serviceCategory.codeFormat' })
    .describe('Lower-case letters, digits and dashes, e.g. `utilities`; fixed once created'),
  names: localizedNames,
  description: text(500)
    .transform((value) => value || null)
    .nullable()
    .default(null)
    .describe('What the category takes, shown to whoever chooses it'),
  marketWindow: z.boolean().default(false).describe("One of the technology market's service windows"),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type CategoryInput = z.output<typeof categoryInput>;

// Without the create form's defaults: a change that leaves out `active` must not reactivate.
export const categoryUpdate = z.object({
  names: localizedNames.optional(),
  description: text(500)
    .transform((value) => value || null)
    .nullable()
    .optional(),
  marketWindow: z.boolean().optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type CategoryUpdate = z.output<typeof categoryUpdate>;

export const categoryListQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Inactive categories too; only for holders of serviceCategory.admin'),
});

export const categorySchema = z.object({
  code: z.string(),
  /** In the request's language. */
  name: z.string(),
  names: z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() }),
  description: z.string().nullable(),
  /** One of the technology market's service windows (服务窗口): shown on the market's pages, asks for no place. */
  marketWindow: z.boolean(),
  active: z.boolean(),
  position: z.number().int(),
});
export type CategoryView = z.output<typeof categorySchema>;

export const submitRequestBody = z
  .object({
    categoryCode: z.string().max(32),
    priority: z.enum(serviceRequestPriorities).default('normal'),
    site: siteReference.optional().describe('Where, from the sites register'),
    locationText: text(200)
      .transform((value) => value || undefined)
      .optional()
      .describe('Where, in words, for a place the register does not hold'),
    description: text(5000).min(1),
    /** Made by the form once per submission, so that a double submit or a retry opens one request. */
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'field.invalid' }),
    enterpriseId: z.uuid().optional().describe('Agents only: the enterprise that called or walked in'),
    channel: z.enum(serviceRequestChannels).optional().describe('Agents only: phone or walk-in; an enterprise submits on the web'),
  })
  .describe('A place (site or words) is required unless the category is a market window');
export type SubmitRequestInput = z.output<typeof submitRequestBody>;

export const replyBody = z.object({
  body: text(5000).min(1),
  visibility: z.enum(serviceMessageVisibilities).default('public').describe('internal: a note only the staff read'),
});
export type ReplyInput = z.output<typeof replyBody>;

export const actionBody = z.object({
  message: text(5000)
    .transform((value) => value || undefined)
    .optional()
    .describe('A public reply sent with the move, e.g. what the enterprise is asked for, or how it was solved'),
});

export const transferBody = z.object({ teamId: z.uuid() });
export const mergeBody = z.object({ intoId: z.uuid().describe('The request it duplicates, which survives') });
export const rateBody = z.object({
  rating: z.number().int().min(1).max(5),
  comment: text(1000)
    .transform((value) => value || undefined)
    .optional(),
});

export const queues = ['mine', 'team', 'unassigned', 'all', 'at_risk', 'breached'] as const;
export type Queue = (typeof queues)[number];

export const requestListQuery = pageQuery.extend({
  queue: z
    .enum(queues)
    .default('all')
    .describe(
      'mine: owned by the caller; team: of the caller\'s teams; unassigned: in no team; all: every request the caller sees; at_risk: past an SLA warning, not yet due; breached: past an SLA deadline',
    ),
  state: z.enum(serviceRequestStates).optional(),
  open: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Only those not yet resolved'),
  q: text(100).optional().describe('Part of the reference or the description'),
  enterpriseId: z.uuid().optional().describe("One enterprise's requests, e.g. a duplicate's candidates"),
});
export type RequestListQuery = z.output<typeof requestListQuery>;

const locationSchema = z.object({
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  buildingId: z.string().nullable(),
  buildingName: z.string().nullable(),
  floorId: z.string().nullable(),
  unitId: z.string().nullable(),
  unitCode: z.string().nullable(),
  text: z.string().nullable(),
});

export const requestSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  /** Null for an investor's own request at a market window. */
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  channel: z.enum(serviceRequestChannels),
  categoryCode: z.string(),
  categoryName: z.string(),
  priority: z.enum(serviceRequestPriorities),
  location: locationSchema,
  description: z.string(),
  state: z.enum(serviceRequestStates),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  openedByName: z.string(),
  rating: z.number().int().nullable(),
  acceptedAt: z.date().nullable(),
  firstResponseAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  /** The nearest deadline of the targets still counting (neither met nor paused), and when it is at risk. */
  slaDueAt: z.date().nullable(),
  slaWarnAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type RequestSummary = z.output<typeof requestSummarySchema>;

export const requestMessageSchema = z.object({
  id: z.uuid(),
  /** The request it was written on: this one, or a duplicate merged into it. */
  requestId: z.uuid(),
  authorName: z.string(),
  side: z.enum(['requester', 'staff']),
  visibility: z.enum(serviceMessageVisibilities),
  body: z.string(),
  createdAt: z.date(),
});

export const requestStepSchema = z.object({
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  actorName: z.string(),
  at: z.date(),
});

const requestLinkSchema = z.object({ id: z.uuid(), reference: z.string() });

export const requestActions = ['accept', 'startWork', 'waitOnEnterprise', 'resolve', 'reopen', 'merge', 'reply', 'note', 'transfer', 'rate'] as const;

export const slaTargetStatusSchema = z.object({
  state: z.enum(slaStates),
  dueAt: z.date().nullable().describe('Null while paused, unless already passed'),
  warnAt: z.date().nullable(),
  metAt: z.date().nullable(),
  remainingMs: z.number().int().describe('Working time left to the deadline'),
  overdueMs: z.number().int().describe('Working time past the deadline'),
});

export const requestSlaSchema = z.object({
  cycle: z.number().int().describe('1 as opened, 2 after the first reopening, …'),
  calendar: z.enum(slaCalendars),
  firstResponseMinutes: z.number().int(),
  resolutionMinutes: z.number().int(),
  firstResponse: slaTargetStatusSchema.nullable(),
  resolution: slaTargetStatusSchema.nullable(),
});

export const requestDetailSchema = requestSummarySchema.extend({
  /** The current cycle's SLA as it stands now; null when no policy covers the request's priority. */
  sla: requestSlaSchema.nullable(),
  ratingComment: z.string().nullable(),
  /** The thread: public replies for the enterprise; internal notes too for the staff. */
  messages: z.array(requestMessageSchema),
  /** Every change of state, oldest first. */
  history: z.array(requestStepSchema),
  /** What the caller may do now: the buttons to show. */
  actions: z.array(z.enum(requestActions)),
  /** Until when the enterprise may reopen a resolved request. */
  reopenUntil: z.date().nullable(),
  mergedInto: requestLinkSchema.nullable(),
  /** The duplicates merged into this one, whose threads and files are read here too. */
  mergedFrom: z.array(requestLinkSchema),
});
export type RequestDetail = z.output<typeof requestDetailSchema>;

export const requestPage = pageOf(requestSummarySchema);

export const routingRuleInput = z
  .object({
    categoryCode: z.string().max(32).nullable().default(null),
    siteId: z.uuid().nullable().default(null),
    teamId: z.uuid(),
  })
  .refine((rule) => rule.categoryCode !== null || rule.siteId !== null, { message: 'serviceRouting.matchRequired', path: ['categoryCode'] });
export type RoutingRuleInput = z.output<typeof routingRuleInput>;

export const routingRuleSchema = z.object({
  id: z.uuid(),
  categoryCode: z.string().nullable(),
  categoryName: z.string().nullable(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  teamId: z.string(),
  teamName: z.string(),
});
export type RoutingRuleView = z.output<typeof routingRuleSchema>;

export const fallbackOwnerBody = z.object({ userId: z.uuid() });
export const deskSettingsSchema = z.object({
  fallbackOwnerId: z.string().nullable(),
  fallbackOwnerName: z.string().nullable(),
  /** Who may be the fallback owner: the enabled users who handle requests. */
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type DeskSettings = z.output<typeof deskSettingsSchema>;

export const cannedReplyInput = z.object({
  teamId: z.uuid().nullable().default(null).describe('The team it is for; null for every team'),
  title: text(100).min(1),
  body: text(5000).min(1),
});
export type CannedReplyInput = z.output<typeof cannedReplyInput>;

export const cannedReplySchema = z.object({
  id: z.uuid(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  title: z.string(),
  body: z.string(),
});
export type CannedReplyView = z.output<typeof cannedReplySchema>;

export const placeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  buildings: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      units: z.array(z.object({ id: z.uuid(), code: z.string(), floorLabel: z.string() })),
    }),
  ),
});
export type Place = z.output<typeof placeSchema>;

export const slaPolicySchema = z.object({
  id: z.uuid(),
  categoryCode: z.string().nullable().describe('Null: any category'),
  categoryName: z.string().nullable(),
  priority: z.enum(serviceRequestPriorities),
  firstResponseMinutes: z.number().int(),
  resolutionMinutes: z.number().int(),
  calendar: z.enum(slaCalendars).describe('always: 7×24; business: office hours on working days'),
  updatedAt: z.date(),
});
export type SlaPolicy = z.output<typeof slaPolicySchema>;

const targetMinutes = z.number().int().min(1).max(60 * 24 * 90);

export const slaPolicyInput = z
  .object({
    firstResponseMinutes: targetMinutes,
    resolutionMinutes: targetMinutes,
    calendar: z.enum(slaCalendars),
  })
  .refine((policy) => policy.resolutionMinutes >= policy.firstResponseMinutes, { message: 'serviceSla.resolutionBeforeResponse', path: ['resolutionMinutes'] });
export type SlaPolicyInput = z.output<typeof slaPolicyInput>;
