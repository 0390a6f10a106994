import { eq, inArray } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { addTeamMember } from '../../platform/teams/add-team-member.ts';
import { saveTeam } from '../../platform/teams/save-team.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import type { DemoSeed } from '../../server/module.ts';
import { enterprises } from '../enterprises/schema.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { serviceCategories, serviceRequestMessages, serviceRequests, serviceRoutingRules, type ServiceRequestChannel, type ServiceRequestState } from './schema.ts';

const operatorName = '陈经纪（技术市场）';

interface DemoStep {
  action: 'accept' | 'waitOnEnterprise' | 'enterpriseReply' | 'resolve' | 'close';
  to: ServiceRequestState;
  /** Hours after submission. */
  after: number;
}

interface DemoRequest {
  enterprise: string;
  categoryCode: string;
  openedBy: string;
  channel: ServiceRequestChannel;
  description: string;
  /** Days before the seeding. */
  daysAgo: number;
  steps: DemoStep[];
  messages: { side: 'requester' | 'staff'; author: string; body: string; after: number }[];
  rating?: number;
  ratingComment?: string;
}

const demoRequests: DemoRequest[] = [
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    categoryCode: 'market-ip',
    openedBy: '孙经理（企业用户）',
    channel: 'web',
    description:
      'VR 头显光学模组专利布局咨询：我司自研的 Pancake 光学模组即将量产，想在国内和欧盟同步申请发明专利，并了解 PCT 途径的时间节点和费用。另外想问区里对海外专利申请有没有资助。',
    daysAgo: 12,
    steps: [
      { action: 'accept', to: 'accepted', after: 20 },
      { action: 'waitOnEnterprise', to: 'waiting_on_enterprise', after: 20 },
      { action: 'enterpriseReply', to: 'in_progress', after: 26 },
      { action: 'resolve', to: 'resolved', after: 96 },
      { action: 'close', to: 'closed', after: 96 + 7 * 24 },
    ],
    messages: [
      {
        side: 'staff',
        author: operatorName,
        body: '孙经理您好：建议先提交国内发明专利申请，12 个月内通过 PCT 进入欧洲。区里对 PCT 申请按每件最高 5 万元资助，材料清单已放在附件区，下周二上午可安排代理机构上门对接，时间是否方便？',
        after: 20,
      },
      { side: 'requester', author: '孙经理（企业用户）', body: '收到，周二上午十点可以，地点在我们园区 B 座 12 层。', after: 26 },
      { side: 'staff', author: operatorName, body: '好的，已约青岛蓝海知识产权代理的马蓝老师同去。', after: 30 },
    ],
    rating: 5,
    ratingComment: '代理机构当周就上门了，PCT 资助材料也一次讲清楚。',
  },
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    categoryCode: 'market-finance',
    openedBy: '孙经理（企业用户）',
    channel: 'web',
    description: '知识产权质押融资额度咨询：公司有 14 件授权发明专利，想了解以专利质押能贷多少、利率多少，以及区里的贴息政策怎么申请。',
    daysAgo: 3,
    steps: [
      { action: 'accept', to: 'accepted', after: 5 },
      { action: 'waitOnEnterprise', to: 'waiting_on_enterprise', after: 5 },
    ],
    messages: [
      {
        side: 'staff',
        author: operatorName,
        body: '已联系两家合作银行，初步评估质押额度在 800 万至 1200 万元之间，年利率 3.4% 左右；区级贴息为实际利息的 50%。请补充近两年审计报告，我们安排评估机构。',
        after: 5,
      },
    ],
  },
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    categoryCode: 'market-trading',
    openedBy: '孙经理（企业用户）',
    channel: 'web',
    description: '眼动追踪算法技术许可合同登记：我们准备把眼动追踪算法以普通许可方式授权给一家深圳企业使用，合同金额 300 万元，想咨询技术合同认定登记的流程和需要的材料。',
    daysAgo: 1,
    steps: [],
    messages: [],
  },
  {
    enterprise: '青岛澜庭智能家居科技有限公司',
    categoryCode: 'market-legal',
    openedBy: '陈澜',
    channel: 'web',
    description: '核心技术人员离职竞业限制问题：一名技术骨干提出离职并准备加入竞争对手，入职时签过保密协议但没有单独的竞业限制协议，想咨询现在补签是否有效、公司能采取哪些措施。',
    daysAgo: 6,
    steps: [
      { action: 'accept', to: 'accepted', after: 28 },
      { action: 'waitOnEnterprise', to: 'waiting_on_enterprise', after: 28 },
      { action: 'enterpriseReply', to: 'in_progress', after: 50 },
    ],
    messages: [
      {
        side: 'staff',
        author: operatorName,
        body: '陈总您好：离职时补签竞业限制协议须员工同意，并按月支付经济补偿（一般不低于离职前十二个月平均工资的 30%）。已为您预约下周三窗口律师面谈。',
        after: 28,
      },
      { side: 'requester', author: '陈澜', body: '如果员工不同意补签，保密协议还能起什么作用？', after: 50 },
    ],
  },
  {
    enterprise: '青岛海汇技术转移服务有限公司',
    categoryCode: 'market-trading',
    openedBy: operatorName,
    channel: 'walk-in',
    description: '高校成果作价入股评估（窗口现场登记）：何总到窗口咨询，拟将某高校海洋防腐涂层专利包作价入股新设公司，需要评估机构推荐和国资审批流程说明。',
    daysAgo: 9,
    steps: [
      { action: 'accept', to: 'accepted', after: 0 },
      { action: 'resolve', to: 'resolved', after: 3 },
      { action: 'close', to: 'closed', after: 3 + 7 * 24 },
    ],
    messages: [{ side: 'staff', author: operatorName, body: '已发送三家备案评估机构名单，并说明高校国有资产作价入股须报主管部门备案。', after: 3 }],
  },
  {
    enterprise: '青岛远洋数据科技有限公司',
    categoryCode: 'market-finance',
    openedBy: '郑远',
    channel: 'web',
    description: '申请科技型中小企业信贷风险补偿：公司已入库科技型中小企业，计划申请 500 万元信用贷款，想确认能否纳入区科技信贷风险补偿资金池，以及合作银行有哪些。',
    daysAgo: 0,
    steps: [],
    messages: [],
  },
];

