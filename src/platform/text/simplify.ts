import { Locale, Trie } from 'opencc-js/t2cn';

// OpenCC's converters look up every character of the text in a Map-based trie, once per dictionary stage; on a
// 200-character summary that costs ~30 µs, more than segmentation itself, and indexing a million listings pays
// it a million times. This module runs the very same dictionaries through opencc-js's own Trie and algorithm,
// but skips what cannot change: positions where no entry starts (bitmaps), and clauses that no stage can
// change at all (most Simplified text). The output is identical to opencc-js (simplify.test.ts compares them).

type DictLike = string | readonly (readonly [string, string])[];
type DictGroup = readonly DictLike[];

interface ConversionConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** Ideographic description characters (⿰, ⿱, …) start sequences that OpenCC keeps whole. */
const IDS_FIRST = 0x2ff0;
const IDS_LAST = 0x2fff;
const IDS_ANYWHERE = /[\u2ff0-\u2fff]/;

function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

function idsArity(codePoint: number): number {
  if (codePoint >= 0x2ff0 && codePoint <= 0x2ff1) return 2;
  if (codePoint >= 0x2ff2 && codePoint <= 0x2ff3) return 3;
  if (codePoint >= 0x2ff4 && codePoint <= 0x2fff) return 2;
  return 0;
}

function idsEnd(text: string, at: number): number {
  const arity = idsArity(text.codePointAt(at) ?? 0);
  if (arity === 0) return 0;
  let end = at + codePointLength(text, at);
  for (let n = 0; n < arity; n += 1) {
    if (end >= text.length) return 0;
    end = idsEnd(text, end) || end + codePointLength(text, end);
  }
  return end;
}

/** How far OpenCC advances past a position where no entry matches. */
function unmatchedLength(text: string, at: number): number {
  const end = idsEnd(text, at);
  return end > at ? end - at : codePointLength(text, at);
}

function dictEntries(dict: DictLike): Iterable<readonly [string, string]> {
  if (typeof dict !== 'string') return dict;
  return dict.split('|').map((line) => {
    const [source = '', replacement = ''] = line.split(' ');
    return [source, replacement] as const;
  });
}

class FastTrie {
  private readonly trie = new Trie();
  /** BMP code units that are entries on their own. */
  readonly singles = new Uint8Array(0x10000);
  /** First two code units of the longer entries, as first × 0x10000 + second; and their first units. */
  readonly pairs = new Set<number>();
  readonly pairFirsts = new Uint8Array(0x10000);
  /** Every code unit that occurs anywhere in an entry of two units or more. */
  readonly inLongerEntries = new Uint8Array(0x10000);
  /** Astral entries are few; a surrogate pair is always looked up. */
  readonly hasAstral: boolean;
  private lastValue = '';

  constructor(group: DictGroup) {
    this.trie.loadDictGroup(group);
    let hasAstral = false;
    for (const dict of group) {
      for (const [source] of dictEntries(dict)) {
        if (source.length === 0) continue;
        const first = source.charCodeAt(0);
        if (first >= 0xd800 && first <= 0xdfff) hasAstral = true;
        else if (source.length === 1) this.singles[first] = 1;
        else {
          this.pairs.add(first * 0x10000 + source.charCodeAt(1));
          this.pairFirsts[first] = 1;
          for (let i = 0; i < source.length; i += 1) this.inLongerEntries[source.charCodeAt(i)] = 1;
        }
      }
    }
    this.hasAstral = hasAstral;
  }

  /** What a lone character becomes in this stage. */
  convertUnit(unit: number): string {
    return this.singles[unit] === 1 ? (this.trie.matchPrefix(String.fromCharCode(unit), 0)?.value ?? '') : String.fromCharCode(unit);
  }

