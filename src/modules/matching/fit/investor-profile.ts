import { normalizeKey } from '../../../platform/text/normalize.ts';
import { MATURITY_LEVELS } from '../types.ts';

/**
 * What an investor's own words say about the stages and ticket sizes it invests in, for the structured fit of a
 * capital demand. Funds write these in many ways ("单笔300–1000万元", "tickets USD 3–8 million", "接受小试到
 * 中试阶段", "偏好Pre-IPO轮次", "early-stage"), so both are read from the text; a value stated in the demand's
 * structured fields wins.
 */
export interface InvestorTerms {
  /** Earliest and latest maturity level (MATURITY_LEVELS index) invested in; -1 = not said. */
  earliestStage: number;
  latestStage: number;
  /** Smallest and largest ticket in 10k CNY; NaN = not said. */
  minTicketWan: number;
  maxTicketWan: number;
}

const [LAB, BENCH, PILOT, MASS] = [0, 1, 2, 3];

// Words for maturity levels as funds write them, and rounds and stages of a company, as the level range they
// usually mean (angel and seed money goes to laboratory and bench-scale work, Pre-IPO and buy-out funds to
// companies in mass production).
const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [new RegExp(MATURITY_LEVELS[LAB]!), LAB],
  [/(?<![a-z])(laboratory|lab)(?![a-z])|原理样机|概念验证|proof of concept/, LAB],
  [new RegExp(MATURITY_LEVELS[BENCH]!), BENCH],
  [/bench[- ]scale|prototype|样机|工程样品|engineering sample/, BENCH],
  [new RegExp(MATURITY_LEVELS[PILOT]!), PILOT],
  [/pilot|示范|demonstration|临床试验|clinical trial/, PILOT],
  [new RegExp(MATURITY_LEVELS[MASS]!), MASS],
  [/规模化|批量|mass production|commercial scale|已取得注册证|出货|approval|approved|first sales|reference plant/, MASS],
];
const ROUND_RANGES: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/天使|种子|(?<![a-z])(angel|seed)(?![a-z])|早期|early[- ]stage|spin[- ]?out/, LAB, BENCH],
  [/pre-?a(?![a-z])|a轮|series a(?![a-z])/, BENCH, PILOT],
  [/b轮|c轮|series (a\/)?[bc](?![a-z])/, PILOT, MASS],
  [/成长期|growth/, MASS, MASS],
  [/pre-?ipo|并购|buy-?out|上市前/, MASS, MASS],
];
// "及以上", "以上", "or later", "and beyond" after a level leave the range open towards mass production.
const OPEN_ENDED = /(及|或)?以上|及以后|or later|and later|onwards|and beyond|or above/;
// A stage named to exclude it ("before mass production", "量产前") is no stage of the investor's.
const EXCLUDED_STAGE = /(before|prior to|pre-?)\s*(mass production|commercial)|量产前|产业化前/g;

/** The range of maturity levels a text invests in: every level and round it names, from the earliest to the latest. */
export function readStageRange(text: string): { earliest: number; latest: number } {
  const key = normalizeKey(text).replace(EXCLUDED_STAGE, ' ');
  const levels: number[] = [];
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(key)) levels.push(level);
  for (const [pattern, earliest, latest] of ROUND_RANGES) if (pattern.test(key)) levels.push(earliest, latest);
  if (levels.length === 0) return { earliest: -1, latest: -1 };
  const earliest = Math.min(...levels);
  const latest = Math.max(...levels);
  // One level alone ("已完成中试") is where the investor starts, not where it stops.
  return { earliest, latest: OPEN_ENDED.test(key) || latest === earliest ? -1 : latest };
}

/** 10k CNY per unit of each currency; rough rates are enough to compare a price with a ticket size. */
const WAN_PER_UNIT: Readonly<Record<string, number>> = { rmb: 1e-4, cny: 1e-4, usd: 7.2e-4, us$: 7.2e-4, eur: 7.8e-4, hkd: 0.92e-4, sgd: 5.4e-4 };
const CURRENCY = /(rmb|cny|usd|us\$|eur|hkd|sgd|人民币|美元|港元|港币|欧元|新台币)/;
const CHINESE_CURRENCY: Readonly<Record<string, string>> = { 人民币: 'rmb', 美元: 'usd', 港元: 'hkd', 港币: 'hkd', 欧元: 'eur', 新台币: 'twd' };
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const TICKET_WORD = /单笔|每笔|单个项目|单项目|ticket|invests?(ing)?\s|cheque|check size/;
const CHINESE_UNIT = String.raw`(万|亿)`;
const ENGLISH_UNIT = String.raw`(million|mn|m|billion|bn)(?![a-z])`;
const DASH = String.raw`\s*(?:-|–|—|~|至|到|to)\s*`;