const hours = (n: number) => n * 60 * 60 * 1000;

/**
 * The technology market's service windows at the desk: the market's team (its operator leads it), the rules that
 * send every window category to it, and a handful of requests across the windows in every state, with threads.
 */
export async function seedDemoMarketWindows(tx: Tx, seed: DemoSeed): Promise<void> {
  const operatorId = seed.keys.get('user:operator');
  if (!operatorId) throw new Error('the market windows demo needs the operator account');
  const team = await saveTeam(tx, systemActor, null, { name: '技术交易市场服务窗口', location: '即墨区', description: '技术交易、知识产权、科技金融、法律服务窗口' });
  await addTeamMember(tx as unknown as Db, systemActor, team.id, { userId: operatorId, role: 'lead', startsOn: '2026-01-01', endsOn: null });
  const windows = await tx.select({ code: serviceCategories.code }).from(serviceCategories).where(eq(serviceCategories.marketWindow, true));
  await tx.insert(serviceRoutingRules).values(windows.map((window) => ({ categoryCode: window.code, teamId: team.id })));

  const names = [...new Set(demoRequests.map((request) => request.enterprise))];
  const found = await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, names));
  const now = Date.now();
  for (const [index, demo] of demoRequests.entries()) {
    const enterpriseId = found.find((row) => row.name === demo.enterprise)?.id;
    if (!enterpriseId) throw new Error(`demo market window request: no demo enterprise named ${demo.enterprise}`);
    const openedAt = new Date(now - demo.daysAgo * hours(24) - hours(2));
    const at = (after: number) => new Date(openedAt.getTime() + hours(after));
    const stepAt = (action: DemoStep['action']) => demo.steps.find((step) => step.action === action);
    const firstStaff = demo.messages.find((message) => message.side === 'staff');
    const [request] = await tx
      .insert(serviceRequests)
      .values({
        enterpriseId,
        openedById: demo.channel === 'walk-in' ? operatorId : null,
        openedByName: demo.openedBy,
        channel: demo.channel,
        categoryCode: demo.categoryCode,
        priority: 'normal',
        description: demo.description,
        state: demo.steps.at(-1)?.to ?? 'new',
        teamId: team.id,
        ownerId: stepAt('accept') ? operatorId : null,
        idempotencyKey: `demo-window-${index}`,
        rating: demo.rating ?? null,
        ratingComment: demo.ratingComment ?? null,
        ratedAt: demo.rating ? at((stepAt('resolve')?.after ?? 0) + 2) : null,
        acceptedAt: stepAt('accept') ? at(stepAt('accept')!.after) : null,
        firstResponseAt: firstStaff ? at(firstStaff.after) : null,
        resolvedAt: stepAt('resolve') ? at(stepAt('resolve')!.after) : null,
        closedAt: stepAt('close') ? at(stepAt('close')!.after) : null,
        createdAt: openedAt,
        updatedAt: at(Math.max(0, ...demo.steps.map((step) => step.after), ...demo.messages.map((message) => message.after))),
      })
      .returning({ id: serviceRequests.id });
    let from: ServiceRequestState | null = null;
    // The history as the workflow would have written it, so that the timeline and the SLA clock tell the same story.
    await tx.insert(workflowTransitions).values(
      [{ action: startAction, to: serviceRequestWorkflow.initial, after: 0 } as const, ...demo.steps].map((step) => {
        const actor =
          step.action === startAction || step.action === 'enterpriseReply'
            ? { id: null, name: demo.openedBy }
            : step.action === 'close'
              ? systemActor
              : { id: operatorId, name: operatorName };
        const row = {
          workflow: serviceRequestWorkflow.name,
          recordKind: serviceRequestSubject.kind,
          recordId: request!.id,
          fromState: from,
          toState: step.to,
          action: step.action,
          actorId: actor.id,
          actorName: actor.name,
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
          authorId: message.side === 'staff' ? operatorId : null,
          authorName: message.author,
          side: message.side,
          visibility: 'public' as const,
          body: message.body,
          createdAt: at(message.after),
        })),
      );
    }
    await refreshRequestSla(null, tx, request!.id);
  }
}
