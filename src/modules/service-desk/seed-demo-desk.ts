import { eq, inArray } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import { teamShifts } from '../../platform/roster/schema.ts';
import { addTeamMember } from '../../platform/teams/add-team-member.ts';
import { saveTeam } from '../../platform/teams/save-team.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import type { DemoSeed } from '../../server/module.ts';
import { enterprises } from '../enterprises/schema.ts';
import { demoExpoCentre } from '../sites/seed-demo-sites.ts';
import { siteBuildings, sites } from '../sites/schema.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { serviceRequestWorkflow, serviceRequestSubject } from './request-workflow.ts';
import {
  serviceCannedReplies,
  serviceDeskSettings,
  serviceRequestMessages,
  serviceRequests,
  serviceRoutingRules,
  type ServiceRequestPriority,
  type ServiceRequestState,
} from './schema.ts';

const agentName = '刘专员（企业服务）';

interface DemoStep {
  action: 'accept' | 'startWork' | 'waitOnEnterprise' | 'enterpriseReply' | 'resolve' | 'close';
  to: ServiceRequestState;
  /** Minutes after submission. */
  after: number;
}

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
  messages: { side: 'requester' | 'staff'; visibility?: 'internal'; author: string; body: string; after: number }[];
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
      { side: 'staff', author: agentName, body: '已受理，物业值班电工 10 分钟内到场，请先关闭展位内大功率设备。', after: 4 },
      { side: 'staff', visibility: 'internal', author: agentName, body: '配电箱 A2-3 回路跳闸，疑似电暖器过载。', after: 14 },
      { side: 'staff', author: agentName, body: '已更换 A2-3 回路断路器并恢复供电，建议电暖器改接独立回路。', after: 25 },
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
    messages: [{ side: 'staff', author: agentName, body: '已联系空调维保单位，今天 17 点前上门检修。', after: 30 }],
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
    messages: [{ side: 'staff', author: agentName, body: '可以同时申请。请提供去年经审计的研发费用专项审计报告，我们据此测算补助额度。', after: 120 }],
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
    messages: [{ side: 'staff', author: agentName, body: '两人已列入本月配租名单，下周三可办理入住。', after: 26 * 60 }],
    rating: 4,
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

