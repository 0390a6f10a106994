import { describe, expect, it } from 'vitest';
import { MATURITY_LEVELS, TRANSACTION_MODES, type Demand, type Listing } from '../types.ts';
import { BEST_FIT_FACTOR_OF_ANY_PAIR, CRITERIA, DemandColumns, FitModel, ListingColumns, bestFitFactor, fitProduct } from './fit-model.ts';
import { regionKey } from './regions.ts';
import { wantedModes } from './modes.ts';

const FIELDS = ['新能源电池', '光伏与储能', '新能源電池', '医疗器械', null];
const REGIONS = ['江苏泰州', '江苏南京', '台灣新竹', 'Singapore', null];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

const listings: Listing[] = Array.from({ length: 60 }, (_, i) => ({
  id: `L${i}`,
  title: '',
  summary: '',
  keywords: [],
  field: pick(FIELDS, i),
  maturity: i % 5 === 4 ? null : pick(MATURITY_LEVELS, i * 7),
  modes: TRANSACTION_MODES.filter((_, bit) => ((i * 13) >> bit) & 1),
  priceWan: i % 4 === 0 ? null : (i * 37) % 900,
  owner: null,
  region: pick(REGIONS, i * 3),
}));

// Texts that state stages, tickets and fields, so that profiles read from text are compiled too.
const TEXTS = ['', '电芯热失控与储能电站', '天使基金，接受实验室或小试阶段，单笔300–1000万元', '光伏逆变器与储能变流器，中试至量产'];

const demands: Demand[] = Array.from({ length: 40 }, (_, i) => ({
  id: `D${i}`,
  kind: i % 3 === 0 ? 'capital' : 'technology',
  title: i % 2 === 0 ? '希望技术入股合作开发' : '',
  description: pick(TEXTS, i * 5),
  field: pick(FIELDS, i * 11),
  budgetWan: i % 5 === 0 ? null : (i * 53) % 1000,
  maturityNeeded: i % 6 === 5 ? null : pick(MATURITY_LEVELS, i),
  region: pick(REGIONS, i * 7),
}));

describe('FitModel', () => {
  it('compiles factors that equal the product of the assessed criteria, in both directions', () => {
    const fit = new FitModel();
    const listingColumns = new ListingColumns();
    const demandColumns = new DemandColumns();
    listings.forEach((listing, doc) => listingColumns.set(doc, fit.listingProfile(listing)));
    demands.forEach((demand, doc) => demandColumns.set(doc, fit.demandProfile(demand)));
    for (const demand of demands) {
      const profile = fit.demandProfile(demand);
      const factor = fit.listingFactor(profile, listingColumns);
      listings.forEach((listing, doc) => {
        const assessed = fit.assess(profile, fit.listingProfile(listing));
        const expected = fitProduct(CRITERIA.map((criterion) => assessed[criterion]));
        expect(factor.of(doc)).toBe(expected);
        expect(expected).toBeLessThanOrEqual(factor.max);
        expect(factor.max).toBeLessThanOrEqual(BEST_FIT_FACTOR_OF_ANY_PAIR);
      });
    }
    for (const listing of listings) {
      const profile = fit.listingProfile(listing);
      const factor = fit.demandFactor(profile, demandColumns);
      demands.forEach((demand, doc) => {
        const assessed = fit.assess(fit.demandProfile(demand), profile);
        expect(factor.of(doc)).toBe(fitProduct(CRITERIA.map((criterion) => assessed[criterion])));
        expect(factor.of(doc)).toBeLessThanOrEqual(factor.max);
      });
    }
  });

  it('infers a missing field from the text, and an investor\'s stage and ticket', () => {
    const fit = new FitModel();
    const listing = fit.listingProfile(listings[0]!);
    const technology = fit.demandProfile({ ...demands[1]!, field: null, description: '电芯之间的防火隔热垫，防止热失控蔓延' });
    expect(technology).toMatchObject({ fieldSource: 'inferred', inferredFields: [expect.objectContaining({ field: '新能源电池' })] });
    expect(fit.assess(technology, listing).field).toEqual({ status: 'met', factor: 1.12 });
    const investor = fit.demandProfile({ ...demands[0]!, field: '光伏与储能', maturityNeeded: null, budgetWan: null, description: '关注储能与动力电池、电芯材料，小试到中试阶段，单笔300–1000万元' });
    expect(investor).toMatchObject({ fieldSource: 'stated', maturityNeeded: 1, latestStage: 2, budgetWan: 1000, minTicketWan: 300, fromText: { stage: true, ticket: true } });
    // Its stated field is 光伏与储能; 新能源电池, which its text names, counts as inferred.
    expect(fit.assess(investor, listing).field).toEqual({ status: 'met', factor: 1.3 });
  });

  it('bounds the factor of an unknown demand field by 1', () => {
    const fit = new FitModel();
    const profile = fit.demandProfile({ ...demands[1]!, description: '', field: null, budgetWan: null, maturityNeeded: null, region: null });
    expect(bestFitFactor({ ...profile, modes: 0 })).toBe(1);
  });
});

describe('regions and modes', () => {
  it.each([
    ['江苏泰州', '江苏'],
    ['台灣新竹', '台湾'],
    ['Wanning, Hainan', '海南'],
    ['深圳', '广东'],
    ['Singapore', 'singapore'],
    [null, ''],
  ])('regionKey(%s) = %s', (region, key) => {
    expect(regionKey(region)).toBe(key);
  });

  it.each([
    ['希望技术转移到本厂自行生产', 'technology', ['转让', '许可']],
    ['可接受技术作价入股后增资', 'capital', ['作价入股', '合作开发']],
    ['We look for a licence or co-development', 'technology', ['许可', '合作开发']],
    ['没有说明', 'technology', []],
  ] as const)('reads the modes %s accepts', (description, kind, modes) => {
    const demand: Demand = { ...demands[1]!, kind, title: '', description };
    expect(wantedModes(demand)).toBe(modes.reduce((mask, mode) => mask | (1 << TRANSACTION_MODES.indexOf(mode)), 0));
  });
});
