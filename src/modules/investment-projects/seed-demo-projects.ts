import { count, eq, inArray, like } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { teams } from '../../platform/teams/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import type { DemoSeed } from '../../server/module.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { creditCodeCheckCharacter } from '../enterprises/validate-credit-code.ts';
import { countedAmountWan } from './counting-rules.ts';
import type { PipelineStage, ProjectKind, ProjectStage } from './project-stages.ts';
import { projectSubject, projectWorkflow } from './project-workflow.ts';
import { projectAmountChanges, projectCredits, projects, projectSignings, type Project } from './schema.ts';

const hour = 3_600_000;
const day = 24 * hour;

export interface DemoMove {
  action: string;
  /** Hours after the project was created. */
  afterHours: number;
  evidence?: Record<string, unknown>;
}

export interface DemoProject {
  name: string;
  enterprise: string;
  /** Made in the register, in the project's district, when no demo enterprise has the name. */
  newEnterprise?: { industryCode: string; regionCode: string };
  team: string;
  /** The manager's username. */
  manager: string;
  regionCode: string;
  kind?: ProjectKind;
  /** For a capital increase: the name of the demo project it adds to. */
  increaseOf?: string;
  createdDaysAgo: number;
  nextFollowUpIn: number | null;
  moves: DemoMove[];
  /** The signing's facts (the first signing's date is the sign move's), and the event it was made at, by name. */
  signing?: { amountWan: number; capitalOrigin: 'domestic' | 'foreign'; event?: string };
  /** A later re-signing: hours after creation, the new amount and the reason, and its event. */
  resigning?: { afterHours: number; amountWan: number; reason: string; event?: string };
  /** Credit for the project (归属): officers by username or teams by name, shares summing to 100; the default otherwise. */
  credits?: ({ user: string; percent: number } | { team: string; percent: number })[];
  /** 注册: the credit code's enterprise, or a new entity by name. */
  registers?: { enterprise: string } | { newEntity: string };
  capacity?: { annualOutputWan: number; annualTaxWan: number; jobs: number };
}

const shenzhen = '西海岸新区驻深办';
const jimo = '即墨区招商一科';
const laoshan = '崂山区投资促进中心';
/** Hours in n days, for DemoMove.afterHours. */
export const days = (n: number) => n * 24;

