import { describe, expect, it } from 'vitest';
import { domainTextAnalysis } from './domain.ts';
import { latinWords, stemPlural } from './latin.ts';

function terms(text: string): string[] {
  const found: string[] = [];
  domainTextAnalysis().analyze(text, (term) => found.push(term));
  return found;
}

describe('domain analysis', () => {
  it.each([
    ['锂电', '=锂离子电池'],
    ['鋰電池', '=锂离子电池'],
    ['Li-ion cells', '=锂离子电池'],
    ['BMS', '=电池管理系统'],
    ['battery management system', '=电池管理系统'],
    ['UAV', '=无人机'],
    ['无人驾驶航空器', '=无人机'],
    ['drones', '=无人机'],
    ['SiC', '=碳化硅'],
    ['ＳｉＣ', '=碳化硅'],
    ['AGV', '=自动导引车'],
    ['PFAS-free', '=无氟'],
    ['雷射焊接', '=激光焊接'],
  ])('%s is indexed as %s', (text, term) => {
    expect(terms(text)).toContain(term);
  });

  it('adds concept tags beside the words that trigger them', () => {
    const found = terms('混酸硝化滴加时飞温');
    expect(found).toContain('#本质安全工艺');
    expect(found).toContain('=硝化');
  });

  it('keeps the words of long words (search-mode segmentation)', () => {
    expect(terms('水肥一体化灌溉')).toEqual(expect.arrayContaining(['=水肥一体化', '=灌溉']));
  });

  it('drops stop words, bare numbers and single letters', () => {
    const found = terms('我们希望找到 3000 a 的方案');
    expect(found).not.toContain('我们');
    expect(found).not.toContain('希望');
    expect(found).not.toContain('3000');
    expect(found).not.toContain('a');
  });

  it('gives Traditional and Simplified text the same terms', () => {
    expect(terms('縮短電芯出廠前靜置時間')).toEqual(terms('缩短电芯出厂前静置时间'));
  });
});

describe('latin words', () => {
  it.each([
    ['batteries', 'battery'],
    ['processes', 'process'],
    ['cells', 'cell'],
    ['glass', 'glass'],
    ['analysis', 'analysis'],
    ['status', 'status'],
    ['gas', 'gas'],
    ['pfas', 'pfas'],
    ['images', 'image'],
  ])('stemPlural(%s) = %s', (word, stem) => {
    expect(stemPlural(word)).toBe(stem);
  });

  it.each([
    ['pfas-free water repellents', ['pfas', 'free', 'water', 'repellent']],
    ['1200v sic mosfet, 5g, co2', ['1200v', 'sic', 'mosfet', '5g', 'co2']],
    ['a 42 b', []],
  ])('latinWords(%s)', (key, words) => {
    expect(latinWords(key)).toEqual(words);
  });
});
