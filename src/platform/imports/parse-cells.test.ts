import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, splitList } from './parse-cells.ts';

describe('parseDate', () => {
  it.each([
    ['2016-06-16', '2016-06-16'],
    ['2016/6/16', '2016-06-16'],
    ['2016.6.1', '2016-06-01'],
    ['2016年6月16日', '2016-06-16'],
    ['２０１６－０６－１６', '2016-06-16'],
    ['20160616', '2016-06-16'],
    ['42537', '2016-06-16'],
    ['42537.75', '2016-06-16'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2016-13-01', null],
    ['16/6/2016', null],
    ['明年', null],
    ['0', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1200', 1200],
    ['1,200.5', 1200.5],
    ['1200万元', 1200],
    ['１２００ 万', 1200],
    ['abc', null],
    ['12.3.4', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe('splitList', () => {
  it('splits on the separators people use and drops blanks', () => {
    expect(splitList('高新技术企业、专精特新；重点企业, ,规上企业')).toEqual(['高新技术企业', '专精特新', '重点企业', '规上企业']);
  });
});
