import { describe, expect, it } from 'vitest';
import { readDemands, readListings } from '../io/records.ts';
import type { Demand, Listing } from '../types.ts';
import { CRITERIA } from '../fit/fit-model.ts';
import { MatchEngine } from './match-engine.ts';
import type { NumberedAnalysis } from './collection.ts';

const fixture = (file: string) => new URL(`../../../../fixtures/match-dev/${file}`, import.meta.url).pathname;

function listing(fields: Partial<Listing> & Pick<Listing, 'id' | 'title'>): Listing {
  return { summary: '', field: null, keywords: [], maturity: null, modes: [], priceWan: null, owner: null, region: null, ...fields };
}

function demand(fields: Partial<Demand> & Pick<Demand, 'id' | 'title'>): Demand {
  return { kind: 'technology', description: '', field: null, budgetWan: null, maturityNeeded: null, region: null, ...fields };
}

const LISTINGS: Listing[] = [
  listing({
    id: 'recycling',
    title: '退役动力电池包无损拆解与梯次利用快速分选技术',
    summary: '对退役电池包进行无损拆解，基于内阻与容量快速分选电芯，用于储能梯次利用。',
    keywords: ['梯次利用', '退役电池', '快速分选'],
    field: '新能源电池',
    maturity: '中试',
    modes: ['转让', '合作开发'],
    priceWan: 300,
    region: '北京',
  }),
  listing({
    id: 'cooling',
    title: '儲能電池艙液冷溫控與消防系統',
    summary: '液冷板均溫設計，電芯溫差小於3℃，配合分級消防抑制熱失控蔓延。',
    keywords: ['儲能', '液冷', '熱失控'],
    field: '光伏与储能',
    maturity: '量产',
    modes: ['许可', '技术服务'],
    region: '台灣桃園',
  }),
  listing({
    id: 'soc-english',
    title: 'Impedance-based SOC Estimation for Li-ion Cells below 0°C',
    summary: 'Battery management firmware that estimates state of charge from impedance spectra, accurate in winter.',
    keywords: ['battery management', 'SOC estimation', 'low temperature'],
    field: '新能源电池',
    maturity: '实验室',
    modes: ['许可'],
    region: 'United Kingdom',
  }),
  listing({ id: 'membrane', title: '海水淡化反渗透膜组件', summary: '高脱盐率反渗透膜，用于海岛供水。', field: '海洋科技', maturity: '量产' }),
  listing({ id: 'weld', title: '焊缝跟踪激光视觉系统', summary: '自适应焊接，纠正焊偏。', field: '工业机器人与智能制造', maturity: '量产' }),
];

function engineWith(listings: readonly Listing[]): MatchEngine {
  const engine = new MatchEngine();
  for (const item of listings) engine.upsertListing(item);
  return engine;
}