const demoProjects: DemoProject[] = [
  {
    // The fabric multinational's showroom: a courtesy call became intent in half a day, the group decided within a
    // month, and the showroom opened six weeks after construction began.
    name: '德纺集团华北面料展示与区域采购中心',
    enterprise: '德纺（青岛）纺织品贸易有限公司',
    team: jimo,
    manager: 'officer2',
    regionCode: '370215',
    createdDaysAgo: 150,
    nextFollowUpIn: 2,
    moves: [
      { action: 'contact', afterHours: 1, evidence: { note: '拜会韩斯琪经理，介绍即墨纺织服装产业基础与展厅选址。' } },
      { action: 'intent', afterHours: 13, evidence: { note: '当天下午集团亚太区确认在即墨设立华北展厅的意向。' } },
      { action: 'negotiate', afterHours: days(6), evidence: { note: '洽谈展厅面积、租金减免与外籍员工服务。' } },
      { action: 'sign', afterHours: days(27), evidence: { signedOn: '', amountWan: 6800, capitalOrigin: 'foreign', agreementFileId: null } },
      { action: 'register', afterHours: days(45) },
      { action: 'beginConstruction', afterHours: days(60), evidence: { startedOn: '', fileIds: [] } },
      { action: 'produce', afterHours: days(60 + 42), evidence: { producingOn: '' } },
    ],
    signing: { amountWan: 6800, capitalOrigin: 'foreign' },
    registers: { newEntity: '德纺（青岛）面料展示中心有限公司' },
  },
  {
    name: '半导体封测设备北方基地',
    enterprise: '深圳市芯途半导体设备有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    createdDaysAgo: 10,
    nextFollowUpIn: 4,
    moves: [],
  },
  {
    name: '激光加工装备华北服务中心',
    enterprise: '深圳市光锐激光设备有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    createdDaysAgo: 20,
    nextFollowUpIn: 0,
    moves: [{ action: 'contact', afterHours: days(12), evidence: { note: '高交会后回访谢副总，约定来青考察。' } }],
  },
  {
    name: '无人机飞控芯片北方研发中心',
    enterprise: '深圳市翼控微电子有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    createdDaysAgo: 70,
    nextFollowUpIn: -3,
    moves: [
      { action: 'contact', afterHours: days(5) },
      // In intent for forty days: stalled beyond PROJECT_STALL_DAYS.
      { action: 'intent', afterHours: days(30), evidence: { note: '黎总表示年内确定第二研发中心选址，关注人才公寓和流片补贴。' } },
    ],
  },
  {
    name: '工业级无人机整机生产线',
    enterprise: '深圳市云翼无人机科技有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    createdDaysAgo: 45,
    nextFollowUpIn: 7,
    moves: [
      { action: 'intent', afterHours: days(10) },
      { action: 'negotiate', afterHours: days(33), evidence: { note: '洽谈厂房代建与设备补贴。' } },
    ],
  },
  {
    // Signed, then signed again with a supplementary agreement: counted once, at the first signing.
    name: 'VR 头显整机扩产项目',
    enterprise: '青岛幻境虚拟现实科技有限公司',
    team: jimo,
    manager: 'officer2',
    regionCode: '370215',
    createdDaysAgo: 90,
    nextFollowUpIn: 1,
    moves: [
      { action: 'contact', afterHours: days(3) },
      { action: 'negotiate', afterHours: days(20) },
      { action: 'sign', afterHours: days(40), evidence: { signedOn: '', amountWan: 8000, capitalOrigin: 'domestic', agreementFileId: null } },
    ],
    signing: { amountWan: 8000, capitalOrigin: 'domestic' },
    resigning: { afterHours: days(75), amountWan: 9500, reason: '补充协议：追加二期洁净厂房，投资额由 8000 万元调整为 9500 万元' },
  },
  {
    name: '新能源电池配套产线',
    enterprise: '青岛海岸线新能源汽车零部件有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    createdDaysAgo: 80,
    nextFollowUpIn: 5,
    moves: [
      { action: 'negotiate', afterHours: days(8) },
      { action: 'sign', afterHours: days(35), evidence: { signedOn: '', amountWan: 12000, capitalOrigin: 'domestic', agreementFileId: null } },
      { action: 'register', afterHours: days(60) },
    ],
    signing: { amountWan: 12000, capitalOrigin: 'domestic' },
    registers: { enterprise: '青岛海岸线新能源汽车零部件有限公司' },
  },
  {
    name: '海洋生物医用材料产业化项目',
    enterprise: '青岛西海岸海洋生物科技有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    createdDaysAgo: 200,
    nextFollowUpIn: 10,
    moves: [
      { action: 'intent', afterHours: days(15) },
      { action: 'sign', afterHours: days(60), evidence: { signedOn: '', amountWan: 20000, capitalOrigin: 'domestic', agreementFileId: null } },
      { action: 'register', afterHours: days(90) },
      { action: 'beginConstruction', afterHours: days(180), evidence: { startedOn: '', fileIds: [] } },
    ],
    signing: { amountWan: 20000, capitalOrigin: 'domestic' },
    registers: { enterprise: '青岛西海岸海洋生物科技有限公司' },
  },
  {
    name: '港湾智能装备一期产业园',
    enterprise: '青岛港湾智能装备有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    createdDaysAgo: 700,
    nextFollowUpIn: null,
    moves: [
      { action: 'negotiate', afterHours: days(20) },
      { action: 'sign', afterHours: days(60), evidence: { signedOn: '', amountWan: 10000, capitalOrigin: 'domestic', agreementFileId: null } },
      { action: 'register', afterHours: days(80) },
      { action: 'beginConstruction', afterHours: days(120), evidence: { startedOn: '', fileIds: [] } },
      { action: 'produce', afterHours: days(400), evidence: { producingOn: '' } },
      { action: 'reachCapacity', afterHours: days(640), evidence: { annualOutputWan: 32000, annualTaxWan: 1450, jobs: 420 } },
    ],
    signing: { amountWan: 10000, capitalOrigin: 'domestic' },
    registers: { enterprise: '青岛港湾智能装备有限公司' },
    capacity: { annualOutputWan: 32000, annualTaxWan: 1450, jobs: 420 },
  },
  {
    // A capital increase of the first phase: agreed total 16000 万元, of which only the 6000 increment counts.
    name: '港湾智能装备二期增资扩产',
    enterprise: '青岛港湾智能装备有限公司',
    team: shenzhen,
    manager: 'officer',
    regionCode: '370211',
    kind: 'capitalIncrease',
    increaseOf: '港湾智能装备一期产业园',
    createdDaysAgo: 40,
    nextFollowUpIn: 14,
    moves: [
      { action: 'negotiate', afterHours: days(2) },
      { action: 'sign', afterHours: days(25), evidence: { signedOn: '', amountWan: 16000, capitalOrigin: 'domestic', agreementFileId: null } },
    ],
    signing: { amountWan: 16000, capitalOrigin: 'domestic' },
  },
  {
    name: 'VR 光学模组生产项目',
    enterprise: '青岛视界光学科技有限公司',
    team: jimo,
    manager: 'officer2',
    regionCode: '370215',
    createdDaysAgo: 60,
    nextFollowUpIn: 20,
    moves: [
      { action: 'contact', afterHours: days(4) },
      { action: 'negotiate', afterHours: days(18) },
      { action: 'hold', afterHours: days(40), evidence: { reason: 'B 轮融资未到位，企业要求暂缓至明年一季度再谈。' } },
    ],
  },
  {
    name: '数字孪生园区平台项目',
    enterprise: '青岛元维空间信息技术有限公司',
    team: jimo,
    manager: 'officer2',
    regionCode: '370215',
    createdDaysAgo: 100,
    nextFollowUpIn: null,
    moves: [
      { action: 'contact', afterHours: days(7) },
      { action: 'terminate', afterHours: days(50), evidence: { reason: '企业最终选址苏州工业园区。' } },
    ],
  },
  // 崂山区's VR headquarters moves: a Shenzhen headset maker's northern headquarters registered and fitting out, a
  // Beijing studio in talks, a local developer moving its head office across the city.
  {
    name: '极目视界虚拟现实北方总部',
    enterprise: '深圳市极目视界科技有限公司',
    newEnterprise: { industryCode: '3922', regionCode: '440305' },
    team: laoshan,
    manager: 'ls-ma',
    regionCode: '370212',
    createdDaysAgo: 160,
    nextFollowUpIn: 6,
    moves: [
      { action: 'contact', afterHours: days(2), evidence: { note: '世界 VR 产业大会期间拜访，介绍崂山区虚拟现实产业园。' } },
      { action: 'intent', afterHours: days(20) },
      { action: 'negotiate', afterHours: days(35), evidence: { note: '洽谈总部办公楼层、研发人员住房与首年房租减免。' } },
      { action: 'sign', afterHours: days(70), evidence: { signedOn: '', amountWan: 30000, capitalOrigin: 'domestic', agreementFileId: null } },
      { action: 'register', afterHours: days(95) },
      { action: 'beginConstruction', afterHours: days(130), evidence: { startedOn: '', fileIds: [] } },
    ],
    signing: { amountWan: 30000, capitalOrigin: 'domestic' },
    registers: { newEntity: '极目视界（青岛）科技有限公司' },
  },
  {
    name: '云镜数字 XR 内容制作总部',
    enterprise: '北京云镜数字科技有限公司',
    newEnterprise: { industryCode: '6513', regionCode: '110108' },
    team: laoshan,
    manager: 'ls-ma',
    regionCode: '370212',
    createdDaysAgo: 40,
    nextFollowUpIn: 3,
    moves: [
      { action: 'contact', afterHours: days(1) },
      { action: 'negotiate', afterHours: days(25), evidence: { note: '企业关注影视拍摄基地配套与人才公寓，拟整体迁入崂山。' } },
    ],
  },
  {
    name: '灵境互动总部迁入崂山',
    enterprise: '青岛灵境互动科技有限公司',
    newEnterprise: { industryCode: '6513', regionCode: '370202' },
    team: laoshan,
    manager: 'ls-ma',
    regionCode: '370212',
    createdDaysAgo: 120,
    nextFollowUpIn: 10,
    moves: [
      { action: 'intent', afterHours: days(5) },
      { action: 'sign', afterHours: days(40), evidence: { signedOn: '', amountWan: 5000, capitalOrigin: 'domestic', agreementFileId: null } },
      { action: 'register', afterHours: days(60) },
    ],
    signing: { amountWan: 5000, capitalOrigin: 'domestic' },
    registers: { newEntity: '青岛灵境互动科技（崂山）有限公司' },
  },
];

