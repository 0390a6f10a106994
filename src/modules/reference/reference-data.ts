import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { toTraditional } from '../../platform/i18n/traditional.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { industries, regions } from './schema.ts';

export interface PathNode {
  code: string;
  name: string;
}

export interface IndustryNode {
  code: string;
  name: string;
  level: number;
  children: IndustryNode[];
}

export interface RegionNode {
  code: string;
  name: string;
  children: RegionNode[];
}

type IndustryRecord = typeof industries.$inferSelect;
type RegionRecord = typeof regions.$inferSelect;

/** The names in one language: Simplified as stored, Traditional by conversion, English from the data files. */
export interface LocalizedReference {
  industryTree: IndustryNode[];
  regionTree: RegionNode[];
  industryName(code: string): string | undefined;
  /** Section first; empty for an unknown code. */
  industryPath(code: string | null): PathNode[];
  /** Province first; empty for an unknown code. */
  regionPath(code: string | null): PathNode[];
}

export interface ReferenceData extends LocalizedReference {
  industries: Map<string, IndustryRecord>;
  regions: Map<string, RegionRecord>;
  /**
   * The same lookups with names in the reader's language (the top-level ones are zh-CN, as stored); each
   * language is built on first use, since Traditional conversion loads OpenCC's dictionaries.
   */
  localized(locale: Locale): LocalizedReference;
  /** 'C3911', 'c3911' or the standard's own '3911' → 'C3911'; null when no such industry. */
  resolveIndustryCode(input: string): string | null;
  /** Search keys of each industry, built once. */
  industryKeys: Map<string, { name: string; nameEn: string; remark: string; digits: string }>;
  /** Normalised spellings of a region (name paths, with and without 省/市/区) → region codes. */
  regionKeys: Map<string, string[]>;
}

function buildTree<T extends { code: string; parentCode: string | null }, N extends { children: N[] }>(
  records: T[],
  toNode: (record: T) => N,
): N[] {
  const nodes = new Map(records.map((r) => [r.code, toNode(r)]));
  const roots: N[] = [];
  for (const record of records) {
    const node = nodes.get(record.code)!;
    const parent = record.parentCode ? nodes.get(record.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

function pathOf<T extends { code: string; parentCode: string | null }>(
  records: Map<string, T>,
  code: string | null,
  nameOf: (record: T) => string,
): PathNode[] {
  const path: PathNode[] = [];
  for (let record = code ? records.get(code) : undefined; record; ) {
    path.unshift({ code: record.code, name: nameOf(record) });
    record = record.parentCode ? records.get(record.parentCode) : undefined;
  }
  return path;
}

const regionSuffix = /(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/;

/** 崂山区 → 崂山, 内蒙古自治区 → 内蒙古; a name too short to lose its suffix keeps it. */
export function shortRegionName(name: string): string {
  const short = name.replace(regionSuffix, '');
  return short.length >= 2 ? short : name;
}

/** Names in common use besides the official one. */
const regionAliases: Record<string, string[]> = {
  '370211': ['西海岸新区'],
  '370271': ['青岛高新技术产业开发区'],
};

/** Every way of writing the tail of a path: 崂山区, 青岛崂山区, 青岛市崂山区, 山东青岛崂山, 西海岸新区, … */
function spellings(path: PathNode[]): string[] {
  const result = new Set<string>();
  for (let start = 0; start < path.length; start++) {
    let variants = [''];
    for (const { code, name } of path.slice(start)) {
      const forms = [...new Set([name, ...(regionAliases[code] ?? [])].flatMap((n) => [n, shortRegionName(n)]))];
      variants = variants.flatMap((prefix) => forms.map((form) => prefix + form));
    }
    for (const variant of variants) result.add(normalizeKey(variant));
  }
  return [...result];
}

/**
 * How a name reads in each language. English names exist for industry sections and divisions and for every
 * region; deeper industry levels keep their Chinese name (data/README.md).
 */
const localNames: Record<Locale, (record: { name: string; nameEn: string | null }) => string> = {
  'zh-CN': (record) => record.name,
  'zh-TW': (record) => toTraditional(record.name),
  en: (record) => record.nameEn ?? record.name,
};

/** The lookups over the two tables' rows, sorted by code. */
export function buildReferenceData(industryRecords: IndustryRecord[], regionRecords: RegionRecord[]): ReferenceData {
  const industryMap = new Map(industryRecords.map((r) => [r.code, r]));
  const regionMap = new Map(regionRecords.map((r) => [r.code, r]));
  const byDigits = new Map(industryRecords.filter((r) => r.level > 1).map((r) => [r.code.slice(1), r.code]));
  const regionKeys = new Map<string, string[]>();
  for (const region of regionRecords) {
    for (const key of spellings(pathOf(regionMap, region.code, (r) => r.name))) {
      regionKeys.set(key, [...(regionKeys.get(key) ?? []), region.code]);
    }
  }
  // Names are converted once here; the lookups below only read them.
  const localize = (nameOf: (record: { name: string; nameEn: string | null }) => string): LocalizedReference => {
    const industryNames = new Map(industryRecords.map((r) => [r.code, nameOf(r)]));
    const regionNames = new Map(regionRecords.map((r) => [r.code, nameOf(r)]));
    const industryName = (r: IndustryRecord) => industryNames.get(r.code)!;
    const regionName = (r: RegionRecord) => regionNames.get(r.code)!;
    return {
      industryTree: buildTree(industryRecords, (r) => ({ code: r.code, name: industryName(r), level: r.level, children: [] })),
      regionTree: buildTree(regionRecords, (r) => ({ code: r.code, name: regionName(r), children: [] })),
      industryName: (code) => industryNames.get(code),
      industryPath: (code) => pathOf(industryMap, code, industryName),
      regionPath: (code) => pathOf(regionMap, code, regionName),
    };
  };
  const built = new Map<Locale, LocalizedReference>();
  const localized = (locale: Locale) => {
    let names = built.get(locale);
    if (!names) built.set(locale, (names = localize(localNames[locale])));
    return names;
  };
  return {
    ...localized('zh-CN'),
    industries: industryMap,
    regions: regionMap,
    localized,
    resolveIndustryCode(input) {
      const code = input.trim().toUpperCase();
      return industryMap.has(code) ? code : (byDigits.get(code) ?? null);
    },
    industryKeys: new Map(
      industryRecords.map((r) => [
        r.code,
        {
          name: normalizeKey(r.name),
          nameEn: normalizeKey(r.nameEn ?? ''),
          remark: normalizeKey(r.remark ?? ''),
          digits: r.code.replace(/^[A-Z]/, ''),
        },
      ]),
    ),
    regionKeys,
  };
}

async function load(db: DbOrTx): Promise<ReferenceData> {
  const industryRecords = await db.select().from(industries).orderBy(asc(industries.code));
  const regionRecords = await db.select().from(regions).orderBy(asc(regions.code));
  return buildReferenceData(industryRecords, regionRecords);
}

let cached: Promise<ReferenceData> | undefined;

/**
 * The reference tables, read once: they change only with a migration, so every later call is answered from
 * memory.
 */
export function referenceData(db: DbOrTx): Promise<ReferenceData> {
  cached ??= load(db).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