  /** Whether an entry may start at `at`: cheap checks that rule out almost every position of a text. */
  mayMatchAt(text: string, at: number): boolean {
    const unit = text.charCodeAt(at);
    if (this.singles[unit] === 1) return true;
    if (this.pairFirsts[unit] === 1 && this.pairs.has(unit * 0x10000 + text.charCodeAt(at + 1))) return true;
    return this.hasAstral && unit >= 0xd800 && unit <= 0xdbff;
  }

  /** The end of the longest entry starting at `at`, or -1; its replacement is left in `lastValue`. */
  private matchAt(text: string, at: number): number {
    if (!this.mayMatchAt(text, at)) return -1;
    const matched = this.trie.matchPrefix(text, at);
    if (!matched) return -1;
    this.lastValue = matched.value;
    return matched.end;
  }

  private advanceUnmatched(text: string, at: number): number {
    const unit = text.charCodeAt(at);
    if (unit >= IDS_FIRST && unit <= IDS_LAST) return unmatchedLength(text, at);
    return unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
  }

  convert(text: string): string {
    let pieces: string[] | undefined;
    let copiedUpTo = 0;
    for (let at = 0; at < text.length; ) {
      const end = this.matchAt(text, at);
      if (end < 0) {
        at += this.advanceUnmatched(text, at);
        continue;
      }
      pieces ??= [];
      if (copiedUpTo < at) pieces.push(text.slice(copiedUpTo, at));
      pieces.push(this.lastValue);
      at = end;
      copiedUpTo = end;
    }
    if (!pieces) return text;
    if (copiedUpTo < text.length) pieces.push(text.slice(copiedUpTo));
    return pieces.join('');
  }

  /** Splits the text so that every entry found is a segment of its own, as OpenCC's segmentation does. */
  segment(text: string): string[] {
    const segments: string[] = [];
    let unmatchedFrom = 0;
    for (let at = 0; at < text.length; ) {
      const end = this.matchAt(text, at);
      if (end < 0) {
        at += this.advanceUnmatched(text, at);
        continue;
      }
      if (unmatchedFrom < at) segments.push(text.slice(unmatchedFrom, at));
      segments.push(text.slice(at, end));
      at = end;
      unmatchedFrom = end;
    }
    if (unmatchedFrom < text.length) segments.push(text.slice(unmatchedFrom));
    return segments;
  }
}

function segmentationGroup(segmentation: DictLike | DictGroup): DictGroup {
  const isGroup = Array.isArray(segmentation) && segmentation.every((dict) => typeof dict === 'string');
  return isGroup ? (segmentation as DictGroup) : [segmentation as DictLike];
}

interface Stage {
  trie: FastTrie;
  /** The segmentation stage only splits the text; the others replace entries. */
  replaces: boolean;
}

interface Converter {
  convert(text: string): string;
  stages: Stage[];
}

function buildConverter(config: ConversionConfig): Converter {
  const normalizers = (config.normalizationChain ?? []).map((group) => new FastTrie(group));
  const segmenter = new FastTrie(segmentationGroup(config.segmentation));
  const chain = config.conversionChain.map((group) => new FastTrie(group));
  const convert = (text: string) => {
    let normalized = text;
    for (const normalizer of normalizers) normalized = normalizer.convert(normalized);
    const segments = segmenter.segment(normalized);
    let converted = '';
    for (const segment of segments) {
      let piece = segment;
      for (const stage of chain) piece = stage.convert(piece);
      converted += piece;
    }
    return converted;
  };
  const replacing = (trie: FastTrie): Stage => ({ trie, replaces: true });
  return { convert, stages: [...normalizers.map(replacing), { trie: segmenter, replaces: false }, ...chain.map(replacing)] };
}

const SEPARATOR_CANDIDATES = [...' \t\n,.;:!?()[]，。、；：！？（）【】《》'].map((ch) => ch.charCodeAt(0));

