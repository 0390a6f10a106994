import { eq, inArray } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { teams } from '../../platform/teams/schema.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import type { DemoSeed } from '../../server/module.ts';
import { enterprises } from '../enterprises/schema.ts';
import { projects } from '../investment-projects/schema.ts';
import { talentRecords, type TalentContact, type TalentRecord } from './schema.ts';
import { talentSearchText } from './talent-records.ts';
import type { TalentKind, TalentNeed, TalentStage } from './talent-stages.ts';
import { talentSubject, talentWorkflow } from './talent-workflow.ts';

const day = 86_400_000;

interface DemoTalent {
  name: string;
  kind: TalentKind;
  field: string;
  industryCode: string | null;
  institution: string;
  currentCity: string;
  needs: TalentNeed[];
  needsNote: string;
  contacts: TalentContact[];
  team: string;
  owner: 'officer' | 'officer2';
  /** The demo project they come with, by name. */
  project?: string;
  createdDaysAgo: number;
  nextFollowUpIn: number | null;
  /** Moves, days after creation, with their evidence; 落地 names its enterprise by name. */
  moves: { action: string; afterDays: number; evidence?: Record<string, unknown>; landedAt?: string }[];
}

const shenzhen = '西海岸新区驻深办';
const jimo = '即墨区招商一科';

const demoTalent: DemoTalent[] = [
  {
    // The drone maker's supply chain is thin here: the battery team would follow its airframe line north.
    name: '无人机动力电池工程团队（陈博士团队）',
    kind: 'team',
    field: '无人机高倍率锂电池包与电池管理系统',
    industryCode: 'C3841',
    institution: '深圳市云翼无人机科技有限公司（原电池事业部）',
    currentCity: '深圳',
    needs: ['labSpace', 'funding', 'housing'],
    needsNote: '团队 12 人，需 800 平方米中试车间与安全测试间；核心成员 5 人需人才公寓，关注高层次人才创业资助。',
    contacts: [{ name: '陈立峰', title: '团队负责人', phone: '13800000001', email: 'chen.lf@example.cn' }],
    team: shenzhen,
    owner: 'officer',
    project: '工业级无人机整机生产线',
    createdDaysAgo: 30,
    nextFollowUpIn: 3,
    moves: [{ action: 'intent', afterDays: 12, evidence: { note: '随整机项目一并考察西海岸新区，表示愿意整体迁入。' } }],
  },
  {
    name: '王静教授（虚拟现实实验室负责人）',
    kind: 'person',
    field: '虚拟现实光学显示与近眼显示',
    industryCode: 'C3976',
    institution: '某“双一流”高校虚拟现实联合实验室',
    currentCity: '北京',
    needs: ['labSpace', 'schooling', 'housing'],
    needsNote: '希望在崂山 VR 产业园设立联合实验室分部；子女初中入学。',
    contacts: [{ name: '王静', title: '教授、实验室主任', email: 'wang.jing@example.edu.cn' }],
    team: jimo,
    owner: 'officer2',
    project: 'VR 头显整机扩产项目',
    createdDaysAgo: 50,
    nextFollowUpIn: -2,
    moves: [],
  },
  {
    name: '海洋生物医药研发团队（刘博士团队）',
    kind: 'team',
    field: '海洋多糖创新药',
    industryCode: 'C2720',
    institution: '中国科学院某研究所',
    currentCity: '上海',
    needs: ['labSpace', 'funding'],
    needsNote: '已在西海岸落地，入驻海蓝生物医药；后续关注研发补助兑现。',
    contacts: [{ name: '刘海川', title: '首席科学家', phone: '13800000003' }],
    team: shenzhen,
    owner: 'officer',
    createdDaysAgo: 120,
    nextFollowUpIn: null,
    moves: [
      { action: 'intent', afterDays: 20 },
      { action: 'land', afterDays: 75, evidence: { note: '团队 8 人全职到岗。' }, landedAt: '青岛海蓝生物医药科技有限公司' },
    ],
  },
  {
    name: '赵明（芯片设计架构师）',
    kind: 'person',
    field: '飞控 SoC 架构设计',
    industryCode: null,
    institution: '深圳某芯片设计公司',
    currentCity: '深圳',
    needs: ['housing', 'schooling', 'other'],
    needsNote: '配偶工作安置为主要顾虑。',
    contacts: [{ name: '赵明', phone: '13800000004' }],
    team: shenzhen,
    owner: 'officer',
    createdDaysAgo: 40,
    nextFollowUpIn: null,
    moves: [{ action: 'hold', afterDays: 25, evidence: { reason: '家庭原因暂缓，约定明年春节后再联系。' } }],
  },
];

