import { and, eq, inArray } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { addTeamMember } from '../../platform/teams/add-team-member.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { saveTeam } from '../../platform/teams/save-team.ts';
import { teams } from '../../platform/teams/schema.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { DemoSeed } from '../../server/module.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leadFollowUps, leads, type LeadPriority, type LeadSource } from './schema.ts';

const day = 86_400_000;

/** The demo teams, made if no module made them before, with their demo leads (by username) from the start of 2026. */
const demoTeams = [
  { name: '西海岸新区驻深办', location: '深圳', description: '驻深圳招商工作组：无人机、激光、半导体装备', lead: 'officer', members: [] as string[] },
  { name: '即墨区招商一科', location: '青岛即墨', description: '纺织服装、家居与外资企业', lead: 'officer2', members: [] as string[] },
  {
    name: '高新区驻深招商组',
    location: '深圳',
    description: '青岛高新区驻深圳招商：集成电路、医疗器械、智能装备、新能源',
    lead: 'gx-zhang',
    members: ['gx-liu', 'gx-chen', 'gx-wang', 'gx-zhou', 'gx-sun'],
  },
  { name: '崂山区投资促进中心', location: '青岛崂山', description: '虚拟现实、软件信息与总部经济', lead: 'ls-ma', members: [] as string[] },
] as const;

/** Everyone in a demo team, by username. */
const demoTeamPeople = [...new Set(demoTeams.flatMap((team) => [team.lead, ...team.members]))];

interface DemoLead {
  enterprise: string;
  team: string | null;
  owner: string | null;
  source: LeadSource;
  sourceNote: string;
  chainSegment: string;
  priority: LeadPriority;
  /** Days ago it was last touched; its follow-ups are dated before. */
  touchedDaysAgo: number;
  /** Days from today of the next follow-up (negative: overdue). */
  nextFollowUpIn: number | null;
  followUps: { daysAgo: number; note: string }[];
}

const demoLeads: DemoLead[] = [
  {
    enterprise: '深圳市翼控微电子有限公司',
    team: '西海岸新区驻深办',
    owner: 'officer',
    source: 'field-research',
    sourceNote: '驻深办走访南山区无人机产业园时发现；飞控芯片出货量国内前三',
    chainSegment: '无人机飞控芯片',
    priority: 'high',
    touchedDaysAgo: 3,
    nextFollowUpIn: 0,
    followUps: [
      { daysAgo: 20, note: '首次拜访黎总：有意在北方设立第二研发中心，关注人才公寓和流片补贴。' },
      { daysAgo: 3, note: '吴总监反馈顾虑：本地电池、螺旋桨、遥控终端配套薄弱，需我方提供供应链清单。' },
    ],
  },
  {
    enterprise: '深圳市云翼无人机科技有限公司',
    team: '西海岸新区驻深办',
    owner: 'officer',
    source: 'referral',
    sourceNote: '翼控微电子吴芳推荐的整机客户',
    chainSegment: '工业级无人机整机',
    priority: 'normal',
    touchedDaysAgo: 27,
    nextFollowUpIn: -2,
    followUps: [{ daysAgo: 27, note: '电话沟通，对方表示年内暂无扩产计划，约下月再联系。' }],
  },
  {
    enterprise: '深圳市光锐激光设备有限公司',
    team: '西海岸新区驻深办',
    owner: 'officer',
    source: 'conference',
    sourceNote: '深圳高交会西海岸推介会上交换名片',
    chainSegment: '激光加工装备',
    priority: 'normal',
    touchedDaysAgo: 8,
    nextFollowUpIn: 6,
    followUps: [{ daysAgo: 8, note: '谢副总有意考察港湾智能装备的配套需求。' }],
  },
  {
    enterprise: '深圳市芯途半导体设备有限公司',
    team: null,
    owner: null,
    source: 'field-research',
    sourceNote: '驻深办行业研究名单，尚未接触',
    chainSegment: '半导体封测设备',
    priority: 'high',
    touchedDaysAgo: 12,
    nextFollowUpIn: null,
    followUps: [],
  },
  {
    enterprise: '德纺（青岛）纺织品贸易有限公司',
    team: '即墨区招商一科',
    owner: 'officer2',
    source: 'visit',
    sourceNote: '走访即墨展厅，集团计划在华设立区域采购中心',
    chainSegment: '功能性面料',
    priority: 'high',
    touchedDaysAgo: 2,
    nextFollowUpIn: 5,
    followUps: [{ daysAgo: 2, note: '韩经理介绍：展厅年接待客户 300 批次，区域采购中心选址在青岛与苏州之间。' }],
  },
  {
    enterprise: '青岛即墨国际家居博览中心运营管理有限公司',
    team: '即墨区招商一科',
    owner: 'officer2',
    source: 'inbound',
    sourceNote: '对方来电咨询家居产业园二期入驻政策',
    chainSegment: '家居会展服务',
    priority: 'low',
    touchedDaysAgo: 15,
    nextFollowUpIn: -1,
    followUps: [],
  },
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    team: '即墨区招商一科',
    owner: 'officer2',
    source: 'competition',
    sourceNote: '蓝贝创新创业大赛 VR 赛道晋级企业',
    chainSegment: 'VR 内容与头显整机',
    priority: 'normal',
    touchedDaysAgo: 6,
    nextFollowUpIn: 10,
    followUps: [{ daysAgo: 6, note: '路演后沟通扩产需求，关注崂山区之外的制造用地。' }],
  },
  {
    enterprise: '青岛视界光学科技有限公司',
    team: null,
    owner: null,
    source: 'competition',
    sourceNote: '大赛分站赛企业，光学模组',
    chainSegment: 'VR 光学模组',
    priority: 'normal',
    touchedDaysAgo: 40,
    nextFollowUpIn: null,
    followUps: [],
  },
  {
    enterprise: '青岛沉浸互动数字科技有限公司',
    team: null,
    owner: null,
    source: 'referral',
    sourceNote: '幻境虚拟现实推荐的内容合作方',
    chainSegment: 'VR 内容制作',
    priority: 'low',
    touchedDaysAgo: 33,
    nextFollowUpIn: null,
    followUps: [],
  },
  {
    enterprise: '青岛元维空间信息技术有限公司',
    team: null,
    owner: null,
    source: 'inbound',
    sourceNote: '官网留言咨询数字孪生园区项目',
    chainSegment: '空间计算软件',
    priority: 'normal',
    touchedDaysAgo: 9,
    nextFollowUpIn: null,
    followUps: [],
  },
  {
    enterprise: '青岛海岸线新能源汽车零部件有限公司',
    team: '西海岸新区驻深办',
    owner: 'officer',
    source: 'visit',
    sourceNote: '走访时了解到其深圳电池客户有北上意向',
    chainSegment: '无人机与新能源电池配套',
    priority: 'high',
    touchedDaysAgo: 1,
    nextFollowUpIn: 3,
    followUps: [{ daysAgo: 1, note: '白总可牵线深圳电池厂商，补齐无人机电池配套。' }],
  },
  {
    enterprise: '青岛蓝贝智能机器人有限公司',
    team: null,
    owner: null,
    source: 'competition',
    sourceNote: '大赛总决赛企业，已在高新区落地',
    chainSegment: '服务机器人',
    priority: 'low',
    touchedDaysAgo: 50,
    nextFollowUpIn: null,
    followUps: [],
  },
];