/**
 * A single pass that tells whether the converters could change a text at all. A stage can only change text
 * where one of its entries starts. Many Simplified characters are entries that come back unchanged through the
 * whole chain (温 → 溫 → 温); such a character is ignored when neither it nor any of its intermediate forms
 * occurs in a longer entry, since then no context can make it convert differently. A text with no other
 * entry start passes every stage unchanged, which is most Simplified text: one pass instead of ten.
 */
class ChangeDetector {
  private readonly changingUnits = new Uint8Array(0x10000);
  private readonly pairFirsts = new Uint8Array(0x10000);
  private readonly pairs = new Set<number>();
  /** Punctuation that is in no entry of any stage: no conversion can reach across it. */
  readonly separators = new Uint8Array(0x10000);

  constructor(stages: readonly Stage[]) {
    for (const unit of SEPARATOR_CANDIDATES) {
      const inEntry = stages.some(({ trie }) => trie.singles[unit] === 1 || trie.inLongerEntries[unit] === 1);
      if (!inEntry) this.separators[unit] = 1;
    }
    for (const { trie } of stages) {
      trie.pairFirsts.forEach((flag, unit) => {
        if (flag) this.pairFirsts[unit] = 1;
      });
      for (const pair of trie.pairs) this.pairs.add(pair);
    }
    for (const { trie } of stages) {
      trie.singles.forEach((flag, unit) => {
        if (flag && !this.roundTrips(unit, stages)) this.changingUnits[unit] = 1;
      });
    }
  }

  private roundTrips(unit: number, stages: readonly Stage[]): boolean {
    let current = unit;
    for (const { trie, replaces } of stages) {
      if (trie.inLongerEntries[current] === 1) return false;
      if (!replaces) continue;
      const converted = trie.convertUnit(current);
      if (converted.length !== 1) return false;
      current = converted.charCodeAt(0);
    }
    return current === unit;
  }

  mayChange(text: string, from = 0, to = text.length): boolean {
    for (let at = from; at < to; at += 1) {
      const unit = text.charCodeAt(at);
      if (this.changingUnits[unit] === 1 || (unit >= 0xd800 && unit <= 0xdfff) || (unit >= IDS_FIRST && unit <= IDS_LAST)) {
        return true;
      }
      if (this.pairFirsts[unit] === 1 && this.pairs.has(unit * 0x10000 + text.charCodeAt(at + 1))) return true;
    }
    return false;
  }
}

function presetConfig(name: 'tw2sp' | 'hk2s'): ConversionConfig {
  const config = (Locale.configs as Record<string, ConversionConfig | undefined> | undefined)?.[name];
  if (!config) throw new Error(`opencc-js has no ${name} configuration`);
  return config;
}

const fromTaiwan = buildConverter(presetConfig('tw2sp'));
const fromHongKong = buildConverter(presetConfig('hk2s'));
const changeDetector = new ChangeDetector([...fromTaiwan.stages, ...fromHongKong.stages]);

/**
 * Taiwan (with Taiwan phrases) then Hong Kong conventions to Simplified: the same output as opencc-js
 * `Converter({ from: 'hk', to: 'cn' })(Converter({ from: 'twp', to: 'cn' })(text))`.
 */
export function traditionalToSimplified(text: string): string {
  if (!changeDetector.mayChange(text)) return text;
  const convert = (part: string) => fromHongKong.convert(fromTaiwan.convert(part));
  // An ideographic description sequence takes whatever follows as its parts, punctuation included.
  if (IDS_ANYWHERE.test(text)) return convert(text);
  // Conversion cannot reach across a separator, so only the clauses that may change are converted.
  const { separators } = changeDetector;
  let converted = '';
  let clauseStart = 0;
  for (let at = 0; at <= text.length; at += 1) {
    if (at < text.length && separators[text.charCodeAt(at)] === 0) continue;
    const clause = text.slice(clauseStart, at);
    converted += changeDetector.mayChange(text, clauseStart, at) ? convert(clause) : clause;
    if (at < text.length) converted += text[at];
    clauseStart = at + 1;
  }
  return converted;
}
