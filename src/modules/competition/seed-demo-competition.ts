import { and, eq, inArray } from 'drizzle-orm';
import { addDays } from '../../platform/calendar/iso-week.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { seededRandom } from '../../server/seeded-random.ts';
import type { DemoSeed } from '../../server/module.ts';
import { findOrCreateEnterprise } from '../enterprises/find-or-create-enterprise.ts';
import { convertLeadWithin } from '../investment-leads/move-lead.ts';
import { days, seedDemoProjectList, type DemoProject } from '../investment-projects/seed-demo-projects.ts';
import { projects } from '../investment-projects/schema.ts';
import type { EntryStage, FinancingRound, PhaseKind } from './competition-terms.ts';
import { berlinEntries, shenzhenEntries } from './demo-entries.ts';
import { nextEntryNumber } from './entries/entry-records.ts';
import { assignPhaseJudgesWithin } from './judging/assign-phase-judges.ts';
import { closePhaseWithin } from './results/close-phase.ts';
import {
  competitionAssignments,
  competitionEditions,
  competitionEntries,
  competitionJudges,
  competitionJudgeTracks,
  competitionPhaseJudges,
  competitionPhases,
  competitionPrizes,
  competitionRounds,
  competitionScores,
  competitionTracks,
  type CompetitionPhase,
} from './schema.ts';
import { checkScoreSheet, weightedScore, type ScoreSheet } from './scoring/weighted-score.ts';

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
 * (online review of business plans, then the roadshow, the top N going on), the final in Qingdao and the prizes; its
 * five judges; the Shenzhen round judged and closed (its roadshow by its panel, its top 10 on to the final, every
 * entry a lead of the owner's team, a few of them landed) and the Berlin round's online review under way by its
 * panel, with the demo entrant's entry.
 */
export async function seedDemoCompetition(tx: Tx, seed: DemoSeed): Promise<void> {
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
  const trackRows = await tx
    .insert(competitionTracks)
    .values(tracks.map((track) => ({ ...track, editionId })))
    .returning();
  const trackId = (name: string) => trackRows.find((track) => track.name === name)!.id;

  const rounds = await tx
    .insert(competitionRounds)
    .values([
      ...regionalRounds.map((round) => ({
        editionId,
        name: round.name,
        kind: 'regional' as const,
        city: round.city,
        venue: round.venue,
        heldOn: round.heldOn,
        capacity: round.capacity,
        // Shenzhen's closes as its roadshow is closed below; Berlin's online review is still under way.
        state: round.name === '深圳赛区' || round.name === '柏林赛区' ? ('open' as const) : ('closed' as const),
      })),
      { editionId, name: '总决赛', kind: 'final' as const, city: '青岛', venue: '青岛国际会议中心', heldOn: finalDay, capacity: 60, state: 'open' as const },
    ])
    .returning();
  const roundId = (name: string) => rounds.find((round) => round.name === name)!.id;

  const phaseRows = await tx.insert(competitionPhases).values([
    ...regionalRounds.flatMap((round) => [
      { roundId: roundId(round.name), ...phase('onlineReview', addDays(round.heldOn, -45), addDays(round.heldOn, -10), round.toRoadshow) },
      { roundId: roundId(round.name), ...phase('roadshow', round.heldOn, round.heldOn, { topN: round.toFinal }) },
    ]),
    { roundId: roundId('总决赛'), ...phase('final', addDays(finalDay, -1), finalDay, null) },
  ]).returning();

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

  const judges = await seedJudges(tx, seed, trackId);
  const organiserId = seed.keys.get('user:organiser')!;
  const organiser: DemoActor = { id: organiserId, name: '林组委（蓝贝大赛组委会）', permissions: [], enterpriseId: null };
  const random = seededRandom(20260711);
  const phaseOf = (round: string, kind: PhaseKind) => phaseRows.find((row) => row.roundId === roundId(round) && row.kind === kind)!;
  const register = (round: string, entries: readonly { projectName: string; organisationName: string; track: string }[]) =>
    registerDemoEntries(tx, organiser, { editionId, year: edition!.year, roundId: roundId(round) }, entries.map((entry) => ({ ...entry, trackId: trackId(entry.track) })), random);

  // Shenzhen: every phase assigned, scored and closed by the module's own functions, the roadshow by the five judges
  // present there (its panel), each judging every entry; its entries become leads of 高新区's Shenzhen team, the
  // owner's team.
  const shenzhen = await register('深圳赛区', shenzhenEntries);
  const strengths = new Map(shenzhen.map((entry, index) => [entry.id, shenzhenEntries[index]!.strength]));
  const leadOwnerId = seed.keys.get('user:gx-zhang')!;
  await seatPanel(tx, phaseOf('深圳赛区', 'roadshow'), judges, { usernames: ['judge', 'judge-qian', 'judge-zheng', 'judge-feng', 'judge-xu'], judgesPerEntry: 5 });
  for (const kind of ['onlineReview', 'roadshow'] as const) {
    const judged = phaseOf('深圳赛区', kind);
    await assignPhaseJudgesWithin(tx, organiser, editionId, judged.roundId, judged.id);
    await scoreAssignments(tx, judged, judges, (entryId) => strengths.get(entryId)!, random);
    await closePhaseWithin(tx, organiser, { editionId, roundId: judged.roundId, phaseId: judged.id }, { leadOwnerId, nextFollowUpOn: null }, 'zh-CN');
  }
  await seedLandedEntries(tx, seed, leadOwnerId);

  // Berlin: the online review of its panel (three judges an entry) assigned and partly scored (not by the demo judge
  // `judge`, whose queue it is); its first entry is the demo entrant's, registered online.
  const berlin = await register('柏林赛区', berlinEntries);
  await tx
    .update(competitionEntries)
    .set({ entrantUserId: seed.keys.get('user:entrant')!, contactName: 'Lena Hoffmann', contactEmail: 'lena.hoffmann@hydromare.example', source: 'online' })
    .where(eq(competitionEntries.id, berlin[0]!.id));
  const review = phaseOf('柏林赛区', 'onlineReview');
  await seatPanel(tx, review, judges, { usernames: ['judge', 'judge-qian', 'judge-zheng', 'judge-xu'], judgesPerEntry: 3 });
  await assignPhaseJudgesWithin(tx, organiser, editionId, review.roundId, review.id);
  const berlinStrength = new Map(berlin.map((entry) => [entry.id, 60 + random() * 30]));
  await scoreAssignments(tx, review, judges.filter((judge) => judge.username !== 'judge'), (entryId) => berlinStrength.get(entryId)!, random);
}

type DemoActor = WorkflowActor & { id: string };

/** A phase's panel, as the organiser chooses it on the judging page, and how many of it judge each entry. */
async function seatPanel(tx: Tx, phase: CompetitionPhase, judges: readonly ScoringJudge[], panel: { usernames: readonly string[]; judgesPerEntry: number }) {
  const seated = judges.filter((judge) => panel.usernames.includes(judge.username));
  await tx.insert(competitionPhaseJudges).values(seated.map((judge) => ({ phaseId: phase.id, judgeId: judge.id })));
  await tx.update(competitionPhases).set({ judgesPerEntry: panel.judgesPerEntry }).where(eq(competitionPhases.id, phase.id));
}

interface DemoJudge {
  username: string;
  title: string;
  organisationName: string;
  tracks: string[];
  /** How much more (or less) than the panel this judge gives, out of 100: a harsh and a lenient judge. */
  bias: number;
  /** The roadshow's projects the judge abstains on (left the room during their pitch). */
  abstainsOn?: string[];
}

const demoJudges: DemoJudge[] = [
  { username: 'judge', title: '副总经理', organisationName: '青岛市科技风险投资有限公司', tracks: ['人工智能', '信息技术'], bias: 0 },
  { username: 'judge-qian', title: '教授、博士生导师', organisationName: '中国海洋大学信息科学与工程学部', tracks: ['海洋科技', '智能制造'], bias: -12 },
  { username: 'judge-zheng', title: '主任医师', organisationName: '青岛大学附属医院', tracks: ['生物医药'], bias: 9 },
  { username: 'judge-feng', title: '首席技术官', organisationName: '青岛智造工业互联网研究院', tracks: ['智能制造', '人工智能'], bias: -2, abstainsOn: ['AI 语音客服中台', '云原生可观测性平台'] },
  { username: 'judge-xu', title: '合伙人', organisationName: '深圳市创新投资集团', tracks: ['新能源与新材料', '信息技术', '生物医药'], bias: 3 },
];

type ScoringJudge = DemoJudge & { id: string };

/** The five judges' profiles and tracks, for the demo accounts the seed made. */
async function seedJudges(tx: Tx, seed: DemoSeed, trackId: (name: string) => string) {
  const made: ScoringJudge[] = [];
  for (const judge of demoJudges) {
    const [row] = await tx
      .insert(competitionJudges)
      .values({ userId: seed.keys.get(`user:${judge.username}`)!, title: judge.title, organisationName: judge.organisationName })
      .returning({ id: competitionJudges.id });
    await tx.insert(competitionJudgeTracks).values(judge.tracks.map((track) => ({ judgeId: row!.id, trackId: trackId(track) })));
    made.push({ ...judge, id: row!.id });
  }
  return made;
}

const stages: EntryStage[] = ['prototype', 'earlyRevenue', 'earlyRevenue', 'growth'];
const financings: FinancingRound[] = ['none', 'angel', 'angel', 'seriesA', 'seriesBPlus'];
const contactNames = ['陈', '林', '黄', '张', '李', '王', '吴', '刘', '蔡', '杨'];

/** Registers a round's demo entries as the organisers do (organisation found or made in the register, eligible). */
async function registerDemoEntries(
  tx: Tx,
  actor: DemoActor,
  where: { editionId: string; year: number; roundId: string },
  entries: readonly { projectName: string; organisationName: string; trackId: string }[],
  random: () => number,
) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const made: { id: string; number: string }[] = [];
  for (const entry of entries) {
    const enterpriseId = await findOrCreateEnterprise(tx, actor, { name: entry.organisationName });
    const financing = pick(financings);
    const teamSize = 6 + Math.floor(random() * 60);
    const [row] = await tx
      .insert(competitionEntries)
      .values({
        editionId: where.editionId,
        roundId: where.roundId,
        trackId: entry.trackId,
        number: await nextEntryNumber(tx, where.year),
        projectName: entry.projectName,
        organisationName: entry.organisationName,
        enterpriseId,
        stage: pick(stages),
        financing,
        financingWan: financing === 'none' ? null : Math.round(200 + random() * 5000),
        teamSize,
        teamSummary: `核心团队 ${teamSize} 人，研发人员过半，创始人具十年以上行业经验。`,
        summary: `${entry.organisationName}的“${entry.projectName}”项目：核心技术自主研发，已有样机或首批客户，寻求在青岛落地研发与产业化。`,
        contactName: `${pick(contactNames)}先生`,
        contactPhone: `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        source: pick(['online', 'partner', 'referral', 'organiser'] as const),
        state: 'eligible',
      })
      .returning({ id: competitionEntries.id, number: competitionEntries.number });
    made.push(row!);
  }
  return made;
}

/**
 * Every assigned judge's sheet of the phase: each criterion near the entry's strength, shifted by the judge's bias,
 * on the phase's rubric (as the scoring route checks and weighs it); a roadshow's abstentions as the judges gave them.
 */
async function scoreAssignments(tx: Tx, phase: CompetitionPhase, judges: readonly ScoringJudge[], strengthOf: (entryId: string) => number, random: () => number) {
  const assignments = await tx
    .select({ entryId: competitionAssignments.entryId, judgeId: competitionAssignments.judgeId, number: competitionEntries.number, projectName: competitionEntries.projectName })
    .from(competitionAssignments)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionAssignments.entryId))
    .where(and(eq(competitionAssignments.phaseId, phase.id), inArray(competitionAssignments.judgeId, judges.map((judge) => judge.id))));
  // By number, then in the panel's order (ids are random), so that the same numbers fall to the same sheets every time.
  const panelOrder = (judgeId: string) => judges.findIndex((judge) => judge.id === judgeId);
  assignments.sort((a, b) => a.number.localeCompare(b.number) || panelOrder(a.judgeId) - panelOrder(b.judgeId));
  const rows = assignments.map(({ entryId, judgeId, projectName }) => {
    const judge = judges.find((candidate) => candidate.id === judgeId)!;
    const abstains = phase.kind === 'roadshow' && (judge.abstainsOn ?? []).includes(projectName);
    const sheet: ScoreSheet = abstains
      ? { abstained: true }
      : {
          abstained: false,
          scores: Object.fromEntries(
            phase.rubric.criteria.map(({ key, maxScore }) => {
              const mark = (strengthOf(entryId) + judge.bias + (random() - 0.5) * 10) / 100;
              return [key, Math.round(Math.min(1, Math.max(0, mark)) * maxScore * 2) / 2];
            }),
          ),
        };
    if (checkScoreSheet(phase.rubric, sheet).length) throw new Error(`demo score sheet does not fit the rubric of phase ${phase.id}`);
    return { phaseId: phase.id, entryId, judgeId, abstained: sheet.abstained, criteria: sheet.abstained ? {} : { ...sheet.scores }, total: weightedScore(phase.rubric, sheet) };
  });
  if (rows.length) await tx.insert(competitionScores).values(rows);
}

/** Shenzhen entries that have landed since: their leads converted into projects at 签约 and 注册. */
const landedProjects: { entry: string; project: Omit<DemoProject, 'enterprise' | 'team' | 'manager' | 'regionCode' | 'newEnterprise'> }[] = [
  {
    entry: '血友病A基因治疗',
    project: {
      name: '血友病A基因治疗药物研发及产业化基地',
      createdDaysAgo: 120,
      nextFollowUpIn: 14,
      moves: [
        { action: 'intent', afterHours: days(10) },
        { action: 'sign', afterHours: days(45), evidence: { signedOn: '', amountWan: 30000, capitalOrigin: 'domestic', agreementFileId: null } },
        { action: 'register', afterHours: days(80) },
      ],
      signing: { amountWan: 30000, capitalOrigin: 'domestic' },
      registers: { newEntity: '青岛康因基因治疗科技有限公司' },
    },
  },
  {
    entry: '潜行鲛 GLADIUS MINI 水下无人机',
    project: {
      name: '消费级水下无人机北方研发中心',
      createdDaysAgo: 100,
      nextFollowUpIn: 7,
      moves: [
        { action: 'intent', afterHours: days(14) },
        { action: 'sign', afterHours: days(60), evidence: { signedOn: '', amountWan: 8000, capitalOrigin: 'domestic', agreementFileId: null } },
      ],
      signing: { amountWan: 8000, capitalOrigin: 'domestic' },
    },
  },
  {
    entry: '工业视觉缺陷检测大模型',
    project: {
      name: '工业视觉检测大模型华北总部',
      createdDaysAgo: 90,
      nextFollowUpIn: 10,
      moves: [
        { action: 'intent', afterHours: days(7) },
        { action: 'sign', afterHours: days(40), evidence: { signedOn: '', amountWan: 5000, capitalOrigin: 'domestic', agreementFileId: null } },
      ],
      signing: { amountWan: 5000, capitalOrigin: 'domestic' },
    },
  },
];

/** Converts the landed entries' leads (worked by their owner) into the projects the investment module's demo makes. */
async function seedLandedEntries(tx: Tx, seed: DemoSeed, ownerId: string) {
  const owner: DemoActor = { id: ownerId, name: '张海峰（高新区驻深）', permissions: ['lead.work'], enterpriseId: null };
  for (const landed of landedProjects) {
    const [entry] = await tx.select().from(competitionEntries).where(eq(competitionEntries.projectName, landed.entry));
    await convertLeadWithin(tx, owner, entry!.leadId!);
    const made = await seedDemoProjectList(tx, seed, [
      { ...landed.project, enterprise: entry!.organisationName, team: '高新区驻深招商组', manager: 'gx-zhang', regionCode: '370271' },
    ]);
    await tx.update(projects).set({ leadId: entry!.leadId }).where(eq(projects.id, made.get(landed.project.name)!));
  }
}
