import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { baseForms, buildBilingualLexicon, cedictFiles, cedictLexicon, glossKeys, loadCedictLexicon, type DictionaryEntry } from './bilingual.ts';
import { latinWords } from './latin.ts';
import { createSegmenter } from './segment.ts';

const entry = (simplified: string, english: string[], pinyin = 'x'): DictionaryEntry => ({ traditional: simplified, simplified, pinyin, english });

describe('glossKeys', () => {
  it.each([
    [['battery; electric cell', 'CL:節|节[jie2]'], [['battery', 0], ['electric cell', 0.3]]],
    [['to weld', 'welding'], [['weld', 0], ['welding', 1]]],
    [['(mechanics) bearing'], [['bearing', -1.5]]],
    [['to beat up', 'battery (law)'], [['beat up', 0]]],
    [['surname Li', 'variant of 鋰|锂[li3]', 'see 電池|电池[dian4 chi2]'], []],
    [['the emergency number for law enforcement in Mainland China'], []],
    [['solar panels'], [['solar panel', 0]]],
  ] as const)('%j → %j', (english, keys) => {
    expect(glossKeys(english).map(({ key, rank }) => [key, Number(rank.toFixed(2))])).toEqual(keys);
  });
});

describe('baseForms', () => {
  it.each([
    ['inspecting', ['inspect', 'inspecte']],
    ['scanned', ['scann', 'scanne', 'scan']],
    ['ultrasonically', ['ultrasonic']],
    ['carried', ['carry']],
    ['happily', ['happy']],
    ['used', []],
    ['battery', []],
  ])('%s → %j', (word, forms) => {
    expect(baseForms(word)).toEqual(forms);
  });
});

describe('buildBilingualLexicon', () => {
  const lexicon = buildBilingualLexicon(
    [
      entry('电池', ['battery; electric cell']),
      entry('炮台', ['fort', 'battery']),
      entry('殴打', ['to beat up', 'battery (law)']),
      entry('锂', ['lithium']),
      entry('中国', ['China'], 'Zhong1 guo2'),
      entry('太阳能板', ['solar panel']),
      entry('面板', ['panel']),
      entry('仓库', ['depot', 'storehouse', 'warehouse']),
      entry('货栈', ['warehouse']),
      entry('焊接', ['to weld', 'welding']),
    ],
    (term) => ({ 仓库: 1_000_000, 货栈: 10 })[term] ?? 0,
  );

  it.each([
    ['batteries', 1, ['电池', '炮台']],
    ['solar panels', 2, ['太阳能板']],
    ['panel', 1, ['面板']],
    ['warehouse', 1, ['仓库', '货栈']],
    ['welded', 1, ['焊接']],
    ['lithium', undefined, undefined],
    ['china', undefined, undefined],
  ] as const)('%s → %s word(s), %j', (text, length, terms) => {
    const found = lexicon.match(latinWords(text), 0);
    expect(found?.length).toBe(length);
    expect(found?.terms).toEqual(terms);
  });

  it('translates English-written texts only, a word\'s translations sharing the weight, leaving table words and stop words alone', () => {
    const analyze = createAnalyzer({
      segmenter: createSegmenter([], 'search'),
      stopWords: new Set(['our', 'the']),
      termTable: { singles: new Map([['panel', '=面板']]), phrases: { next: new Map() }, triggers: new Map(), labels: new Map(), chineseWords: [] },
      bilingual: { lexicon: () => lexicon, translationWeight: 0.5 },
    });
    const emitted = (text: string) => {
      const found: Array<[string, string, number]> = [];
      analyze(text, (term, surface, weight) => found.push([term, surface, weight]));
      return found;
    };
    expect(emitted('Our warehouse batteries leak')).toEqual([
      ['warehouse', 'warehouse', 1],
      ['battery', 'battery', 1],
      ['leak', 'leak', 1],
      ['仓库', 'warehouse', 0.25],
      ['货栈', 'warehouse', 0.25],
      ['电池', 'battery', 0.25],
      ['炮台', 'battery', 0.25],
    ]);
    // A phrase is translated as a whole, and cut as a document's text would be (太阳能板 → 太阳能, 板).
    expect(emitted('solar panel warehouse batteries').map(([term]) => term)).toEqual(['solar', '=面板', 'warehouse', 'battery', '太阳能', '板', '仓库', '货栈', '电池', '炮台']);
    // Two words are a list of terms, not an English text: the lexicon is not even consulted.
    expect(emitted('warehouse batteries').map(([term]) => term)).toEqual(['warehouse', 'battery']);
    // Latin words inside Chinese text are abbreviations whose meaning the text already gives.
    expect(emitted('储能电站的battery').map(([term]) => term)).not.toContain('炮台');
  });
});

describe('the CC-CEDICT lexicon', () => {
  it('loads without blocking the event loop: compiled in a worker thread and kept, read a slice at a time, then at hand at once', async () => {
    // A directory of its own holds no compiled table yet, so the load compiles one (a second or two of work).
    const directory = mkdtempSync(join(tmpdir(), 'qiao-cedict-test-'));
    let longestPause = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 5);
    try {
      const lexicon = await loadCedictLexicon(directory);
      expect(existsSync(cedictFiles(directory).cached)).toBe(true);
      expect(lexicon.match(['battery'], 0)?.terms).toContain('电池');
      expect(lexicon.size).toBeGreaterThan(50_000);
      // Loaded once, for every later use, the analysers' included.
      expect(cedictLexicon()).toBe(lexicon);
      expect(await loadCedictLexicon(directory)).toBe(lexicon);
    } finally {
      clearInterval(ticker);
      rmSync(directory, { recursive: true, force: true });
    }
    // Compiling blocks for well over a second; the event loop kept turning meanwhile.
    expect(longestPause).toBeLessThan(500);
  });
});
