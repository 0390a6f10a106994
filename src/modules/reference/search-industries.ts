import { normalizeKey } from '../../platform/text/normalize.ts';
import type { PathNode, ReferenceData } from './reference-data.ts';

export interface IndustryMatch {
  code: string;
  name: string;
  level: number;
  remark: string | null;
  path: PathNode[];
}

/**
 * Industries whose code, name or explanatory note matches, in either script: exact codes first, then codes
 * beginning with the query, names beginning with it, names containing it, and last notes containing it.
 */
export function searchIndustries(reference: ReferenceData, query: string, limit = 50): IndustryMatch[] {
  const key = normalizeKey(query);
  if (!key) return [];
  const ranked: { rank: number; code: string }[] = [];
  for (const [code, keys] of reference.industryKeys) {
    const lowerCode = code.toLowerCase();
    const rank =
      lowerCode === key || keys.digits === key
        ? 0
        : lowerCode.startsWith(key) || (keys.digits !== '' && keys.digits.startsWith(key))
          ? 1
          : keys.name.startsWith(key)
            ? 2
            : keys.name.includes(key)
              ? 3
              : keys.remark.includes(key)
                ? 4
                : -1;
    if (rank >= 0) ranked.push({ rank, code });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.code.length - b.code.length || a.code.localeCompare(b.code));
  return ranked.slice(0, limit).map(({ code }) => {
    const industry = reference.industries.get(code)!;
    return {
      code,
      name: industry.name,
      level: industry.level,
      remark: industry.remark,
      path: reference.industryPath(code),
    };
  });
}
