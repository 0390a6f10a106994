import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { windowRequestStates } from './schema.ts';

const windowNames = z.object({
  'zh-CN': text(50).min(1),
  'zh-TW': text(50).min(1),
  en: text(100).min(1),
});

export const windowCodeParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/) });

export const windowInput = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,31}$/, { message: 'serviceWindow.codeFormat' })
    .describe('Lower-case letters, digits and dashes, e.g. `tech-transfer`; fixed once created'),
  names: windowNames,
  description: text(500)
    .transform((value) => value || null)
    .nullable()
    .optional(),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type WindowInput = z.output<typeof windowInput>;

// Every field optional, and without the create form's defaults: a change that leaves out `active` must not reactivate.
export const windowUpdate = windowInput.omit({ code: true }).partial().extend({ active: z.boolean().optional(), position: z.number().int().min(0).max(10_000).optional() });
export type WindowUpdate = z.output<typeof windowUpdate>;

export const windowListQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Inactive windows too; only for holders of service-window.admin'),
});

export const windowSchema = z.object({
  code: z.string(),
  /** In the request's language. */
  name: z.string(),
  names: z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() }),
  description: z.string().nullable(),
  active: z.boolean(),
  position: z.number().int(),
});
export type ServiceWindow = z.output<typeof windowSchema>;

export const requestActions = ['answer', 'followUp', 'close', 'reopen'] as const;

export const openRequestBody = z.object({
  windowCode: z.string().max(32),
  subject: text(200).min(1),
  description: text(5000).min(1),
  /** Made by the form once per submission, so that a double submit or a retry opens one request. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'field.invalid' }),
  enterpriseId: z.uuid().optional().describe('Staff only: the enterprise it is for (a walk-in); others open for their own account'),
});
export type OpenRequestInput = z.output<typeof openRequestBody>;

export const replyBody = z.object({ body: text(5000).min(1) });

export const requestListQuery = pageQuery.extend({
  windowCode: z.string().max(32).optional(),
  state: z.enum(windowRequestStates).optional(),
  q: text(100).optional(),
  order: z
    .enum(['queue', 'recent'])
    .default('recent')
    .describe('queue: open first, then answered, then closed, oldest first; recent: last changed first'),
});
export type RequestListQuery = z.output<typeof requestListQuery>;

export const requestSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  windowCode: z.string(),
  windowName: z.string(),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  subject: z.string(),
  state: z.enum(windowRequestStates),
  openedByName: z.string(),
  firstResponseAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type RequestSummary = z.output<typeof requestSummarySchema>;

export const requestMessageSchema = z.object({
  id: z.uuid(),
  authorName: z.string(),
  side: z.enum(['requester', 'staff']),
  body: z.string(),
  createdAt: z.date(),
});

export const requestDetailSchema = requestSummarySchema.extend({
  description: z.string(),
  messages: z.array(requestMessageSchema),
  /** What the caller may do now: the buttons to show. */
  actions: z.array(z.enum(requestActions)),
  /** Until when the requester may reopen a closed request. */
  reopenUntil: z.date().nullable(),
});
export type RequestDetail = z.output<typeof requestDetailSchema>;

export const requestPage = pageOf(requestSummarySchema);
