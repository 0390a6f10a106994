import { z } from 'zod';
import { pageOf, pageQuery, text } from '../../platform/http/schemas.ts';
import { createEnterpriseBody } from '../enterprises/schemas.ts';
import { leaseActions } from './lease-workflow.ts';
import { activeLeaseStates, leaseStates, siteKinds, unitUses } from './schema.ts';

const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable();

const squareMetres = z.number().positive().max(10_000_000).describe('Square metres');

export const siteBody = z.object({
  name: text(200).min(1),
  kind: z.enum(siteKinds),
  regionCode: text(12)
    .transform((value) => value || null)
    .nullable()
    .optional()
    .describe('GB/T 2260 code of the district'),
  address: optionalText(500).optional(),
  teamId: z.uuid().nullable().optional().describe('The managing team, whose members keep the site'),
  note: optionalText(2000).optional(),
});
export type SiteInput = z.output<typeof siteBody>;
export const updateSiteBody = siteBody.partial();
export type UpdateSiteInput = z.output<typeof updateSiteBody>;

export const buildingBody = z.object({ name: text(100).min(1) });

const unitRow = z.object({
  level: z
    .number()
    .int()
    .min(-10)
    .max(200)
    .refine((level) => level !== 0, 'site.unit.floorZero')
    .describe('The floor: 1 the ground floor, -1 the first basement'),
  code: text(40).min(1),
  area: squareMetres,
  use: z.enum(unitUses),
});
export type UnitRow = z.output<typeof unitRow>;

/** "Floors 1–5, units 01–20 on each, 80 m²": codes are the floor and the unit's number, e.g. 101…120, 201…220. */
export const unitPattern = z
  .object({
    floorFrom: z.number().int().min(-10).max(200),
    floorTo: z.number().int().min(-10).max(200),
    unitFrom: z.number().int().min(1).max(99),
    unitTo: z.number().int().min(1).max(99),
    prefix: text(10).default('').describe("Before each code, e.g. 'A-'"),
    area: squareMetres,
    use: z.enum(unitUses),
  })
  .refine((p) => !(p.floorTo < p.floorFrom), { message: 'site.unit.rangeOrder', path: ['floorTo'] })
  .refine((p) => !(p.unitTo < p.unitFrom), { message: 'site.unit.rangeOrder', path: ['unitTo'] })
  .refine((p) => !((p.floorTo - p.floorFrom + 1) * (p.unitTo - p.unitFrom + 1) > 2000), { message: 'site.unit.tooMany', path: ['unitTo'] });
export type UnitPattern = z.output<typeof unitPattern>;

export const addUnitsBody = z
  .object({
    rows: z.array(unitRow).min(1).max(2000).optional().describe('Units one by one'),
    pattern: unitPattern.optional().describe('Or a block of floors and units'),
  })
  .refine((body) => (body.rows === undefined) !== (body.pattern === undefined), { message: 'site.unit.rowsOrPattern', path: ['rows'] });
export type AddUnitsInput = z.output<typeof addUnitsBody>;

export const updateUnitBody = z.object({ code: text(40).min(1).optional(), area: squareMetres.optional(), use: z.enum(unitUses).optional() });
export type UpdateUnitInput = z.output<typeof updateUnitBody>;

export const createLeaseBody = z
  .object({
    enterpriseId: z.uuid().optional().describe('The tenant, an existing enterprise; or give `enterprise` to create one'),
    enterprise: createEnterpriseBody.optional().describe("A new enterprise, created through the enterprise register's own checks"),
    note: optionalText(2000).optional(),
  })
  .refine((body) => (body.enterpriseId === undefined) !== (body.enterprise === undefined), { message: 'site.lease.enterpriseRequired', path: ['enterpriseId'] });
export type CreateLeaseInput = z.output<typeof createLeaseBody>;

export const siteListQuery = pageQuery.extend({ q: text(100).optional().describe("The site's name, in either script") });

export const occupancySchema = z.object({
  totalArea: z.number(),
  leasedArea: z.number(),
  openArea: z.number(),
  leasedShare: z.number(),
  openShare: z.number(),
});

export const siteSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(siteKinds),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  address: z.string().nullable(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  note: z.string().nullable(),
  units: z.number().int(),
  occupancy: occupancySchema,
});
export type SiteSummary = z.output<typeof siteSummarySchema>;
export const sitePage = pageOf(siteSummarySchema);

export const siteDetailSchema = siteSummarySchema.extend({
  buildings: z.array(z.object({ id: z.uuid(), name: z.string(), units: z.number().int(), occupancy: occupancySchema })),
  /** Whether the caller keeps this site: the buttons to show. */
  mayManage: z.boolean(),
});
export type SiteDetail = z.output<typeof siteDetailSchema>;

/** A unit's state: its active lease's, or vacant. */
export const unitStates = ['vacant', ...activeLeaseStates] as const;

const treeUnit = z.object({
  id: z.uuid(),
  code: z.string(),
  area: z.number(),
  use: z.enum(unitUses),
  /** Its active lease's state, or vacant. */
  state: z.enum(unitStates),
  leaseId: z.uuid().nullable(),
  tenantId: z.uuid().nullable(),
  tenantName: z.string().nullable(),
});
export const siteTreeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  buildings: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      floors: z.array(z.object({ id: z.uuid(), level: z.number().int(), label: z.string(), units: z.array(treeUnit) })),
    }),
  ),
});
export type SiteTree = z.output<typeof siteTreeSchema>;

export const occupancyQuery = z.object({
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'site.occupancy.month')
    .optional()
    .describe('YYYY-MM; the month of the first signing by default (at most 60 months back)'),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'site.occupancy.month')
    .optional()
    .describe('YYYY-MM; this month by default'),
  buildingId: z.uuid().optional().describe('One building rather than the whole site'),
});
export const occupancySeriesSchema = z.array(occupancySchema.extend({ month: z.string(), day: z.string() }));

export const leaseSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitCode: z.string(),
  floorLabel: z.string(),
  buildingId: z.uuid(),
  buildingName: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  state: z.enum(leaseStates),
  area: z.number().nullable(),
  monthlyRent: z.number().nullable(),
  termFrom: z.string().nullable(),
  termTo: z.string().nullable(),
  signedOn: z.string().nullable(),
  fitOutOn: z.string().nullable(),
  openedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type LeaseView = z.output<typeof leaseSchema>;
export const leasePage = pageOf(leaseSchema);
export const leaseListQuery = pageQuery.extend({ state: z.enum(leaseStates).optional() });

export const transitionSchema = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorName: z.string(),
  evidence: z.unknown(),
  at: z.date(),
});

export const unitDetailSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  area: z.number(),
  use: z.enum(unitUses),
  state: z.enum(unitStates),
  floorId: z.uuid(),
  floorLabel: z.string(),
  level: z.number().int(),
  buildingId: z.uuid(),
  buildingName: z.string(),
  siteId: z.uuid(),
  siteName: z.string(),
  /** Newest first, each with its moves. */
  leases: z.array(leaseSchema.extend({ transitions: z.array(transitionSchema), actions: z.array(z.enum(leaseActions)) })),
  mayManage: z.boolean(),
  /** Only a unit that never had a lease may be deleted. */
  deletable: z.boolean(),
});
export type UnitDetail = z.output<typeof unitDetailSchema>;

export const addUnitsResultSchema = z.object({ floors: z.number().int(), units: z.number().int() });
