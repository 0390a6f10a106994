import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { pathNodeSchema } from '../reference/schemas.ts';
import { organisationKinds, sizeClasses } from './schema.ts';
import { canonicalCreditCode, creditCodeProblem } from './validate-credit-code.ts';

/** Optional free text: blank means absent. */
const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable();

export const creditCodeInput = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const code = canonicalCreditCode(value);
    if (!code) return null;
    const problem = creditCodeProblem(code);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: `enterprise.creditCode.${problem.problem}`,
        input: value,
      });
      return z.NEVER;
    }
    return code;
  })
  .nullable()
  .describe('统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; lower case is accepted');

export const contactInput = z.object({
  id: z.uuid().optional().describe("An existing contact's id keeps it (and what links to it); absent adds one"),
  name: text(100).min(1),
  title: optionalText(100).optional(),
  phone: optionalText(50).optional(),
  email: optionalText(200)
    .refine((value) => value === null || z.email().safeParse(value).success, { message: 'field.invalid' })
    .optional(),
  isPrimary: z.boolean().default(false),
});

const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))
  .pipe(z.array(z.uuid()).max(20));

/** Every editable field; create, update and import rows all validate with it. */
const editableFields = z.object({
  name: text(200).min(1),
  formerNames: z.array(text(200).min(1)).max(20),
  creditCode: creditCodeInput,
  industryCode: text(10)
    .transform((value) => value || null)
    .nullable()
    .describe("GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911')"),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, { message: 'field.invalid' })
    .nullable()
    .describe("GB/T 2260 code, e.g. '370212'"),
  address: optionalText(500),
  registeredCapitalWan: z
    .number()
    .min(0, { message: 'enterprise.capitalRange' })
    .max(1e12, { message: 'enterprise.capitalRange' })
    .nullable()
    .describe('注册资本, in 万元 (10,000 CNY)'),
  foundedOn: z.iso.date().nullable().describe('YYYY-MM-DD'),
  sizeClass: z.enum(sizeClasses).nullable(),
  kind: z.enum(organisationKinds).describe('What kind of organisation: company unless given'),
  contacts: z.array(contactInput).max(50).describe('The whole list: contacts left out are removed'),
  tagIds: z.array(z.uuid()).max(50),
});

export const enterpriseInput = editableFields.partial().required({ name: true });
export type EnterpriseInput = z.output<typeof enterpriseInput>;
export type EnterpriseChanges = z.output<typeof updateEnterpriseBody>;

const confirmDuplicate = z
  .boolean()
  .optional()
  .describe('Save although the name is near-identical to an existing enterprise (never overrides a taken credit code)');

export const createEnterpriseBody = enterpriseInput.extend({ confirmDuplicate });
export const updateEnterpriseBody = editableFields.partial().extend({ confirmDuplicate });

export const contactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
});

export const tagSchema = z.object({ id: z.uuid(), name: z.string(), color: z.string() });

export const enterpriseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  formerNames: z.array(z.string()),
  creditCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  industryPath: z.array(pathNodeSchema).describe('Section → division → group → class'),
  regionCode: z.string().nullable(),
  regionPath: z.array(pathNodeSchema).describe('Province → city → district'),
  address: z.string().nullable(),
  registeredCapitalWan: z.number().nullable(),
  foundedOn: z.string().nullable(),
  sizeClass: z.enum(sizeClasses).nullable(),
  kind: z.enum(organisationKinds),
  contacts: z.array(contactSchema),
  tags: z.array(tagSchema),
  mergedIntoId: z.uuid().nullable().describe('Set when this record was merged into another; show that one instead'),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Enterprise = z.output<typeof enterpriseSchema>;

export const enterpriseSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable().describe("The whole path, e.g. '山东省 / 青岛市 / 崂山区'"),
  sizeClass: z.enum(sizeClasses).nullable(),
  registeredCapitalWan: z.number().nullable(),
  foundedOn: z.string().nullable(),
  tags: z.array(tagSchema),
  updatedAt: z.date(),
});

export const enterpriseSorts = ['name', 'creditCode', 'registeredCapitalWan', 'foundedOn', 'updatedAt', 'createdAt'] as const;

export const enterpriseFilters = z.object({
  q: z.string().trim().max(200).optional().describe('Current or former name (either script) or credit code'),
  creditCode: z.string().trim().max(40).optional().describe('Credit code or its beginning'),
  industry: z.string().trim().max(10).optional().describe("Industry code at any level: 'C' or 'C39' finds all beneath"),
  region: z
    .string()
    .regex(/^\d{6}$/, { message: 'field.invalid' })
    .optional()
    .describe("Region code at any level: '370000' finds all of 山东"),
  tag: idList.optional().describe('Tag ids, repeated or comma-separated: enterprises having all of them'),
  sizeClass: z.enum(sizeClasses).optional(),
  sort: z.enum(enterpriseSorts).default('updatedAt'),
  order: z.enum(['asc', 'desc']).optional().describe('Default: asc for name and credit code, desc otherwise'),
});
export type EnterpriseFilters = z.output<typeof enterpriseFilters>;

export const enterpriseListQuery = enterpriseFilters.extend(pageQuery.shape);

export const enterprisePage = pageOf(enterpriseSummarySchema).extend({
  totalExact: z
    .boolean()
    .describe('false when more than 1,000 match: total is then an estimate (never below 1,001), to be shown as such'),
});

export const enterpriseStatsSchema = z.object({
  total: z.number().int(),
  byRegion: z
    .array(z.object({ regionCode: z.string().nullable(), count: z.number().int() }))
    .describe('Per region code as stored (a district, or a city or province when no finer one is known); null: none'),
  bySizeClass: z.array(z.object({ sizeClass: z.enum(sizeClasses).nullable(), count: z.number().int() })),
  byTag: z.array(z.object({ tagId: z.uuid(), count: z.number().int() })).describe('Every tag, by name, with 0 when unused'),
});
export type EnterpriseStats = z.output<typeof enterpriseStatsSchema>;

export const duplicateCheckBody = z.object({
  name: text(200).min(1),
  creditCode: z.string().max(40).optional(),
  excludeId: z.uuid().optional().describe('The record being edited'),
});

export const duplicateCandidateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  reason: z.enum(['creditCode', 'name']),
});
export type DuplicateCandidate = z.output<typeof duplicateCandidateSchema>;

export const duplicateCheckResponse = z.object({ candidates: z.array(duplicateCandidateSchema) });

export const mergeBody = z.object({ duplicateId: z.uuid().describe('The record that disappears into this one') });

export const timelineItemSchema = z.object({
  at: z.date(),
  kind: z.string().describe("The source: 'audit' for changes of the record; other modules add theirs"),
  title: z.string(),
  actorName: z.string().nullable(),
  details: z.unknown(),
});

const tagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'field.invalid' }).describe('#RRGGBB');
export const createTagBody = z.object({ name: text(30).min(1), color: tagColor });
export const updateTagBody = createTagBody.partial();
