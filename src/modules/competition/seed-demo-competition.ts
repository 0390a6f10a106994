import { addDays } from '../../platform/calendar/iso-week.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { PhaseKind } from './competition-terms.ts';
import { competitionEditions, competitionPhases, competitionPrizes, competitionRounds, competitionTracks } from './schema.ts';

interface DemoRound {
  name: string;
  city: string;
  venue: string;
  heldOn: string;
  capacity: number;
  /** How many of the online review go on to the roadshow, or the mark they need. */
  toRoadshow: { topN: number } | { minScore: number };
  /** How many of the roadshow go on to the final. */
  toFinal: number;
}

const tracks: { name: string; industryCodes: string[] }[] = [
  { name: '人工智能', industryCodes: ['I651', 'M73'] },
  { name: '信息技术', industryCodes: ['I64', 'I65', 'C39'] },
  { name: '智能制造', industryCodes: ['C34', 'C35'] },
  { name: '生物医药', industryCodes: ['C27'] },
  { name: '海洋科技', industryCodes: ['C37', 'M73'] },
  { name: '新能源与新材料', industryCodes: ['C38'] },
];

// The sixth edition's eight regional rounds of 2026, as 高新区 reported them; Shenzhen's roadshow gathered nearly 60
// projects in AI, IT and smart manufacturing and sent its top 10 to the September final in Qingdao.
const regionalRounds: DemoRound[] = [
  { name: '上海赛区', city: '上海', venue: '张江科学会堂', heldOn: '2026-05-16', capacity: 60, toRoadshow: { topN: 40 }, toFinal: 8 },
  { name: '武汉赛区', city: '武汉', venue: '光谷科技会展中心', heldOn: '2026-05-30', capacity: 50, toRoadshow: { topN: 30 }, toFinal: 6 },
  { name: '青岛赛区', city: '青岛', venue: '青岛国际创新园', heldOn: '2026-06-13', capacity: 60, toRoadshow: { minScore: 70 }, toFinal: 8 },
  { name: '北京赛区', city: '北京', venue: '中关村国际创新中心', heldOn: '2026-06-27', capacity: 60, toRoadshow: { topN: 40 }, toFinal: 8 },
  { name: '深圳赛区', city: '深圳', venue: '深圳湾创业广场', heldOn: '2026-07-11', capacity: 80, toRoadshow: { topN: 60 }, toFinal: 10 },
  { name: '硅谷赛区', city: '硅谷', venue: 'Plug and Play Tech Center, Sunnyvale', heldOn: '2026-07-25', capacity: 30, toRoadshow: { minScore: 75 }, toFinal: 4 },
  { name: '伦敦赛区', city: '伦敦', venue: 'Level39, Canary Wharf', heldOn: '2026-08-08', capacity: 30, toRoadshow: { minScore: 75 }, toFinal: 3 },
  { name: '柏林赛区', city: '柏林', venue: 'Factory Berlin Görlitzer Park', heldOn: '2026-08-22', capacity: 30, toRoadshow: { minScore: 75 }, toFinal: 3 },
];

const finalDay = '2026-09-19';

const phase = (kind: PhaseKind, opensOn: string, closesOn: string, rule: { topN: number } | { minScore: number } | null) => ({
  kind,
  opensOn,
  closesOn,
  advanceTopN: rule && 'topN' in rule ? rule.topN : null,
  advanceMinScore: rule && 'minScore' in rule ? rule.minScore : null,
});

/**
 * The sixth 蓝贝 international innovation competition (第六届蓝贝国际创新大赛): its tracks, the eight regional rounds
 * (online review of business plans, then the roadshow, the top N going on), the final in Qingdao and the prizes.
 */
export async function seedDemoCompetition(tx: Tx): Promise<void> {
  const [edition] = await tx
    .insert(competitionEditions)
    .values({
      name: '第六届蓝贝国际创新大赛',
      year: 2026,
      state: 'open',
      startsOn: '2026-03-01',
      endsOn: '2026-09-30',
      description: '“赛事+服务+落地”：八个分赛区（上海、武汉、青岛、北京、深圳、硅谷、伦敦、柏林）路演选拔，9 月在青岛举行总决赛；所有参赛项目持续跟踪服务，推动落地。',
    })
    .returning();
  const editionId = edition!.id;
  await tx.insert(competitionTracks).values(tracks.map((track) => ({ ...track, editionId })));

  const rounds = await tx
    .insert(competitionRounds)
    .values([
      ...regionalRounds.map((round) => ({ editionId, name: round.name, kind: 'regional' as const, city: round.city, venue: round.venue, heldOn: round.heldOn, capacity: round.capacity, state: 'closed' as const })),
      { editionId, name: '总决赛', kind: 'final' as const, city: '青岛', venue: '青岛国际会议中心', heldOn: finalDay, capacity: 60, state: 'open' as const },
    ])
    .returning();
  const roundId = (name: string) => rounds.find((round) => round.name === name)!.id;

  await tx.insert(competitionPhases).values([
    ...regionalRounds.flatMap((round) => [
      { roundId: roundId(round.name), ...phase('onlineReview', addDays(round.heldOn, -45), addDays(round.heldOn, -10), round.toRoadshow) },
      { roundId: roundId(round.name), ...phase('roadshow', round.heldOn, round.heldOn, { topN: round.toFinal }) },
    ]),
    { roundId: roundId('总决赛'), ...phase('final', addDays(finalDay, -1), finalDay, null) },
  ]);

  await tx.insert(competitionPrizes).values([
    { editionId, name: '一等奖', rankFrom: 1, rankTo: 1, amountWan: 50, description: '落地高新区另享最高 500 万元项目扶持' },
    { editionId, name: '二等奖', rankFrom: 2, rankTo: 3, amountWan: 30, description: null },
    { editionId, name: '三等奖', rankFrom: 4, rankTo: 6, amountWan: 20, description: null },
    { editionId, name: '优秀奖', rankFrom: 7, rankTo: 20, amountWan: 5, description: '入选蓝贝英雄榜' },
    ...regionalRounds.map((round) => ({
      editionId,
      roundId: roundId(round.name),
      name: '赛区晋级奖',
      rankFrom: 1,
      rankTo: round.toFinal,
      amountWan: null,
      description: '晋级青岛总决赛，赴青考察食宿由组委会承担',
    })),
  ]);
}
