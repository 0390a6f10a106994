import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords } from './parse-csv.ts';
import type { regionKinds } from './schema.ts';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

export interface IndustryRow {
  code: string;
  section: string;
  level: number;
  parentCode: string | null;
  name: string;
  remark: string | null;
}

export interface RegionRow {
  code: string;
  name: string;
  parentCode: string | null;
  kind: (typeof regionKinds)[number];
}

/** The standard writes codes without the section letter below level 1; here every code carries it. */
const withSection = (section: string, code: string) => (code === section ? code : `${section}${code}`);

export function readIndustryRows(): IndustryRow[] {
  return csvRecords(fs.readFileSync(path.join(dataDir, 'gbt4754-2017.csv'), 'utf8')).map((r) => ({
    code: withSection(r.section!, r.code!),
    section: r.section!,
    level: Number(r.level),
    parentCode: r.parent ? withSection(r.section!, r.parent) : null,
    name: r.name!,
    remark: r.remark || null,
  }));
}

export function readRegionRows(): RegionRow[] {
  return csvRecords(fs.readFileSync(path.join(dataDir, 'regions.csv'), 'utf8')).map((r) => ({
    code: r.code!,
    name: r.name!,
    parentCode: r.parent || null,
    kind: r.kind as RegionRow['kind'],
  }));
}
