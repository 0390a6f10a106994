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
import { industries, regions } from '../reference/schema.ts';

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

