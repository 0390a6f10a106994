import { normalizeKey } from '../../platform/text/normalize.ts';
import type { ReferenceData } from './reference-data.ts';

export type RegionResolution = { code: string } | { error: 'unknown' } | { error: 'ambiguous'; codes: string[] };

const separators = /[\s/／\\|>＞,，、·-]+/g;

/**
 * A region from what people write: a code ('370212'), a name path in any spelling ('山东省/青岛市/崂山区',
 * '青岛崂山区', '崂山'), or a name alone when only one region has it.
 */
export function resolveRegion(reference: ReferenceData, input: string): RegionResolution {
  const text = input.trim();
  if (/^\d{6}$/.test(text)) return reference.regions.has(text) ? { code: text } : { error: 'unknown' };
  const codes = reference.regionKeys.get(normalizeKey(text).replace(separators, '')) ?? [];
  if (codes.length === 1) return { code: codes[0]! };
  return codes.length === 0 ? { error: 'unknown' } : { error: 'ambiguous', codes };
}

/** The code prefix shared by a region and everything beneath it: '370000' → '37', '370200' → '3702'. */
export function regionPrefix(code: string): string {
  return code.replace(/(00)+$/, '') || code;
}