function chineseAmount(value: string, unit: string | undefined, fallbackUnit: string): number {
  return Number(value) * ((unit ?? fallbackUnit) === '亿' ? 10_000 : 1);
}

function englishAmount(value: string, unit: string, currency: string): number {
  const units = unit.startsWith('b') ? 1e9 : 1e6;
  return Number(value) * units * (WAN_PER_UNIT[currency] ?? WAN_PER_UNIT.rmb!);
}

/** The currency written nearest before position `at` (within a few words), RMB when none. */
function currencyBefore(key: string, at: number): string {
  const before = key.slice(Math.max(0, at - 12), at);
  const found = before.match(new RegExp(`${CURRENCY.source}(?!.*${CURRENCY.source})`));
  const name = found?.[1] ?? 'rmb';
  return CHINESE_CURRENCY[name] ?? name;
}

/**
 * The ticket range a text states, in 10k CNY: "300–1000万元", "1000万至5000万元", "5000万–2亿元", "3000万元以上",
 * "不超过5000万元", "USD 2–10 million", "up to USD 15 million". New Taiwan dollars are not converted (NaN).
 */
export function readTicketRange(text: string): { min: number; max: number } {
  const whole = normalizeKey(text).replace(/(\d),(?=\d{3})/g, '$1');
  // Other amounts (revenue, fund size) may come first; the ticket follows the word for it when there is one.
  const ticketWord = whole.search(TICKET_WORD);
  const key = ticketWord > 0 ? whole.slice(ticketWord) : whole;
  const chineseRange = key.match(new RegExp(`${NUMBER}\\s*${CHINESE_UNIT}?元?${DASH}${NUMBER}\\s*${CHINESE_UNIT}`));
  if (chineseRange) {
    const [, low = '', lowUnit, high = '', highUnit = '万'] = chineseRange;
    if (currencyBefore(key, chineseRange.index ?? 0) === 'twd') return { min: Number.NaN, max: Number.NaN };
    return { min: chineseAmount(low, lowUnit, highUnit), max: chineseAmount(high, highUnit, highUnit) };
  }
  const englishRange = key.match(new RegExp(`${NUMBER}${DASH}${NUMBER}\\s*${ENGLISH_UNIT}`));
  if (englishRange) {
    const [, low = '', high = '', unit = ''] = englishRange;
    const currency = currencyBefore(key, englishRange.index ?? 0);
    return { min: englishAmount(low, unit, currency), max: englishAmount(high, unit, currency) };
  }
  const upTo = key.match(new RegExp(`(?:up to|at most|不超过|最高|至多)\\s*(?:${CURRENCY.source})?\\s*${NUMBER}\\s*(?:${CHINESE_UNIT}|${ENGLISH_UNIT})`));
  if (upTo) return { min: Number.NaN, max: singleAmount(key, upTo) };
  const single = key.match(new RegExp(`${NUMBER}\\s*${CHINESE_UNIT}元?\\s*(以上|以内|以下)`));
  if (single) {
    const amount = chineseAmount(single[1] ?? '', single[2], '万');
    return single[3] === '以上' ? { min: amount, max: Number.NaN } : { min: Number.NaN, max: amount };
  }
  return { min: Number.NaN, max: Number.NaN };
}

function singleAmount(key: string, match: RegExpMatchArray): number {
  const [, currencyName, value = '', chineseUnit, englishUnit] = match;
  if (chineseUnit) return chineseAmount(value, chineseUnit, '万');
  const currency = currencyName ? (CHINESE_CURRENCY[currencyName] ?? currencyName) : currencyBefore(key, match.index ?? 0);
  return englishAmount(value, englishUnit ?? 'million', currency);
}

/** The investor's terms from its demand's text. */
export function readInvestorTerms(text: string): InvestorTerms {
  const { earliest, latest } = readStageRange(text);
  const { min, max } = readTicketRange(text);
  return { earliestStage: earliest, latestStage: latest, minTicketWan: min, maxTicketWan: max };
}