async function demoTeamIds(tx: Tx, userIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const team of demoTeams) {
    const [existing] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.nameKey, normalizeKey(team.name)));
    const id = existing?.id ?? (await saveTeam(tx, systemActor, null, { name: team.name, location: team.location, description: team.description })).id;
    ids.set(team.name, id);
    const leadId = userIds.get(team.lead);
    if (!leadId) continue;
    if ((await membershipsOn(tx, '2026-01-01', { teamIds: [id] })).length) continue;
    await addTeamMember(tx as unknown as Db, systemActor, id, { userId: leadId, role: 'lead', startsOn: '2026-01-01', endsOn: null });
    for (const member of team.members) {
      const userId = userIds.get(member);
      if (userId) await addTeamMember(tx as unknown as Db, systemActor, id, { userId, role: 'member', startsOn: '2026-01-01', endsOn: null });
    }
  }
  return ids;
}

/** The demo leads: the Shenzhen field office's companies, the fabric multinational's showroom, 崂山区's VR firms, some in the pool. */
export async function seedDemoLeads(tx: Tx, seed: DemoSeed): Promise<void> {
  const usernames = demoTeamPeople;
  const found = await tx
    .select({ id: users.id, username: users.username, name: users.displayName })
    .from(users)
    .where(inArray(users.username, usernames));
  const userIds = new Map(found.map((u) => [u.username, u.id]));
  for (const name of usernames) {
    const key = seed.keys.get(`user:${name}`);
    if (key) userIds.set(name, key);
  }
  const names = new Map(found.map((u) => [u.id, u.name]));
  const teamIds = await demoTeamIds(tx, userIds);
  const now = Date.now();
  for (const lead of demoLeads) {
    const [enterprise] = await tx
      .select({ id: enterprises.id, industryCode: enterprises.industryCode })
      .from(enterprises)
      .where(and(eq(enterprises.name, lead.enterprise)));
    if (!enterprise) continue;
    const ownerId = lead.owner ? (userIds.get(lead.owner) ?? null) : null;
    const touchedAt = new Date(now - lead.touchedDaysAgo * day);
    const [row] = await tx
      .insert(leads)
      .values({
        enterpriseId: enterprise.id,
        source: lead.source,
        sourceNote: lead.sourceNote,
        industryCode: enterprise.industryCode,
        chainSegment: lead.chainSegment,
        ownerId,
        teamId: lead.team ? (teamIds.get(lead.team) ?? null) : null,
        priority: lead.priority,
        nextFollowUpOn: lead.nextFollowUpIn === null ? null : chinaDayOf(new Date(now + lead.nextFollowUpIn * day)),
        status: 'open',
        touchedAt,
        createdById: ownerId,
        createdAt: new Date(now - (lead.touchedDaysAgo + 25) * day),
      })
      .returning({ id: leads.id });
    const actor = ownerId ? { id: ownerId, name: names.get(ownerId) ?? lead.owner!, permissions: [], enterpriseId: null } : { ...systemActor, permissions: [], enterpriseId: null };
    await startWorkflow(tx, leadWorkflow, leadSubject, { recordId: row!.id, actor });
    if (lead.followUps.length) {
      await tx.insert(leadFollowUps).values(
        lead.followUps.map((f) => ({
          leadId: row!.id,
          happenedOn: chinaDayOf(new Date(now - f.daysAgo * day)),
          note: f.note,
          authorId: ownerId,
          authorName: actor.name,
        })),
      );
    }
  }
}