/** The desk's team, rules, fallback owner and canned replies, and a handful of requests in every state. */
export async function seedDemoDesk(tx: Tx, seed: DemoSeed): Promise<void> {
  const agentId = seed.keys.get('user:agent');
  if (!agentId) throw new Error('the service desk demo needs the agent account');
  const team = await saveTeam(tx, systemActor, null, { name: '区企业服务中心（7×24 热线）', location: '即墨区', description: '企业诉求受理、派单与回访' });
  await addTeamMember(tx as unknown as Db, systemActor, team.id, { userId: agentId, role: 'lead', startsOn: '2026-01-01', endsOn: null });
  const shiftAgents = [agentId, ...['agent-evening', 'agent-night'].map((username) => seed.keys.get(`user:${username}`))];
  for (const userId of shiftAgents.slice(1)) {
    if (!userId) throw new Error('the service desk demo needs the evening and night agents');
    await addTeamMember(tx as unknown as Db, systemActor, team.id, { userId, role: 'member', startsOn: '2026-01-01', endsOn: null });
  }
  await tx.insert(teamShifts).values(demoRoster(team.id, shiftAgents as [string, string, string], new Date()));
  await tx.insert(serviceDeskSettings).values({ fallbackOwnerId: agentId });
  const [expo] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.name, demoExpoCentre));
  if (!expo) throw new Error(`the service desk demo needs the site ${demoExpoCentre}`);
  await tx.insert(serviceRoutingRules).values([
    { categoryCode: 'utilities', siteId: expo.id, teamId: team.id },
    { categoryCode: 'property', siteId: expo.id, teamId: team.id },
    { categoryCode: 'policy', teamId: team.id },
    { categoryCode: 'permits', teamId: team.id },
    { categoryCode: 'talent-housing', teamId: team.id },
  ]);
  await tx.insert(serviceCannedReplies).values([
    { title: '已受理', body: '您好，您的诉求已受理，我们会尽快安排专人处理，请保持电话畅通。' },
    { title: '已派维修', body: '已通知物业维修人员前往现场，预计 15 分钟内到达。' },
    { teamId: team.id, title: '请补充材料', body: '请在本工单中上传营业执照副本和相关申请表，我们收到后 1 个工作日内答复。' },
  ]);

  const buildings = await tx.select({ id: siteBuildings.id, name: siteBuildings.name }).from(siteBuildings).where(eq(siteBuildings.siteId, expo.id));
  const names = [...new Set(demoRequests.map((request) => request.enterprise))];
  const found = await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, names));
  const now = Date.now();
  for (const demo of demoRequests) {
    const enterpriseId = found.find((row) => row.name === demo.enterprise)?.id;
    if (!enterpriseId) throw new Error(`demo service request: no demo enterprise named ${demo.enterprise}`);
    const buildingId = demo.building ? buildings.find((building) => building.name === demo.building)?.id : undefined;
    if (demo.building && !buildingId) throw new Error(`demo service request: no building ${demo.building} at ${demoExpoCentre}`);
    const openedAt = new Date(now - minutes(demo.minutesAgo));
    const at = (after: number) => new Date(openedAt.getTime() + minutes(after));
    const stepAt = (action: DemoStep['action']) => demo.steps.find((step) => step.action === action);
    const firstStaff = demo.messages.find((message) => message.side === 'staff' && message.visibility === undefined);
    const last = demo.steps.at(-1);
    const [request] = await tx
      .insert(serviceRequests)
      .values({
        enterpriseId,
        openedByName: demo.openedBy,
        channel: 'web',
        categoryCode: demo.categoryCode,
        priority: demo.priority,
        siteId: buildingId ? expo.id : null,
        buildingId: buildingId ?? null,
        locationText: demo.locationText ?? null,
        description: demo.description,
        state: last?.to ?? 'new',
        teamId: team.id,
        ownerId: stepAt('accept') ? agentId : null,
        idempotencyKey: `demo-${demoRequests.indexOf(demo)}`,
        rating: demo.rating ?? null,
        ratingComment: demo.ratingComment ?? null,
        ratedAt: demo.rating ? at((stepAt('resolve')?.after ?? 0) + 30) : null,
        acceptedAt: stepAt('accept') ? at(stepAt('accept')!.after) : null,
        firstResponseAt: firstStaff ? at(firstStaff.after) : null,
        resolvedAt: stepAt('resolve') ? at(stepAt('resolve')!.after) : null,
        closedAt: stepAt('close') ? at(stepAt('close')!.after) : null,
        createdAt: openedAt,
        updatedAt: at(Math.max(0, ...demo.steps.map((step) => step.after), ...demo.messages.map((message) => message.after))),
      })
      .returning({ id: serviceRequests.id });
    let from: ServiceRequestState | null = null;
    const moves = [{ action: startAction, to: serviceRequestWorkflow.initial, after: 0 } as const, ...demo.steps];
    await tx.insert(workflowTransitions).values(
      moves.map((step) => {
        const row = {
          workflow: serviceRequestWorkflow.name,
          recordKind: serviceRequestSubject.kind,
          recordId: request!.id,
          fromState: from,
          toState: step.to,
          action: step.action,
          actorId: step.action === 'close' ? null : step.action === startAction ? null : agentId,
          actorName: step.action === startAction ? demo.openedBy : step.action === 'close' ? systemActor.name : agentName,
          at: at(step.after),
        };
        from = step.to;
        return row;
      }),
    );
    if (demo.messages.length) {
      await tx.insert(serviceRequestMessages).values(
        demo.messages.map((message) => ({
          requestId: request!.id,
          authorId: message.side === 'staff' ? agentId : null,
          authorName: message.author,
          side: message.side,
          visibility: message.visibility ?? ('public' as const),
          body: message.body,
          createdAt: at(message.after),
        })),
      );
    }
    // Its deadlines and timers as a live request would have them: the queues' countdowns and at-risk and
    // breached tabs show the demo requests, and the first sweep escalates those already late.
    await refreshRequestSla(null, tx, request!.id);
  }
}