/** A handful of talent records following the reports: the drone maker's battery team, a VR lab lead, one landed. */
export async function seedDemoTalent(tx: Tx, seed: DemoSeed): Promise<void> {
  const found = await tx.select({ id: users.id, username: users.username, name: users.displayName }).from(users).where(inArray(users.username, ['officer', 'officer2']));
  const people = new Map(found.map((u) => [u.username, { id: seed.keys.get(`user:${u.username}`) ?? u.id, name: u.name }]));
  const now = Date.now();
  for (const demo of demoTalent) {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.nameKey, normalizeKey(demo.team)));
    const [project] = demo.project ? await tx.select({ id: projects.id }).from(projects).where(eq(projects.name, demo.project)) : [];
    const owner = people.get(demo.owner);
    const actor = owner ?? systemActor;
    const createdAt = new Date(now - demo.createdDaysAgo * day);
    const facts: Partial<TalentRecord> = {};
    const transitions: (typeof workflowTransitions.$inferInsert)[] = [];
    let stage: TalentStage = talentWorkflow.initial;
    for (const move of demo.moves) {
      const to = talentWorkflow.transitions[move.action]!.to as TalentStage;
      const at = new Date(createdAt.getTime() + move.afterDays * day);
      const evidence: Record<string, unknown> = { ...(move.evidence ?? {}) };
      if (move.action === 'land') {
        const [landedAt] = move.landedAt ? await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.name, move.landedAt)) : [];
        facts.landedOn = evidence.landedOn = chinaDayOf(at);
        facts.landedEnterpriseId = landedAt?.id ?? null;
        if (landedAt) evidence.enterpriseId = landedAt.id;
      }
      if (move.action === 'hold') Object.assign(facts, { heldFromStage: stage, holdReason: evidence.reason });
      transitions.push({ workflow: talentWorkflow.name, recordKind: talentSubject.kind, recordId: '', fromState: stage, toState: to, action: move.action, actorId: actor.id, actorName: actor.name, evidence, at });
      stage = to;
    }
    const enteredAt = (transitions.at(-1)?.at as Date | undefined) ?? createdAt;
    const [record] = await tx
      .insert(talentRecords)
      .values({
        name: demo.name,
        kind: demo.kind,
        field: demo.field,
        industryCode: demo.industryCode,
        institution: demo.institution,
        currentCity: demo.currentCity,
        needs: demo.needs,
        needsNote: demo.needsNote,
        contacts: demo.contacts,
        searchText: talentSearchText(demo),
        teamId: team?.id ?? null,
        ownerId: owner?.id ?? null,
        projectId: project?.id ?? null,
        nextFollowUpOn: demo.nextFollowUpIn === null ? null : chinaDayOf(new Date(now + demo.nextFollowUpIn * day)),
        stage,
        stageEnteredAt: enteredAt,
        ...facts,
        createdById: owner?.id ?? null,
        createdAt,
        updatedAt: enteredAt,
      })
      .returning({ id: talentRecords.id });
    await tx.insert(workflowTransitions).values([
      { workflow: talentWorkflow.name, recordKind: talentSubject.kind, recordId: record!.id, fromState: null, toState: talentWorkflow.initial, action: startAction, actorId: actor.id, actorName: actor.name, at: createdAt },
      ...transitions.map((t) => ({ ...t, recordId: record!.id })),
    ]);
  }
}
