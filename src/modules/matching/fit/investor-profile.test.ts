import { describe, expect, it } from 'vitest';
import { readStageRange, readTicketRange } from './investor-profile.ts';

const [NONE, LAB, BENCH, PILOT, MASS] = [-1, 0, 1, 2, 3];

describe('investor terms read from text', () => {
  it.each([
    ['接受实验室或小试阶段的高校团队', LAB, BENCH],
    ['中试至量产阶段', PILOT, MASS],
    ['小试及以上阶段均可', BENCH, NONE],
    ['要求已完成中试或有示范工程', PILOT, NONE],
    ['偏好已進入臨床試驗或已取得註冊證之項目', PILOT, MASS],
    ['天使基金，专注早期项目', LAB, BENCH],
    ['要求已量产并有稳定客户，偏好Pre-IPO前一两轮', MASS, NONE],
    ['We like laboratory prototypes and early engineering samples, before mass production.', LAB, BENCH],
    ['Series A/B rounds of industrial AI software', BENCH, MASS],
    ['proven at commercial scale with reference plants', MASS, NONE],
    ['关注半导体材料', NONE, NONE],
  ])('stage of "%s" → %i to %i', (text, earliest, latest) => {
    expect(readStageRange(text)).toEqual({ earliest, latest });
  });

  it.each([
    ['单笔300–1000万元，可以技术作价入股', 300, 1000],
    ['單筆投資人民幣1,000萬至5,000萬元', 1000, 5000],
    ['单笔5000万–2亿元', 5000, 20000],
    ['年收入5000万元以上，单笔1亿元以上', 10000, Number.NaN],
    ['单笔不超过5000万元', Number.NaN, 5000],
    ['單筆5,000萬元以內', Number.NaN, 5000],
    ['investing USD 2–10 million in Series A/B rounds', 1440, 7200],
    ['tickets RMB 5–20 million', 500, 2000],
    ['Pilot plant or later; tickets up to USD 15 million.', Number.NaN, 10800],
    ['單筆新台幣1億至3億元', Number.NaN, Number.NaN],
    ['no amount here', Number.NaN, Number.NaN],
  ])('ticket of "%s" → %s to %s (10k CNY)', (text, min, max) => {
    const { min: low, max: high } = readTicketRange(text);
    expect([low, high].map((amount) => Math.round(amount * 1e6) / 1e6)).toEqual([min, max]);
  });
});
