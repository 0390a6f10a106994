import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { traditionalToSimplified } from './simplify.ts';

const fromTaiwan = OpenCC.Converter({ from: 'twp', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
const reference = (text: string) => fromHongKong(fromTaiwan(text));

function fixtureTexts(): string[] {
  return ['listings', 'demands'].flatMap((file) =>
    readFileSync(new URL(`../../../fixtures/match-dev/${file}.jsonl`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const record = JSON.parse(line) as Record<string, unknown>;
        return `${String(record.title)}，${String(record.summary ?? record.description)}`;
      }),
  );
}

/** Random strings over characters that the dictionaries convert, mixed with punctuation and Latin. */
function randomTexts(count: number): string[] {
  const pool = [...'臺灣裏裡綫線乾燥後面著名發展電腦軟體資料庫程式雷射晶片觸媒電漿網路記憶體溫度鋰電池，。、 abc()1２３台温核支持户才於⿰⿱'];
  let state = 42;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 40) }, () => pool[Math.floor(next() * pool.length)]).join(''),
  );
}

describe('traditionalToSimplified', () => {
  it('gives exactly what opencc-js gives (Taiwan phrases, then Hong Kong variants)', () => {
    for (const text of [...fixtureTexts(), ...randomTexts(2000)]) expect(traditionalToSimplified(text)).toBe(reference(text));
  });

  it.each([
    ['鋰電池管理系統', '锂电池管理系统'],
    ['雷射切割', '激光切割'],
    ['軟體與資料庫', '软件与数据库'],
    ['綫路', '线路'],
    ['已经是简体', '已经是简体'],
  ])('%s → %s', (traditional, simplified) => {
    expect(traditionalToSimplified(traditional)).toBe(simplified);
  });
});
