import { eq, inArray } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import { teamShifts } from '../../platform/roster/schema.ts';
import { addTeamMember } from '../../platform/teams/add-team-member.ts';
import { saveTeam } from '../../platform/teams/save-team.ts';
import type { DemoSeed } from '../../server/module.ts';
import { enterprises } from '../enterprises/schema.ts';
import { demoExpoCentre } from '../sites/seed-demo-sites.ts';
import { siteBuildings, sites } from '../sites/schema.ts';
import { insertDemoRequests, type DemoMessage, type DemoRequestPlan, type DemoStep } from './insert-demo-requests.ts';
import { demoTrafficPlaces, planDemoTraffic, type DemoAgent } from './seed-demo-traffic.ts';
import { serviceCannedReplies, serviceDeskSettings, serviceRoutingRules, type ServiceRequestPriority } from './schema.ts';

/** A request written by hand, told as the demo's visitor reads it. */
interface DemoRequest {
  enterprise: string;
  openedBy: string;
  categoryCode: string;
  priority: ServiceRequestPriority;
  /** A building of the expo centre, or the place in words. */
  building?: string;
  locationText?: string;
  description: string;
  /** Minutes before the seeding. */
  minutesAgo: number;
  steps: DemoStep[];
  messages: DemoMessage[];
  rating?: number;
  ratingComment?: string;
}

const day = 24 * 60;

const demoRequests: DemoRequest[] = [
  {
    // The power cut solved in 25 minutes: accepted within 3, an electrician on site by 12, power back at 25.
    enterprise: '青岛雅居实木家具有限公司',
    openedBy: '雅居 店长 王敏',
    categoryCode: 'utilities',
    priority: 'urgent',
    building: 'A馆 家具',
    description: 'A馆二层 A2-015 展位突然停电，展厅照明和收银系统都断了，下午有团购客户到店，请尽快处理！',
    minutesAgo: day + 180,
    steps: [
      { action: 'accept', to: 'accepted', after: 3 },
      { action: 'startWork', to: 'in_progress', after: 4 },
      { action: 'resolve', to: 'resolved', after: 25 },
    ],
    messages: [
      { side: 'staff', body: '已受理，物业值班电工 10 分钟内到场，请先关闭展位内大功率设备。', after: 4 },
      { side: 'staff', visibility: 'internal', body: '配电箱 A2-3 回路跳闸，疑似电暖器过载。', after: 14 },
      { side: 'staff', body: '已更换 A2-3 回路断路器并恢复供电，建议电暖器改接独立回路。', after: 25 },
    ],
    rating: 5,
    ratingComment: '响应很快，半小时内就恢复了，点赞！',
  },
  {
    enterprise: '青岛海派沙发有限公司',
    openedBy: '海派 行政 李娜',
    categoryCode: 'property',
    priority: 'high',
    building: 'B馆 软装建材',
    description: 'B馆一层东侧中央空调不制冷，展厅温度超过 30 度，顾客反映闷热。',
    minutesAgo: 300,
    steps: [
      { action: 'accept', to: 'accepted', after: 8 },
      { action: 'startWork', to: 'in_progress', after: 30 },
    ],
    messages: [{ side: 'staff', body: '已联系空调维保单位，今天 17 点前上门检修。', after: 30 }],
  },
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    openedBy: '孙经理（企业用户）',
    categoryCode: 'policy',
    priority: 'normal',
    locationText: '崂山区松岭路 169 号国际创新园 B 座 12 层',
    description: '我司今年研发投入约 1800 万元，想了解研发费用加计扣除和区级研发投入补助能否同时申请，需要准备哪些材料。',
    minutesAgo: 2 * day,
    steps: [
      { action: 'accept', to: 'accepted', after: 40 },
      { action: 'waitOnEnterprise', to: 'waiting_on_enterprise', after: 120 },
    ],
    messages: [{ side: 'staff', body: '可以同时申请。请提供去年经审计的研发费用专项审计报告，我们据此测算补助额度。', after: 120 }],
  },
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    openedBy: '孙经理（企业用户）',
    categoryCode: 'permits',
    priority: 'normal',
    locationText: '即墨区行政审批服务大厅',
    description: '新设立的即墨分公司办理营业执照，想预约帮办代办服务。',
    minutesAgo: 45,
    steps: [],
    messages: [],
  },
  {
    enterprise: '青岛华艺灯饰有限公司',
    openedBy: '华艺 总经理 周涛',
    categoryCode: 'talent-housing',
    priority: 'low',
    locationText: '即墨区蓝鳌路人才公寓',
    description: '新引进的两名设计师申请人才公寓，想了解排队进度。',
    minutesAgo: 12 * day,
    steps: [
      { action: 'accept', to: 'accepted', after: 60 },
      { action: 'resolve', to: 'resolved', after: 26 * 60 },
      { action: 'close', to: 'closed', after: 26 * 60 + 7 * day },
    ],
    messages: [{ side: 'staff', body: '两人已列入本月配租名单，下周三可办理入住。', after: 26 * 60 }],
    rating: 4,
  },
  {
    // Accepted and not yet worked on, whatever hour the demo is seeded at (the generated traffic's may all have moved on).
    enterprise: '青岛海派沙发有限公司',
    openedBy: '海派 行政 李娜',
    categoryCode: 'property',
    priority: 'normal',
    building: 'B馆 软装建材',
    description: 'B馆二层走廊三盏照明灯不亮，希望今天闭馆前修好。',
    minutesAgo: 20,
    steps: [{ action: 'accept', to: 'accepted', after: 4 }],
    messages: [{ side: 'staff', body: '已受理，物业电工下午到场更换灯管。', after: 4 }],
  },
];