/** A valid credit code for a demo entity, made from a running number (GB 32100 check character computed). */
function demoCreditCode(n: number): string {
  const first17 = `91370215MADEMO${String(n).padStart(3, '0')}`.replace(/[IOZSV]/g, '0');
  return first17 + creditCodeCheckCharacter(first17);
}

/**
 * The demo projects: the fabric multinational's showroom in 即墨 (intent in half a day, signed within a month, open six
 * weeks after construction began), one at every stage, a capital increase, a re-signed one, 崂山区's VR headquarters
 * moves; none has its agreement file (demo data carries no files), so their amounts show as unverified until one is
 * uploaded with a re-signing.
 */
export async function seedDemoProjects(tx: Tx, seed: DemoSeed): Promise<void> {
  await seedDemoProjectList(tx, seed, demoProjects);
}

/**
 * Loads demo projects as if they had been worked on from their creation days ago: their moves as workflow transitions
 * at their times, their signings (at the events named, by name in `events`) and credits. Returns their ids by name.
 */
export async function seedDemoProjectList(tx: Tx, seed: DemoSeed, list: readonly DemoProject[], events: ReadonlyMap<string, string> = new Map()): Promise<Map<string, string>> {
  const usernames = [...new Set(list.flatMap((demo) => [demo.manager, ...(demo.credits ?? []).flatMap((c) => ('user' in c ? [c.user] : []))]))];
  const found = await tx.select({ id: users.id, username: users.username, name: users.displayName }).from(users).where(inArray(users.username, usernames));
  const people = new Map(found.map((u) => [u.username, { id: seed.keys.get(`user:${u.username}`) ?? u.id, name: u.name }]));
  const teamIds = new Map<string, string>();
  const teamNames = new Set(list.flatMap((demo) => [demo.team, ...(demo.credits ?? []).flatMap((c) => ('team' in c ? [c.team] : []))]));
  for (const name of teamNames) {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.nameKey, normalizeKey(name)));
    if (team) teamIds.set(name, team.id);
  }
  const now = Date.now();
  const made = new Map<string, string>();
  // Running numbers of the demo entities go on from those an earlier list made.
  let codes = (await tx.select({ n: count() }).from(enterprises).where(like(enterprises.creditCode, `${demoCreditCode(0).slice(0, 14)}%`)))[0]!.n;
  for (const demo of list) {
    const manager = people.get(demo.manager);
    const actor = manager ? { id: manager.id, name: manager.name } : systemActor;
    const [existing] = await tx.select({ id: enterprises.id, industryCode: enterprises.industryCode }).from(enterprises).where(eq(enterprises.name, demo.enterprise));
    const enterprise =
      existing ??
      (demo.newEnterprise && (await createEnterprise(tx, actor, { name: demo.enterprise, industryCode: demo.newEnterprise.industryCode, regionCode: demo.newEnterprise.regionCode, confirmDuplicate: true })));
    if (!enterprise) continue;
    const createdAt = new Date(now - demo.createdDaysAgo * day);
    const at = (hours: number) => new Date(createdAt.getTime() + hours * hour);
    const facts: Partial<Project> = {};
    let stage: ProjectStage = 'lead';
    let heldFrom: PipelineStage | null = null;
    const transitions: (typeof workflowTransitions.$inferInsert)[] = [];
    for (const move of demo.moves) {
      const to = projectWorkflow.transitions[move.action]!.to as ProjectStage;
      const when = at(move.afterHours);
      const evidence = { ...(move.evidence ?? {}) };
      if (move.action === 'sign') {
        evidence.signedOn = chinaDayOf(when);
        facts.agreedAmountWan = demo.signing!.amountWan;
        facts.capitalOrigin = demo.signing!.capitalOrigin;
      }
      if (move.action === 'register' && demo.registers) {
        if ('enterprise' in demo.registers) {
          const [entity] = await tx.select({ id: enterprises.id, creditCode: enterprises.creditCode }).from(enterprises).where(eq(enterprises.name, demo.registers.enterprise));
          facts.registeredEnterpriseId = entity?.id ?? null;
          evidence.creditCode = entity?.creditCode ?? null;
        } else {
          codes += 1;
          const entity = await createEnterprise(tx, actor, { name: demo.registers.newEntity, creditCode: demoCreditCode(codes), industryCode: enterprise.industryCode, regionCode: demo.regionCode, confirmDuplicate: true });
          facts.registeredEnterpriseId = entity.id;
          evidence.creditCode = entity.creditCode;
        }
      }
      if (move.action === 'beginConstruction') facts.startedOn = evidence.startedOn = chinaDayOf(when);
      if (move.action === 'produce') facts.producingOn = evidence.producingOn = chinaDayOf(when);
      if (move.action === 'reachCapacity' && demo.capacity) Object.assign(facts, demo.capacity);
      if (move.action === 'hold') {
        heldFrom = stage as PipelineStage;
        facts.holdReason = String(evidence.reason);
      }
      if (move.action === 'terminate') facts.terminateReason = String(evidence.reason);
      transitions.push({ workflow: projectWorkflow.name, recordKind: projectSubject.kind, fromState: stage, toState: to, action: move.action, actorId: actor.id, actorName: actor.name, evidence, at: when, recordId: '' });
      stage = to;
    }
    const increaseOf = demo.increaseOf ? (made.get(demo.increaseOf) ?? null) : null;
    if (demo.kind === 'capitalIncrease' && increaseOf) {
      const [base] = await tx.select().from(projects).where(eq(projects.id, increaseOf));
      facts.baseAmountWan = base ? countedAmountWan(base) : 0;
    }
    const enteredAt = transitions.at(-1)?.at ?? createdAt;
    const [project] = await tx
      .insert(projects)
      .values({
        name: demo.name,
        enterpriseId: enterprise.id,
        industryCode: enterprise.industryCode,
        regionCode: demo.regionCode,
        kind: demo.kind ?? 'new',
        increaseOfProjectId: increaseOf,
        teamId: teamIds.get(demo.team) ?? null,
        managerId: manager?.id ?? null,
        nextFollowUpOn: demo.nextFollowUpIn === null ? null : chinaDayOf(new Date(now + demo.nextFollowUpIn * day)),
        stage,
        stageEnteredAt: enteredAt as Date,
        heldFromStage: heldFrom,
        ...facts,
        createdById: manager?.id ?? null,
        createdAt,
        updatedAt: enteredAt as Date,
      })
      .returning({ id: projects.id });
    const id = project!.id;
    made.set(demo.name, id);
    await tx.insert(workflowTransitions).values([
      { workflow: projectWorkflow.name, recordKind: projectSubject.kind, recordId: id, fromState: null, toState: projectWorkflow.initial, action: startAction, actorId: actor.id, actorName: actor.name, at: createdAt },
      ...transitions.map((t) => ({ ...t, recordId: id })),
    ]);
    const signed = demo.moves.find((m) => m.action === 'sign');
    const eventId = (name: string | undefined) => (name === undefined ? null : (events.get(name) ?? null));
    if (signed && demo.signing) {
      const { event, ...signing } = demo.signing;
      await tx
        .insert(projectSignings)
        .values({ projectId: id, signedOn: chinaDayOf(at(signed.afterHours)), ...signing, eventId: eventId(event), recordedById: actor.id, recordedByName: actor.name, recordedAt: at(signed.afterHours) });
    }
    if (demo.resigning && demo.signing) {
      const when = at(demo.resigning.afterHours);
      await tx.insert(projectSignings).values({
        projectId: id,
        signedOn: chinaDayOf(when),
        amountWan: demo.resigning.amountWan,
        capitalOrigin: demo.signing.capitalOrigin,
        eventId: eventId(demo.resigning.event),
        recordedById: actor.id,
        recordedByName: actor.name,
        recordedAt: when,
      });
      if (demo.resigning.amountWan !== demo.signing.amountWan) {
        await tx.insert(projectAmountChanges).values({ projectId: id, oldAmountWan: demo.signing.amountWan, newAmountWan: demo.resigning.amountWan, reason: demo.resigning.reason, changedById: actor.id, changedByName: actor.name, changedAt: when });
        await tx.update(projects).set({ agreedAmountWan: demo.resigning.amountWan }).where(eq(projects.id, id));
      }
    }
    const credits = (demo.credits ?? []).flatMap((credit) => {
      const userId = 'user' in credit ? people.get(credit.user)?.id : undefined;
      const teamId = 'team' in credit ? teamIds.get(credit.team) : undefined;
      return userId || teamId ? [{ projectId: id, userId: userId ?? null, teamId: teamId ?? null, percent: credit.percent }] : [];
    });
    if (credits.length) await tx.insert(projectCredits).values(credits);
  }
  return made;
}

