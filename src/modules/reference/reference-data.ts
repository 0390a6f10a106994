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
  /**
   * The codes of the regions that a key (`regionKey`) spells: a name path in Simplified, Traditional or English,
   * with or without 省/市/区 or District/County/…. Built on first use, since it converts every name to Traditional.
   */
  regionsSpelled(key: string): string[];
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

/** The record of the code and its ancestors, the top one first; empty for an unknown code. */
function lineage<T extends { code: string; parentCode: string | null }>(records: Map<string, T>, code: string | null): T[] {
  const found: T[] = [];
  for (let record = code ? records.get(code) : undefined; record; ) {
    found.unshift(record);
    record = record.parentCode ? records.get(record.parentCode) : undefined;
  }
  return found;
}

function pathOf<T extends { code: string; parentCode: string | null }>(
  records: Map<string, T>,
  code: string | null,
  nameOf: (record: T) => string,
): PathNode[] {
  return lineage(records, code).map((record) => ({ code: record.code, name: nameOf(record) }));
}

const regionSuffix = /(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/;

/** 崂山区 → 崂山, 内蒙古自治区 → 内蒙古; a name too short to lose its suffix keeps it. */
export function shortRegionName(name: string): string {
  const short = name.replace(regionSuffix, '');
  return short.length >= 2 ? short : name;
}

const englishGenericTerm = / (?:Autonomous )?(?:District|County|Banner|League|Prefecture|Area)$/;

/** Laoshan District → Laoshan, Aba Tibetan and Qiang Autonomous Prefecture → Aba Tibetan and Qiang. */
function shortEnglishRegionName(name: string): string {
  return name.replace(englishGenericTerm, '') || name;
}

// What people put between the parts of a path, and the apostrophes of pinyin (Nan'an) that they may leave out.
const regionKeySeparators = /[\s/／\\|>＞,，、·'’-]+/g;

/** The key a region's spelling is compared by: 山东省 / 青岛市 → 山东省青岛市, Nan'an District → nanandistrict. */
export function regionKey(text: string): string {
  return normalizeKey(text).replace(regionKeySeparators, '');
}

/** Names in common use besides the official one. */
const regionAliases: Record<string, string[]> = {
  '370211': ['西海岸新区'],
  '370271': ['青岛高新技术产业开发区'],
};

interface NameForm {
  name: string;
  abbreviated: boolean;
}

/** The names, then what is left of each without its generic term (省, 区, District, …) where that differs. */
function formsOf(names: string[], shorten: (name: string) => string): NameForm[] {
  const forms = new Map(names.map((name) => [name, false]));
  for (const name of names) if (!forms.has(shorten(name))) forms.set(shorten(name), true);
  return [...forms].map(([name, abbreviated]) => ({ name, abbreviated }));
}

/**
 * The forms of a region's name that people write, one list per language: Simplified, Traditional as a zh-TW reader
 * is shown it (its key does not always fold back: 哈薩克 reads as 哈萨克斯坦 to the Traditional → Simplified
 * phrases), and English where the data has it.
 */
function nameForms(record: RegionRecord): NameForm[][] {
  const simplified = formsOf([record.name, ...(regionAliases[record.code] ?? [])], shortRegionName);
  return [
    simplified,
    simplified.map((form) => ({ ...form, name: toTraditional(form.name) })),
    record.nameEn ? formsOf([record.nameEn], shortEnglishRegionName) : [],
  ];
}

/**
 * Every spelling of every region, as a key (`regionKey`), → the codes it names: paths from any level down, in each
 * language, each name in full or abbreviated. A whole path in full names outranks the tail of a longer path, which
 * outranks an abbreviation: Hebei is the province, not Tianjin's Hebei District (Hebei for short); Jilin is the
 * province, not its city Jilin (Jilin/Jilin in full).
 */
function buildRegionKeys(regionRecords: RegionRecord[], regionMap: Map<string, RegionRecord>): Map<string, string[]> {
  const formsByCode = new Map(regionRecords.map((record) => [record.code, nameForms(record)]));
  const best = new Map<string, { rank: number; codes: string[] }>();
  for (const region of regionRecords) {
    const path = lineage(regionMap, region.code).map((record) => formsByCode.get(record.code)!);
    for (let language = 0; language < path[0]!.length; language++) {
      for (let start = 0; start < path.length; start++) {
        let variants: NameForm[] = [{ name: '', abbreviated: false }];
        for (const forms of path.slice(start)) {
          variants = variants.flatMap((prefix) =>
            forms[language]!.map((form) => ({ name: prefix.name + form.name, abbreviated: prefix.abbreviated || form.abbreviated })),
          );
        }
        for (const { name, abbreviated } of variants) {
          const key = regionKey(name);
          const rank = abbreviated ? 2 : start === 0 ? 0 : 1;
          const entry = best.get(key);
          if (!entry || rank < entry.rank) best.set(key, { rank, codes: [region.code] });
          else if (rank === entry.rank && !entry.codes.includes(region.code)) entry.codes.push(region.code);
        }
      }
    }
  }
  return new Map([...best].map(([key, { codes }]) => [key, codes]));
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
  let regionKeys: Map<string, string[]> | undefined;
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
    regionsSpelled: (key) => (regionKeys ??= buildRegionKeys(regionRecords, regionMap)).get(key) ?? [],
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
