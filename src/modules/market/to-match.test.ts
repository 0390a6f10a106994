import { describe, expect, it } from 'vitest';
import { toMatchDemand, toMatchListing, type DemandForMatch } from './to-match.ts';

const technology: DemandForMatch = {
  id: 'd1',
  kind: 'technology',
  title: '混酸工序改造',
  summary: '滴加时温度上窜',
  targets: '单批时间缩短到 8 小时',
  budgetWan: 200,
  maturityNeeded: '中试',
  stages: [],
  ticketMaxWan: null,
  modes: [],
  fieldName: '生物医药',
  ownerRegion: '山东省',
};

describe('toMatchListing', () => {
  it('maps a listing with its field and owner, 面议 as null', () => {
    expect(
      toMatchListing({
        id: 'l1',
        title: '球形氮化硼导热填料',
        summary: '热导率 8–12W/(m·K)',
        keywords: ['氮化硼', '导热'],
        maturity: '量产',
        modes: ['转让', '许可'],
        priceWan: null,
        fieldName: '新材料',
        ownerName: '青岛某大学',
        ownerRegion: '山东省',
      }),
    ).toEqual({
      id: 'l1',
      title: '球形氮化硼导热填料',
      summary: '热导率 8–12W/(m·K)',
      field: '新材料',
      keywords: ['氮化硼', '导热'],
      maturity: '量产',
      modes: ['转让', '许可'],
      priceWan: null,
      owner: '青岛某大学',
      region: '山东省',
    });
  });
});

describe('toMatchDemand', () => {
  const cases: { name: string; row: DemandForMatch; expected: Record<string, unknown> }[] = [
    {
      name: 'a technology demand: its budget and needed maturity, public words only, no modes when none given',
      row: technology,
      expected: { description: '滴加时温度上窜\n单批时间缩短到 8 小时', budgetWan: 200, maturityNeeded: '中试', field: '生物医药', modes: undefined },
    },
    {
      name: 'a capital demand: the largest ticket, the earliest stage, its modes',
      row: { ...technology, kind: 'capital', targets: '', budgetWan: 999, maturityNeeded: '量产', stages: ['量产', '小试'], ticketMaxWan: 3000, modes: ['作价入股'] },
      expected: { description: '滴加时温度上窜', budgetWan: 3000, maturityNeeded: '小试', modes: ['作价入股'] },
    },
    {
      name: 'a capital demand without stages or field',
      row: { ...technology, kind: 'capital', stages: [], ticketMaxWan: null, fieldName: null, ownerRegion: null },
      expected: { budgetWan: null, maturityNeeded: null, field: null, region: null },
    },
  ];
  it.each(cases)('$name', ({ row, expected }) => {
    const demand = toMatchDemand(row);
    for (const [key, value] of Object.entries(expected)) expect(demand[key as keyof typeof demand]).toEqual(value);
  });
});
