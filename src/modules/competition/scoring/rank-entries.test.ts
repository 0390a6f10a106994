import { describe, expect, it } from 'vitest';
import { advance, rankEntries, type AdvancementRule, type EntryToRank } from './rank-entries.ts';

/** Entries named by their registration number's last digits, their id the same in lower case. */
const entry = (number: string, value: number | null): EntryToRank => ({ entryId: `e${number}`, reference: `LB6-SZ-${number}`, value });
const places = (entries: EntryToRank[]) => rankEntries(entries).ranked.map(({ entryId, rank, tied }) => [entryId, rank, tied]);

describe('ranking entries', () => {
  it.each<[string, EntryToRank[], [string, number, boolean][]]>([
    ['distinct values, highest first', [entry('03', 70), entry('01', 90), entry('02', 80)], [['e01', 1, false], ['e02', 2, false], ['e03', 3, false]]],
    [
      'a tie shares a rank and the next rank skips it (1, 2, 2, 4)',
      [entry('01', 90), entry('02', 80), entry('03', 80), entry('04', 70)],
      [['e01', 1, false], ['e02', 2, true], ['e03', 2, true], ['e04', 4, false]],
    ],
    ['a tie at the top (1, 1, 3)', [entry('01', 85), entry('02', 85), entry('03', 60)], [['e01', 1, true], ['e02', 1, true], ['e03', 3, false]]],
    [
      'tied entries listed by registration number, whatever order they came in',
      [entry('07', 80), entry('02', 80), entry('05', 80), entry('01', 95)],
      [['e01', 1, false], ['e02', 2, true], ['e05', 2, true], ['e07', 2, true]],
    ],
    // 0.1 + 0.2 = 0.30000000000000004 in floating point: the same value as 0.3 at six decimals
    ['values equal but for floating-point noise are tied', [entry('01', 0.1 + 0.2), entry('02', 0.3)], [['e01', 1, true], ['e02', 1, true]]],
    // z-scores: 2/3 > 1/2 > −1/2 > −2/3
    ['negative values, as z-scores are', [entry('01', -2 / 3), entry('02', 1 / 2), entry('03', 2 / 3), entry('04', -1 / 2)], [['e03', 1, false], ['e02', 2, false], ['e04', 3, false], ['e01', 4, false]]],
  ])('%s', (_, entries, expected) => {
    expect(places(entries)).toEqual(expected);
  });

  it('sets entries nobody scored apart, by registration number', () => {
    const ranking = rankEntries([entry('04', null), entry('01', 70), entry('02', null)]);
    expect(ranking.ranked.map(({ entryId }) => entryId)).toEqual(['e01']);
    expect(ranking.unranked).toEqual([entry('02', null), entry('04', null)]);
  });
});

describe('advancing from a ranking', () => {
  // Ranks: e01 1, e02 2, e03 e04 e05 tied 3, e06 6; e07 unscored
  const ranking = rankEntries([entry('01', 90), entry('02', 85), entry('03', 80), entry('04', 80), entry('05', 80), entry('06', 70), entry('07', null)]);
  const ids = (entries: { entryId: string }[]) => entries.map(({ entryId }) => entryId);

  it.each<[string, AdvancementRule, string[], { rank: number; entryIds: string[]; beyondTopN: number } | null]>([
    ['top 2, above the tie', { topN: 2 }, ['e01', 'e02'], null],
    ['top 3: the three tied on 3rd all advance, two past N', { topN: 3 }, ['e01', 'e02', 'e03', 'e04', 'e05'], { rank: 3, entryIds: ['e03', 'e04', 'e05'], beyondTopN: 2 }],
    ['top 4: the tie straddles the cut, one past N', { topN: 4 }, ['e01', 'e02', 'e03', 'e04', 'e05'], { rank: 3, entryIds: ['e03', 'e04', 'e05'], beyondTopN: 1 }],
    ['top 5: the tie ends on the cut', { topN: 5 }, ['e01', 'e02', 'e03', 'e04', 'e05'], null],
    ['top 10 of six scored: every scored entry, never an unscored one', { topN: 10 }, ['e01', 'e02', 'e03', 'e04', 'e05', 'e06'], null],
    ['a score of 80 or more: the tie on 80 advances whole', { minScore: 80 }, ['e01', 'e02', 'e03', 'e04', 'e05'], null],
    ['a score of 80.5 or more: the tie on 80 stays whole', { minScore: 80.5 }, ['e01', 'e02'], null],
  ])('%s', (_, rule, advancing, tieAtCut) => {
    const advancement = advance(ranking, rule);
    expect(ids(advancement.advancing)).toEqual(advancing);
    expect(ids(advancement.notAdvancing)).toEqual(ids(ranking.ranked).filter((id) => !advancing.includes(id)));
    expect(advancement.tieAtCut).toEqual(tieAtCut);
  });

  it('compares a score as the ranking compares values', () => {
    expect(ids(advance(rankEntries([entry('01', 0.1 + 0.2)]), { minScore: 0.3 }).advancing)).toEqual(['e01']);
  });

  it.each<AdvancementRule>([{ topN: 0 }, { topN: 2.5 }, { minScore: Number.NaN }])('refuses %j', (rule) => {
    expect(() => advance(ranking, rule)).toThrow(RangeError);
  });
});
