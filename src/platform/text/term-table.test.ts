import { describe, expect, it } from 'vitest';
import { buildTermTable } from './term-table.ts';

const source = (file: string, texts: string[]) => ({ file, lines: texts.map((text, i) => ({ line: i + 1, text })) });

describe('term table', () => {
  it('maps every form of a group to one term, labelled by its first form', () => {
    const table = buildTermTable(source('s.txt', ['储能, ESS, energy storage']), source('c.txt', []));
    expect(table.singles.get('储能')).toBe('=储能');
    expect(table.singles.get('ess')).toBe('=储能');
    expect(table.phrases.next.get('energy')?.next.get('storage')?.term).toBe('=储能');
    expect(table.labels.get('=储能')).toBe('储能');
    expect(table.chineseWords).toContain('储能');
  });

  it('lets a concept trigger through any form of a synonym group', () => {
    const table = buildTermTable(
      source('s.txt', ['电池管理系统, BMS']),
      source('c.txt', ['电池状态估算：BMS、SOC, state of charge']),
    );
    expect(table.triggers.get('=电池管理系统')).toEqual(['#电池状态估算']);
    expect(table.triggers.get('soc')).toEqual(['#电池状态估算']);
    expect(table.phrases.next.get('state')?.next.get('of')?.next.get('charge')?.term).toBe('state of charge');
  });

  it.each([
    [['锂电, 锂电池', '锂电池, 电池'], [], 's.txt:2: "锂电池" is already in another group (s.txt:1)'],
    [['鋰電池, 锂电池组', '锂电池, 电池'], [], 's.txt:2: "锂电池" is already in another group (s.txt:1)'],
    [['孤单'], [], 's.txt:1: a synonym group needs two forms or more'],
    [['AD芯片, ADC'], [], 's.txt:1: "AD芯片" mixes Chinese and Latin words; list the two forms separately'],
    [[], ['没有冒号的行'], 'c.txt:1: expected "label: trigger, trigger, …"'],
    [[], ['标签: 5'], 'c.txt:1: "5" has no word that can be searched'],
  ])('rejects %j / %j', (synonyms, concepts, message) => {
    expect(() => buildTermTable(source('s.txt', synonyms), source('c.txt', concepts))).toThrow(message);
  });
});
