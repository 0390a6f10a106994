import { Converter } from 'opencc-js/cn2t';

// Built on first use: loading the dictionaries takes a while, and most processes may never need them.
let convert: ((text: string) => string) | undefined;

/**
 * Simplified → Traditional as Taiwan writes the characters, for showing stored Simplified text (reference data,
 * fixed labels) to a zh-TW reader. Characters only, no phrase substitution: 软件 stays 軟件 rather than 軟體, so
 * an official name keeps its wording.
 */
export function toTraditional(text: string): string {
  convert ??= Converter({ from: 'cn', to: 'tw' });
  return convert(text);
}
