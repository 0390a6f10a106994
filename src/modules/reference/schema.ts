import { index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

/**
 * 国民经济行业分类 GB/T 4754-2017, loaded by a migration from data/gbt4754-2017.csv. Codes carry their section
 * letter at every level ('C', 'C39', 'C391', 'C3911') so that a prefix finds everything beneath a node.
 */
export const industries = pgTable(
  'industries',
  {
    code: text('code').primaryKey(),
    section: text('section').notNull(),
    /** 1 section (门类), 2 division (大类), 3 group (中类), 4 class (小类). */
    level: smallint('level').notNull(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    /** The official English name of sections and divisions; groups and classes have none (data/README.md). */
    nameEn: text('name_en'),
    remark: text('remark'),
  },
  (t) => [index('industries_parent_idx').on(t.parentCode)],
);

export const regionKinds = ['province', 'city', 'district', 'zone'] as const;

/**
 * Provinces, cities and districts by GB/T 2260 code, loaded by a migration from data/regions.csv. A zone is a
 * functional area (e.g. Qingdao's 高新区) that statistics treat like a district although it is no administrative
 * one; it sits under its city with the statistical division code (统计用区划代码).
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** In Hanyu Pinyin with an English generic term ('Laoshan District'), from data/regions-en.csv. */
    nameEn: text('name_en'),
    parentCode: text('parent_code'),
    kind: text('kind', { enum: regionKinds }).notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);
