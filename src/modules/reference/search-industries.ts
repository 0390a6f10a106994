import { normalizeKey } from '../../platform/text/normalize.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { toTraditional } from '../../platform/i18n/traditional.ts';
import type { PathNode, ReferenceData } from './reference-data.ts';

export interface IndustryMatch {
  code: string;
  name: string;
  level: number;
  remark: string | null;
  path: PathNode[];
}

/**
 * Industries whose code, name (Chinese in either script, or English) or explanatory note matches: exact codes
 * first, then codes beginning with the query, names beginning with it, names containing it, and last notes
 * containing it. Names and paths come in the reader's language.
 */
export function searchIndustries(reference: ReferenceData, query: string, locale: Locale = 'zh-CN', limit = 50): IndustryMatch[] {
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
          : keys.name.startsWith(key) || keys.nameEn.startsWith(key)
            ? 2
            : keys.name.includes(key) || (keys.nameEn !== '' && keys.nameEn.includes(key))
              ? 3
              : keys.remark.includes(key)
                ? 4
                : -1;
    if (rank >= 0) ranked.push({ rank, code });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.code.length - b.code.length || a.code.localeCompare(b.code));
  const names = reference.localized(locale);
  return ranked.slice(0, limit).map(({ code }) => {
    const industry = reference.industries.get(code)!;
    return {
      code,
      name: names.industryName(code)!,
      level: industry.level,
      remark: industry.remark && locale === 'zh-TW' ? toTraditional(industry.remark) : industry.remark,
      path: names.industryPath(code),
    };
  });
}
