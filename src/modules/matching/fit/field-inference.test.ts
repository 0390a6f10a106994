import { describe, expect, it } from 'vitest';
import { chooseFields, fieldCues, inferFields, scoreFields } from './field-inference.ts';

const CUES = fieldCues([
  { field: '新能源电池', words: ['电芯', '热失控', '储能', 'battery'] },
  { field: '光伏与储能', words: ['储能', '光伏', '逆变器'] },
  { field: '虚拟现实与增强现实', words: ['AR', 'VR'] },
]);

describe('field inference', () => {
  it.each([
    ['电芯热失控', '', [['新能源电池', 4]]],
    ['', '電芯與熱失控', [['新能源电池', 2]]],
    ['储能', '光伏逆变器', [['光伏与储能', 3], ['新能源电池', 1]]],
    ['Batteries for scooters', '', [['新能源电池', 2]]],
    ['', 'an array of arrows', []],
    ['AR and VR headsets', '', [['虚拟现实与增强现实', 4]]],
  ] as const)('scores "%s" / "%s" as %j', (title, description, expected) => {
    expect(scoreFields(title, description, CUES).map(({ field, score }) => [field, score])).toEqual(expected);
  });

  it.each([
    ['technology', [['a', 4], ['b', 2]], ['a']],
    ['technology', [['a', 4], ['b', 3]], []],
    ['technology', [['a', 1]], []],
    ['capital', [['a', 6], ['b', 3], ['c', 2], ['d', 2]], ['a', 'b']],
    ['capital', [['a', 4], ['b', 3], ['c', 2], ['d', 2]], ['a', 'b', 'c']],
  ] as const)('chooses for a %s demand from %j: %j', (kind, scored, chosen) => {
    const evidence = scored.map(([field, score]) => ({ field, score, words: [] }));
    expect(chooseFields(kind, evidence).map(({ field }) => field)).toEqual(chosen);
  });

  it('reads the field vocabulary file and names the words it relied on', () => {
    const [inferred] = inferFields({ kind: 'technology', title: '电芯之间防火垫片', description: '单颗电芯热失控后不能蔓延到旁边电芯' });
    expect(inferred).toMatchObject({ field: '新能源电池', words: expect.arrayContaining(['电芯', '热失控']) });
  });
});
