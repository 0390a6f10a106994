import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { linkRoles } from './link-roles.ts';

const day = z.iso.date().describe('YYYY-MM-DD, a China calendar day');

export const addLinkBody = z
  .object({
    userId: z.uuid().describe('The member of staff linked: a leader account for the leader link'),
    role: z.enum(linkRoles).describe('领导挂点 leader, 政策专员 commissioner'),
    startsOn: day,
    endsOn: day.nullable().optional().describe('The last day, when known; open otherwise'),
    note: text(1000)
      .transform((value) => value || null)
      .nullable()
      .optional(),
  })
  .refine((body) => !body.endsOn || body.startsOn <= body.endsOn, { path: ['endsOn'], message: 'keyEnterprise.endBeforeStart' });
export type AddLinkInput = z.output<typeof addLinkBody>;

export const endLinkBody = z.object({ endsOn: day.describe('The last day of the link') });

export const linkSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(linkRoles),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  note: z.string().nullable(),
  current: z.boolean().describe('In force today'),
  createdByName: z.string().nullable(),
  createdAt: z.date(),
  endedByName: z.string().nullable(),
  endedAt: z.date().nullable(),
});
export const enterpriseLinksSchema = z.object({ items: z.array(linkSchema) });

const currentLinkSchema = z.object({ linkId: z.uuid(), userId: z.uuid(), name: z.string(), role: z.enum(linkRoles), startsOn: z.string(), endsOn: z.string().nullable() });

export const keyEnterpriseListQuery = pageQuery.extend({
  leaderId: z.uuid().optional().describe('Only those this leader is linked to today'),
  commissionerId: z.uuid().optional().describe('Only those this commissioner is linked to today'),
  q: text(100).optional().describe('Part of the name'),
});
export type KeyEnterpriseListQuery = z.output<typeof keyEnterpriseListQuery>;

export const keyEnterprisePage = pageOf(z.object({ enterpriseId: z.uuid(), name: z.string(), links: z.array(currentLinkSchema) }));

export const linkCandidatesQuery = z.object({
  role: z.enum(linkRoles),
  q: text(100).optional().describe('Part of the name or username'),
});
export const linkCandidatesSchema = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), username: z.string() })) });

const openRequestSchema = z.object({ reference: z.string(), title: z.string(), state: z.string(), openedAt: z.date(), path: z.string().nullable() });

export const myKeyEnterprisesSchema = z.object({
  items: z.array(
    z.object({
      enterpriseId: z.uuid(),
      name: z.string(),
      roles: z.array(z.enum(linkRoles)).describe("The reader's links to it"),
      links: z.array(currentLinkSchema),
      recentVisits: z.array(z.object({ id: z.uuid(), visitedOn: z.string(), officerName: z.string(), summary: z.string().nullable(), mayOpen: z.boolean() })),
      openRequests: z.array(openRequestSchema),
    }),
  ),
});
