// Latin-script words (English terms, abbreviations, model names) are split on anything that is not a letter or
// digit, so "PFAS-free", "PFAS free" and "pfas/free" give the same words; phrases are then matched on words.
const LATIN_WORD = /[a-z0-9\u00c0-\u024f\u0370-\u03ff]+/g;
const DIGITS_ONLY = /^\d+$/;

/**
 * A plural-only stemmer after Harman's "S" stemmer: folds English plurals (batteries → battery, processes →
 * process, cells → cell) and nothing else, so that it never merges words with different meanings. Words of
 * four letters or fewer are left alone: most are abbreviations (PFAS, GaAs), not plurals.
 */
export function stemPlural(word: string): string {
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/(aes|ees|oes)$/.test(word)) {
    // "processes" → "process": "es" after s, x, z, ch, sh is the plural ending; otherwise only the "s" is.
    return /(ss|x|z|ch|sh)es$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
  }
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * The Latin words of a normalised key, stemmed, in text order. Bare numbers and single letters carry no topic
 * and are dropped; mixed tokens such as 5g, co2 or 800v are kept.
 */
export function latinWords(key: string): string[] {
  const words: string[] = [];
  for (const match of key.matchAll(LATIN_WORD)) {
    const word = match[0];
    if (word.length < 2 || DIGITS_ONLY.test(word)) continue;
    words.push(stemPlural(word));
  }
  return words;
}
