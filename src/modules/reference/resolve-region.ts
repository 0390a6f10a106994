import { normalizeKey } from '../../platform/text/normalize.ts';
import { shortRegionName, type ReferenceData } from './reference-data.ts';

export type RegionResolution = { code: string } | { error: 'unknown' } | { error: 'ambiguous'; codes: string[] };

const separators = /[\s/／\\|>＞,，、·-]+/g;

const municipalPatterns = new WeakMap<ReferenceData, { name: string; repeated: RegExp }[]>();

/**
 * 北京市/北京市/海淀区 and 北京市/市辖区/海淀区 as people copy them from forms that give every province a city
 * level: the table hangs a municipality's districts directly under it, so the repeated level is dropped.
 */
function withoutMunicipalCityLevel(reference: ReferenceData, key: string): string {
  let patterns = municipalPatterns.get(reference);
  if (!patterns) {
    patterns = reference.regionTree
      .filter(({ name }) => name.endsWith('市'))
      .map(({ name }) => {
        const spellings = `${name}|${shortRegionName(name)}`;
        return { name, repeated: new RegExp(`^(?:${spellings})(?:${spellings}|市辖区|县)`) };
      });
    municipalPatterns.set(reference, patterns);
  }
  for (const { name, repeated } of patterns) {
    const match = repeated.exec(key);
    if (match) return name + key.slice(match[0].length);
  }
  return key;
}

/**
 * A region from what people write: a code ('370212'), a name path in any spelling ('山东省/青岛市/崂山区',
 * '青岛崂山区', '崂山'), or a name alone when only one region has it.
 */
export function resolveRegion(reference: ReferenceData, input: string): RegionResolution {
  const text = input.trim();
  if (/^\d{6}$/.test(text)) return reference.regions.has(text) ? { code: text } : { error: 'unknown' };
  const key = withoutMunicipalCityLevel(reference, normalizeKey(text).replace(separators, ''));
  const codes = reference.regionKeys.get(key) ?? [];
  if (codes.length === 1) return { code: codes[0]! };
  return codes.length === 0 ? { error: 'unknown' } : { error: 'ambiguous', codes };
}