const minutes = (n: number) => n * 60_000;

/**
 * The hotline around the clock from a week ago to a week ahead: three eight-hour shifts a day, Beijing time, each
 * kept by its agent as their names say — the day agent from 08:00, the evening agent from 16:00, the night agent
 * from midnight.
 */
function demoRoster(teamId: string, agentIds: readonly [day: string, evening: string, night: string], now: Date) {
  const chinaMidnight = Date.parse(`${chinaDayOf(now)}T00:00:00+08:00`);
  const shifts: (typeof teamShifts.$inferInsert)[] = [];
  for (let day = -7; day <= 7; day++) {
    for (const [slot, startHour] of [8, 16, 0].entries()) {
      const startsAt = new Date(chinaMidnight + day * 24 * 60 * minutes(1) + startHour * 60 * minutes(1));
      shifts.push({ teamId, userId: agentIds[slot]!, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 60 * minutes(1)) });
    }
  }
  return shifts;
}

/** The desk's team, rules, fallback owner and canned replies, a handful of requests in every state and the week before. */
export async function seedDemoDesk(tx: Tx, seed: DemoSeed): Promise<void> {
  const shiftAgents = ['agent', 'agent-evening', 'agent-night'].map((username) => seed.keys.get(`user:${username}`));
  if (shiftAgents.some((userId) => !userId)) throw new Error('the service desk demo needs the day, evening and night agents');
  const [agentId, ...otherAgents] = shiftAgents as string[];
  const team = await saveTeam(tx, systemActor, null, { name: '区企业服务中心（7×24 热线）', location: '即墨区', description: '企业诉求受理、派单与回访' });
  await addTeamMember(tx as unknown as Db, systemActor, team.id, { userId: agentId!, role: 'lead', startsOn: '2026-01-01', endsOn: null });
  for (const userId of otherAgents) {
    await addTeamMember(tx as unknown as Db, systemActor, team.id, { userId, role: 'member', startsOn: '2026-01-01', endsOn: null });
  }
  const now = new Date();
  const roster = demoRoster(team.id, shiftAgents as [string, string, string], now);
  await tx.insert(teamShifts).values(roster);
  await tx.insert(serviceDeskSettings).values({ fallbackOwnerId: agentId! });
  const [expo] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.name, demoExpoCentre));
  if (!expo) throw new Error(`the service desk demo needs the site ${demoExpoCentre}`);
  await tx.insert(serviceRoutingRules).values([
    { categoryCode: 'utilities', siteId: expo.id, teamId: team.id },
    { categoryCode: 'property', siteId: expo.id, teamId: team.id },
    ...['policy', 'permits', 'talent-housing', 'ip', 'finance', 'legal', 'other'].map((categoryCode) => ({ categoryCode, teamId: team.id })),
  ]);
  await tx.insert(serviceCannedReplies).values([
    { title: '已受理', body: '您好，您的诉求已受理，我们会尽快安排专人处理，请保持电话畅通。' },
    { title: '已派维修', body: '已通知物业维修人员前往现场，预计 15 分钟内到达。' },
    { teamId: team.id, title: '请补充材料', body: '请在本工单中上传营业执照副本和相关申请表，我们收到后 1 个工作日内答复。' },
  ]);

  const agents = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, shiftAgents as string[]));
  const agentOf = (userId: string): DemoAgent => agents.find((agent) => agent.id === userId)!;
  const onShiftAt = (at: Date): DemoAgent => {
    const shift = roster.find((row) => row.startsAt.getTime() <= at.getTime() && at.getTime() < row.endsAt.getTime());
    return agentOf(shift?.userId ?? agentId!);
  };
  const handWritten = await handWrittenPlans(tx, expo.id, agentOf(agentId!), now);
  const week = planDemoTraffic({ ...(await demoTrafficPlaces(tx, expo.id)), onShiftAt, today: chinaDayOf(now), now });
  // In the order they came in, so that their reference numbers run with time.
  await insertDemoRequests(tx, team.id, [...handWritten, ...week].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime()));
}

/** The hand-written requests, all the day agent's, at the places and enterprises they name. */
async function handWrittenPlans(tx: Tx, expoSiteId: string, agent: DemoAgent, now: Date): Promise<DemoRequestPlan[]> {
  const buildings = await tx.select({ id: siteBuildings.id, name: siteBuildings.name }).from(siteBuildings).where(eq(siteBuildings.siteId, expoSiteId));
  const names = [...new Set(demoRequests.map((request) => request.enterprise))];
  const found = await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, names));
  return demoRequests.map((demo, index) => {
    const enterpriseId = found.find((row) => row.name === demo.enterprise)?.id;
    if (!enterpriseId) throw new Error(`demo service request: no demo enterprise named ${demo.enterprise}`);
    const buildingId = demo.building ? buildings.find((building) => building.name === demo.building)?.id : undefined;
    if (demo.building && !buildingId) throw new Error(`demo service request: no building ${demo.building} at ${demoExpoCentre}`);
    const resolvedAfter = demo.steps.find((step) => step.action === 'resolve')?.after ?? 0;
    return {
      key: `demo-${index}`,
      enterpriseId,
      openedBy: demo.openedBy,
      channel: 'web',
      categoryCode: demo.categoryCode,
      priority: demo.priority,
      place: buildingId ? { siteId: expoSiteId, buildingId } : { locationText: demo.locationText! },
      description: demo.description,
      openedAt: new Date(now.getTime() - minutes(demo.minutesAgo)),
      agent,
      steps: demo.steps,
      messages: demo.messages,
      rating: demo.rating ? { score: demo.rating, comment: demo.ratingComment, after: resolvedAfter + 30 } : undefined,
    };
  });
}
