import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords } from '../../platform/text/parse-csv.ts';
import type { regionKinds } from './schema.ts';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

export interface IndustryRow {
  code: string;
  section: string;
  level: number;
  parentCode: string | null;
  name: string;
  nameEn: string | null;
  remark: string | null;
}

export interface RegionRow {
  code: string;
  name: string;
  nameEn: string | null;
  parentCode: string | null;
  kind: (typeof regionKinds)[number];
}

/** The standard writes codes without the section letter below level 1; here every code carries it. */
const withSection = (section: string, code: string) => (code === section ? code : `${section}${code}`);

/** English names by code, from a `code,name_en` file beside the Chinese one. */
function englishNames(file: string): Map<string, string> {
  return new Map(csvRecords(fs.readFileSync(path.join(dataDir, file), 'utf8')).map((r) => [r.code!, r.name_en!]));
}

export function readIndustryRows(): IndustryRow[] {
  const english = englishNames('gbt4754-2017-en.csv');
  return csvRecords(fs.readFileSync(path.join(dataDir, 'gbt4754-2017.csv'), 'utf8')).map((r) => ({
    code: withSection(r.section!, r.code!),
    section: r.section!,
    level: Number(r.level),
    parentCode: r.parent ? withSection(r.section!, r.parent) : null,
    // Some names in the published table end in a stray space.
    name: r.name!.trim(),
    nameEn: english.get(r.code!) ?? null,
    remark: r.remark || null,
  }));
}

/** The regions without their English names, from which write-region-english.ts makes those names. */
export function readChineseRegionRows(): Omit<RegionRow, 'nameEn'>[] {
  return csvRecords(fs.readFileSync(path.join(dataDir, 'regions.csv'), 'utf8')).map((r) => ({
    code: r.code!,
    name: r.name!,
    parentCode: r.parent || null,
    kind: r.kind as RegionRow['kind'],
  }));
}

export function readRegionRows(): RegionRow[] {
  const english = englishNames('regions-en.csv');
  return readChineseRegionRows().map((r) => ({ ...r, nameEn: english.get(r.code) ?? null }));
}
