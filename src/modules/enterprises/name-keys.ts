import { normalizeKey } from '../../platform/text/normalize.ts';
import { shortRegionName } from '../reference/reference-data.ts';
import { readRegionRows } from '../reference/reference-files.ts';

// A place in brackets is how branches and subsidiaries are often written: 德纺（青岛）纺织品有限公司.
const placeNames = new Set(
  ['中国', ...readRegionRows().flatMap((r) => [r.name, shortRegionName(r.name)])].map(normalizeKey),
);
const legalForm = /(股份有限公司|有限责任公司|有限公司|股份公司|公司)$/;

/**
 * The key under which two names count as near-identical: script, width, case, spacing, punctuation and bracket
 * style are ignored, as are a place in brackets and the legal-form suffix (有限公司, 有限责任公司, 股份有限公司).
 */
export function duplicateKey(name: string): string {
  return withoutPlacesInBrackets(normalizeKey(name))
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(legalForm, '');
}

/** A normalised name without a place in brackets, any other word in brackets kept without them. */
function withoutPlacesInBrackets(key: string): string {
  return key
    .replace(/[【[〔［{]/g, '(')
    .replace(/[】\]〕］}]/g, ')')
    .replace(/\(([^()]*)\)/g, (_whole, inner: string) => (placeNames.has(inner.trim()) ? '' : inner));
}

const longestPlaceName = Math.max(...[...placeNames].map((place) => place.length));

/**
 * What a name says of the enterprise itself: the name (normalised) without its legal form, a place in brackets and
 * the places it starts with (青岛幻视科技有限公司 → 幻视科技, 山东青岛崂山某某科技 → 某某科技). Places and legal forms
 * are what most names of a register share; a name that is nothing but places keeps the last.
 */
export function distinctiveName(name: string): string {
  let rest = withoutPlacesInBrackets(normalizeKey(name)).replace(legalForm, '').trim();
  for (;;) {
    let length = Math.min(longestPlaceName, rest.length - 1);
    while (length >= 2 && !placeNames.has(rest.slice(0, length))) length -= 1;
    if (length < 2) return rest;
    rest = rest.slice(length).trim();
  }
}

/** Duplicate keys of an enterprise's current and former names. */
export function nameKeys(name: string, formerNames: readonly string[]): string[] {
  return [...new Set([name, ...formerNames].map(duplicateKey).filter(Boolean))];
}

/** What the list's free-text search looks in: names in either script and the credit code. */
export function searchText(name: string, formerNames: readonly string[], creditCode: string | null): string {
  return [name, ...formerNames, creditCode ?? ''].map(normalizeKey).join('\n');
}
