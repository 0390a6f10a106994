import { z } from 'zod';

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const idParams = z.object({ id: z.uuid() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string(),
    code: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .loose()
  // The id makes the OpenAPI document hold this shape once, as components.schemas.Problem, and every error response
  // refer to it rather than repeat it.
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, worded in the caller\'s language' });

/** Error responses every route may give; listed in the OpenAPI document. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
} as const;

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

/** Free text from users: trimmed, bounded, stored as typed. */
export const text = (max: number) => z.string().trim().max(max);

/** Optional free text where an empty answer means none: stored as null. */
export const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

/** A China calendar day as the API writes it. */
export const chinaDay = z.iso.date().describe('YYYY-MM-DD, a China calendar day');
