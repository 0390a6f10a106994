import { traditionalToSimplified } from './simplify.ts';

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Traditional (Taiwan, Hong Kong or generic) Chinese to Simplified. Taiwan and Hong Kong texts use regional
 * variants (e.g. 裏/裡, 綫/線) that plain t→cn misses, so text passes through both regional converters; each
 * leaves Simplified text unchanged.
 */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/**
 * The key under which text is searched and compared: NFKC, half-width, lower case, Simplified, single spaces.
 * What users typed is stored and shown as typed; only keys are normalised.
 */
export function normalizeKey(text: string): string {
  // NFKC already folds full-width ASCII and the ideographic space to their half-width forms.
  return toSimplified(text.normalize('NFKC').toLowerCase())
    .replace(/\s+/g, ' ')
    .trim();
}
