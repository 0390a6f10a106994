import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { industries, regions } from '../reference/schema.ts';
import { figureIndicators } from './figure-indicators.ts';

export const sizeClasses = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof sizeClasses)[number];

/** What kind of organisation a record is: the technology market's owners include universities and investors. */
export const organisationKinds = ['company', 'university', 'institute', 'investor', 'incubator', 'other'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** 企业主档: the one record of an enterprise that every module links to. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    formerNames: text('former_names').array().notNull().default([]),
    /** 统一社会信用代码, upper case; unique when present. */
    creditCode: text('credit_code').unique(),
    industryCode: text('industry_code').references(() => industries.code),
    regionCode: text('region_code').references(() => regions.code),
    address: text('address'),
    registeredCapitalWan: numeric('registered_capital_wan', { precision: 20, scale: 4, mode: 'number' }),
    foundedOn: date('founded_on', { mode: 'string' }),
    sizeClass: text('size_class', { enum: sizeClasses }),
    kind: text('kind', { enum: organisationKinds }).notNull().default('company'),
    /** Normalised names, former names and credit code, searched with LIKE: 青島 finds 青岛. */
    searchText: text('search_text').notNull(),
    /** Characters and character pairs of the search text (GIN-indexed), so that LIKE '%q%' need not read every row. */
    searchGrams: text('search_grams')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`enterprise_search_grams(search_text)`),
    /** Duplicate keys (see duplicateKey) of the name and the former names. */
    nameKeys: text('name_keys').array().notNull().default([]),
    /** Set when this record was merged into another: that one lives on, this one only redirects. */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => enterprises.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprises_name_keys_idx').using('gin', t.nameKeys),
    index('enterprises_industry_idx').on(t.industryCode),
    index('enterprises_region_idx').on(t.regionCode),
    index('enterprises_merged_into_idx').on(t.mergedIntoId),
    index('enterprises_updated_idx').on(t.updatedAt),
    index('enterprises_search_grams_idx').using('gin', t.searchGrams),
    // The list's name order (pinyin), so that the first page of a large register is read from the index.
    index('enterprises_name_pinyin_idx').on(sql`(${t.name} COLLATE "zh-x-icu")`, t.id),
    index('enterprises_created_idx').on(t.createdAt),
    check('enterprises_size_class_check', sql`${t.sizeClass} IN ('large', 'medium', 'small', 'micro')`),
    check('enterprises_kind_check', sql`${t.kind} IN ('company', 'university', 'institute', 'investor', 'incubator', 'other')`),
  ],
);

export const enterpriseContacts = pgTable(
  'enterprise_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    isPrimary: boolean('is_primary').notNull().default(false),
    /** Order in which the enterprise's contacts are shown. */
    position: integer('position').notNull().default(0),
  },
  (t) => [index('enterprise_contacts_enterprise_idx').on(t.enterpriseId)],
);

/** Labels such as 高新技术企业 or 专精特新 that administrators maintain and policies and priorities use. */
export const tags = pgTable('tags', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Normalised name, unique, so that 专精特新 and 專精特新 are one tag. */
  nameKey: text('name_key').notNull().unique(),
  color: text('color').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const enterpriseTags = pgTable(
  'enterprise_tags',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.tagId] }), index('enterprise_tags_tag_idx').on(t.tagId)],
);


const indicatorList = figureIndicators.map((indicator) => `'${indicator}'`).join(', ');

/**
 * An enterprise's yearly indicator (营业收入, 研发投入, 从业人员, 纳税, 产值) for one year, one row per figure so
 * that each keeps its own source and verification. A figure the enterprise gave itself stays self-reported until
 * staff verify it; a figure never given is no row (unknown, which a policy's condition must not read as zero).
 */
export const enterpriseFigures = pgTable(
  'enterprise_figures',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    indicator: text('indicator', { enum: figureIndicators }).notNull(),
    value: numeric('value', { precision: 20, scale: 4, mode: 'number' }).notNull(),
    /** Where the figure comes from, in the giver's words (统计年报, 税务数据, an import's file name). */
    source: text('source'),
    selfReported: boolean('self_reported').notNull().default(false),
    verifiedById: uuid('verified_by_id').references(() => users.id, { onDelete: 'set null' }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.year, t.indicator] }),
    // A condition on one indicator and year reads only that part of the table, over the whole register, from the
    // index alone (the enterprise is in it), for the hash join of a policy's eligible set.
    index('enterprise_figures_indicator_year_idx').on(t.indicator, t.year, t.value, t.enterpriseId),
    index('enterprise_figures_updated_idx').on(t.updatedAt),
    check('enterprise_figures_indicator_check', sql.raw(`indicator IN (${indicatorList})`)),
    check('enterprise_figures_value_check', sql`${t.value} >= 0`),
  ],
);

export type EnterpriseFigure = typeof enterpriseFigures.$inferSelect;
