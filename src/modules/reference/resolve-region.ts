import { regionKey, shortRegionName, type ReferenceData } from './reference-data.ts';

export type RegionResolution = { code: string } | { error: 'unknown' } | { error: 'ambiguous'; codes: string[] };

const municipalPatterns = new WeakMap<ReferenceData, RegExp[]>();

/**
 * 北京市/北京市/海淀区, 北京市/市辖区/海淀区 and Beijing/Beijing/Haidian District as people copy them from forms
 * that give every province a city level: the table hangs a municipality's districts directly under it, so the
 * repeated level is dropped.
 */
function withoutMunicipalCityLevel(reference: ReferenceData, key: string): string {
  let patterns = municipalPatterns.get(reference);
  if (!patterns) {
    patterns = [...reference.regions.values()]
      .filter(({ parentCode, name }) => !parentCode && name.endsWith('市'))
      .map(({ name, nameEn }) => {
        const spellings = [name, shortRegionName(name), ...(nameEn ? [nameEn] : [])].map(regionKey).join('|');
        return new RegExp(`^(${spellings})(?:${spellings}|市辖区|县)`);
      });
    municipalPatterns.set(reference, patterns);
  }
  for (const repeated of patterns) {
    const match = repeated.exec(key);
    if (match) return match[1]! + key.slice(match[0].length);
  }
  return key;
}

/**
 * A region from what people write: a code ('370212'), a name path in any spelling and in Simplified, Traditional or
 * English ('山东省/青岛市/崂山区', '青岛崂山区', '崂山', '山東省/青島市/嶗山區', 'Shandong/Qingdao/Laoshan District'),
 * or a name alone when only one region has it.
 */
export function resolveRegion(reference: ReferenceData, input: string): RegionResolution {
  const text = input.trim();
  if (/^\d{6}$/.test(text)) return reference.regions.has(text) ? { code: text } : { error: 'unknown' };
  const key = withoutMunicipalCityLevel(reference, regionKey(text));
  const codes = reference.regionsSpelled(key);
  if (codes.length === 1) return { code: codes[0]! };
  return codes.length === 0 ? { error: 'unknown' } : { error: 'ambiguous', codes };
}

