import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { regions } from '../reference/schema.ts';

/** What a site is: an industrial park, a complex of buildings, an expo centre, an incubator. */
export const siteKinds = ['park', 'building-complex', 'expo-centre', 'incubator', 'other'] as const;
export type SiteKind = (typeof siteKinds)[number];

/** What a unit is for. */
export const unitUses = ['office', 'retail', 'industrial', 'showroom', 'storage', 'other'] as const;
export type UnitUse = (typeof unitUses)[number];

/** A lease's pipeline: 意向 → 签约 → 装修 → 开业, or cancelled (an intent given up) or ended (a lease terminated). */
export const leaseStates = ['intent', 'signed', 'fitting-out', 'open', 'cancelled', 'ended'] as const;
export type LeaseState = (typeof leaseStates)[number];
/** The states in which a lease holds its unit: at most one such lease per unit. */
export const activeLeaseStates = ['intent', 'signed', 'fitting-out', 'open'] as const satisfies readonly LeaseState[];

/** A site (载体/园区): a park, a building complex or an expo centre offered to incoming firms. */
export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** normalizeKey(name), for search in either script. */
    nameKey: text('name_key').notNull(),
    kind: text('kind', { enum: siteKinds }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    address: text('address'),
    /** The team that manages the site: its members (that day) keep its units and leases. */
    teamId: uuid('team_id').references(() => teams.id),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sites_name_key_idx').on(t.nameKey),
    check('sites_kind_check', sql`${t.kind} IN ('park', 'building-complex', 'expo-centre', 'incubator', 'other')`),
  ],
);
export type Site = typeof sites.$inferSelect;

/** A building (楼宇) of a site; an expo centre's halls are its buildings. */
export const siteBuildings = pgTable(
  'site_buildings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('site_buildings_name_idx').on(t.siteId, t.name)],
);

/** A floor (楼层) of a building; level 1 is the ground floor, negative levels are basements. */
export const siteFloors = pgTable(
  'site_floors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => siteBuildings.id),
    level: integer('level').notNull(),
    /** As the building names it: '1F', 'B1'. */
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('site_floors_level_idx').on(t.buildingId, t.level)],
);

/** A unit (单元/铺位) on a floor, leased to tenants; its state is its active lease's. */
export const siteUnits = pgTable(
  'site_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    floorId: uuid('floor_id')
      .notNull()
      .references(() => siteFloors.id),
    code: text('code').notNull(),
    /** Square metres. */
    area: numeric('area', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    use: text('use', { enum: unitUses }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('site_units_code_idx').on(t.floorId, t.code),
    check('site_units_area_check', sql`${t.area} > 0`),
    check('site_units_use_check', sql`${t.use} IN ('office', 'retail', 'industrial', 'showroom', 'storage', 'other')`),
  ],
);
export type SiteUnit = typeof siteUnits.$inferSelect;

/**
 * A lease (租约) of a unit to a tenant enterprise, through the lease workflow (lease-workflow.ts); the dates and
 * figures each move's evidence gives are kept on the row too, which the occupancy figures read.
 */
export const siteLeases = pgTable(
  'site_leases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => siteUnits.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    state: text('state', { enum: leaseStates }).notNull(),
    /** Square metres leased, given at signing. */
    area: numeric('area', { precision: 10, scale: 2, mode: 'number' }),
    /** Yuan a month, when given at signing. */
    monthlyRent: numeric('monthly_rent', { precision: 14, scale: 2, mode: 'number' }),
    termFrom: date('term_from'),
    termTo: date('term_to'),
    signedOn: date('signed_on'),
    fitOutOn: date('fit_out_on'),
    openedOn: date('opened_on'),
    endedOn: date('ended_on'),
    /** Why it was cancelled or ended. */
    closeReason: text('close_reason'),
    note: text('note'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The database itself keeps a unit to one lease in the pipeline, whatever two requests do at once.
    uniqueIndex('site_leases_one_active_idx')
      .on(t.unitId)
      .where(sql`${t.state} IN ('intent', 'signed', 'fitting-out', 'open')`),
    index('site_leases_enterprise_idx').on(t.enterpriseId),
    check('site_leases_state_check', sql`${t.state} IN ('intent', 'signed', 'fitting-out', 'open', 'cancelled', 'ended')`),
  ],
);
export type SiteLease = typeof siteLeases.$inferSelect;