describe('MatchEngine', () => {
  const engine = engineWith(LISTINGS);

  it('finds a Simplified listing from a Traditional demand', () => {
    const found = engine.listingsForDemand(demand({ id: 'd', title: '退役電池如何快速分選再利用', description: '我們回收的動力電池想做梯次利用。' }), { top: 3 });
    expect(found[0]?.id).toBe('recycling');
  });

  it('finds a Traditional listing from a Simplified demand', () => {
    const found = engine.listingsForDemand(demand({ id: 'd', title: '储能电池舱液冷温控', description: '防止热失控蔓延' }), { top: 3 });
    expect(found[0]?.id).toBe('cooling');
  });

  it('finds an English listing from a Chinese demand through the term table', () => {
    const found = engine.listingsForDemand(
      demand({ id: 'd', title: '锂电池冬天电量估算不准', description: '想找电池管理系统的荷电状态估算算法，低温下也要准。' }),
      { top: 3 },
    );
    expect(found[0]?.id).toBe('soc-english');
  });

  it('explains each result: shared terms, every criterion and the parts of the score', () => {
    const [best] = engine.listingsForDemand(
      demand({
        id: 'd',
        title: '退役电池梯次利用',
        description: '希望合作开发快速分选技术',
        field: '新能源电池',
        maturityNeeded: '量产',
        budgetWan: 200,
        region: '北京',
      }),
      { top: 1, explain: true },
    );
    const explanation = best?.explanation;
    expect(best?.id).toBe('recycling');
    expect(explanation?.score).toBe(best?.score);
    expect(explanation?.score).toBeCloseTo((explanation?.textScore ?? 0) * (explanation?.fitFactor ?? 0), 12);
    expect(explanation?.sharedTerms.map((term) => term.label)).toEqual(expect.arrayContaining(['梯次利用', '退役电池']));
    expect(explanation?.criteria.map((criterion) => criterion.criterion)).toEqual([...CRITERIA]);
    expect(Object.fromEntries(explanation?.criteria.map((c) => [c.criterion, c.status]) ?? [])).toEqual({
      field: 'met',
      maturity: 'partly',
      price: 'partly',
      modes: 'met',
      region: 'met',
    });
    expect(explanation?.criteria.find((c) => c.criterion === 'maturity')?.detail).toBe('成熟度不足：需要量产，成果处于中试');
    expect(explanation?.summary).toContain('梯次利用');
  });

  it('treats 面议 as unknown, not as a mismatch', () => {
    const [result] = engine.listingsForDemand(demand({ id: 'd', title: '储能电池舱液冷', budgetWan: 10 }), { top: 1, explain: true });
    expect(result?.id).toBe('cooling');
    expect(result?.explanation?.criteria.find((c) => c.criterion === 'price')).toMatchObject({ status: 'unknown', factor: 1, detail: '成果价格面议' });
  });

  it('finds demands for a listing, technology and capital alike', () => {
    const reverse = new MatchEngine();
    reverse.upsertDemand(demand({ id: 'tech', title: '退役电池快速分选', description: '梯次利用储能' }));
    reverse.upsertDemand(demand({ id: 'fund', kind: 'capital', title: '循环经济基金', description: '关注废旧动力电池回收与梯次利用项目', field: '新能源电池' }));
    reverse.upsertDemand(demand({ id: 'other', title: '焊接机器人焊偏' }));
    const found = reverse.demandsForListing(LISTINGS[0]!, { top: 3 }).map((match) => match.id);
    expect(found.slice(0, 2).sort()).toEqual(['fund', 'tech']);
    expect(found).not.toContain('other');
  });

  it('meets English and Chinese texts through the dictionary, and says so', () => {
    const english = demand({ id: 'd', title: 'Firefighting in storage containers', description: 'A fire in one container must not spread.' });
    const [result] = engine.listingsForDemand(english, { top: 1, explain: true });
    expect(result?.id).toBe('cooling');
    expect(result?.explanation?.sharedTerms).toContainEqual(
      expect.objectContaining({ label: '消防', kind: 'translation', queryWords: ['firefighting'], documentWords: ['消防'] }),
    );
    const chinese = demand({ id: 'd', title: '低温下电池电量估算不准', description: '冬天阻抗变化' });
    expect(engine.listingsForDemand(chinese, { top: 2 }).map((match) => match.id)).toContain('soc-english');
  });

  it('explains a field inferred from the text, and an investor\'s stage and ticket read from its text', () => {
    const noField = demand({ id: 'd', title: '储能电池舱热失控', description: '电芯温差大，担心热失控蔓延' });
    const [cooling] = engine.listingsForDemand(noField, { top: 1, explain: true });
    expect(cooling?.explanation?.criteria.find((c) => c.criterion === 'field')?.detail).toMatch(
      /^领域(一致|相近|不同)（推断）：需求未填领域，由文本推断为「新能源电池」（依据：[^）]*电芯[^）]*），成果「光伏与储能」$/,
    );
    const fund = demand({
      id: 'f',
      kind: 'capital',
      title: '动力电池回收基金',
      description: '关注退役电池梯次利用与回收，接受中试至量产阶段，单笔100–500万元',
    });
    const [recycling] = engine.listingsForDemand(fund, { top: 1, explain: true });
    expect(recycling?.id).toBe('recycling');
    const details = Object.fromEntries(recycling!.explanation!.criteria.map((c) => [c.criterion, c.detail]));
    expect(details.maturity).toBe('投资阶段相符：投资方接受中试至量产（由文本读出），成果处于中试');
    expect(details.price).toBe('报价在单笔投资额度内：报价300万元，单笔100–500万元（由文本读出）');
  });

  it('replaces a listing with the same id and forgets a removed one', () => {
    const local = engineWith(LISTINGS);
    local.upsertListing({ ...LISTINGS[3]!, title: '焊缝跟踪传感器', summary: '' });
    const found = local.listingsForDemand(demand({ id: 'd', title: '海水淡化', description: '反渗透膜' }), { top: 5 });
    expect(found.map((match) => match.id)).not.toContain('membrane');
    expect(local.removeListing('weld')).toBe(true);
    expect(local.listingsForDemand(demand({ id: 'd', title: '焊缝跟踪' }), { top: 5 }).map((m) => m.id)).toEqual(['membrane']);
    expect(local.listingCount).toBe(4);
  });

  it('ranks both development sets identically with pruning and exhaustive scoring, both ways', async () => {
    const hard = (file: string) => fixture(file).replace('/match-dev/', '/match-dev-hard/');
    const [devListings, hardListings, devDemands, hardDemands] = await Promise.all([
      readListings(fixture('listings.jsonl')),
      readListings(hard('listings.jsonl')),
      readDemands(fixture('demands.jsonl')),
      readDemands(hard('demands.jsonl')),
    ]);
    const [listings, demands] = [[...devListings, ...hardListings], [...devDemands, ...hardDemands]];
    const full = new MatchEngine();
    for (const item of listings) full.upsertListing(item);
    for (const item of demands) full.upsertDemand(item);
    for (const query of demands) {
      expect(full.listingsForDemand(query, { top: 10 })).toEqual(full.listingsForDemand(query, { top: 10, exhaustive: true }));
    }
    for (const query of listings) {
      expect(full.demandsForListing(query, { top: 5 })).toEqual(full.demandsForListing(query, { top: 5, exhaustive: true }));
    }
  });

  it('builds the same index in parallel as one record at a time', async () => {
    const listings = (await readListings(fixture('listings.jsonl'))).flatMap((item) =>
      Array.from({ length: 40 }, (_, copy) => ({ ...item, id: `${item.id}-${copy}`, title: `${item.title} 第${copy}版` })),
    );
    const parallel = new MatchEngine();
    await parallel.upsertListings(listings, { workers: 1 });
    const sequential = new MatchEngine();
    await sequential.upsertListings(listings, { workers: 0 });
    const query = demand({ id: 'd', title: '工厂储能柜峰谷电价', description: '需量电费太高，想要能量管理系统' });
    expect(parallel.listingsForDemand(query, { top: 20 })).toEqual(sequential.listingsForDemand(query, { top: 20 }));

    // Workers started beforehand serve both bulk loads, each into its own index, and give the same index again.
    const prepared = new MatchEngine();
    const pool = prepared.startAnalysis(1);
    try {
      await pool.ready;
      const demands = listings.slice(0, 2000).map((listing) => demand({ id: `d-${listing.id}`, title: listing.title, description: listing.summary }));
      await prepared.upsertDemands(demands, { pool });
      await prepared.upsertListings(listings, { pool });
      await sequential.upsertDemands(demands, { workers: 0 });
      expect(prepared.listingsForDemand(query, { top: 20 })).toEqual(sequential.listingsForDemand(query, { top: 20 }));
      const offer = listings[0]!;
      expect(prepared.demandsForListing(offer, { top: 20, explain: true })).toEqual(sequential.demandsForListing(offer, { top: 20, explain: true }));
    } finally {
      await pool.close();
    }
  });

  it('indexes kept analyses as they are, and hands over the analyses it made, in parallel and one at a time', async () => {
    const listings = (await readListings(fixture('listings.jsonl'))).flatMap((item) =>
      Array.from({ length: 40 }, (_, copy) => ({ ...item, id: `${item.id}-${copy}`, title: `${item.title} 第${copy}版` })),
    );
    const reference = new MatchEngine();
    await reference.upsertListings(listings, { workers: 0 });
    const analyses = new Map(listings.map((listing) => [listing.id, reference.analyseListing(listing)]));
    const query = demand({ id: 'd', title: '工厂储能柜峰谷电价', description: '需量电费太高，想要能量管理系统' });
    // Copies tie, and ties go by the order of indexing (kept analyses first): compare scores, and each one's own.
    const expected = reference.listingsForDemand(query, { top: 20 }).map(({ score }) => score);
    const scoreOf = new Map(reference.listingsForDemand(query, { top: listings.length }).map(({ id, score }) => [id, score]));

    // Kept as a store keeps them: terms numbered in a vocabulary of its own (here backwards, from 1, with gaps),
    // frequencies as float32.
    const distinct = [...new Set([...analyses.values()].flatMap((analysis) => analysis.terms))].reverse();
    const vocabulary: Array<string | undefined> = [undefined, ...distinct.flatMap((term) => [term, undefined])];
    const numberOf = new Map(distinct.map((term, i) => [term, 1 + 2 * i]));
    const kept = (id: string): NumberedAnalysis => {
      const { terms, frequencies, length } = analyses.get(id)!;
      return { termNumbers: terms.map((term) => numberOf.get(term)!), frequencies: Float32Array.from(frequencies), length };
    };
    // One kept analysis names a number the vocabulary lacks (written after the vocabulary was read): analysed again.
    const unknownNumber = listings[2]!.id;

    for (const workers of [0, 1]) {
      // Every other listing has a kept analysis; the rest are analysed and handed over.
      const handed = new Map<string, unknown>();
      const engine = new MatchEngine();
      await engine.upsertListings(listings, {
        workers,
        vocabulary,
        stored: (listing) => {
          if (listing.id === unknownNumber) return { ...kept(listing.id), termNumbers: [1, vocabulary.length] };
          return Number(listing.id.split('-').at(-1)) % 2 === 0 ? kept(listing.id) : undefined;
        },
        analysed: (listing, analysis) => handed.set(listing.id, analysis),
      });
      expect(handed.size).toBe(listings.length / 2 + 1);
      expect(handed.has(unknownNumber)).toBe(true);
      for (const [id, analysis] of handed) expect(analysis).toEqual(analyses.get(id));
      const found = engine.listingsForDemand(query, { top: 20 });
      expect(found).toHaveLength(20);
      found.forEach((match, rank) => {
        expect(match.score).toBeCloseTo(expected[rank]!, 9);
        expect(match.score).toBeCloseTo(scoreOf.get(match.id)!, 9);
      });
    }
  });
});
