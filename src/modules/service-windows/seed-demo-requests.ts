import { inArray } from 'drizzle-orm';
import { recordAudit, systemActor } from '../../platform/audit/record-audit.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { windowRequestSubject, windowRequestWorkflow } from './request-workflow.ts';
import { windowRequestMessages, windowRequests, type WindowRequestState } from './schema.ts';

interface DemoMessage {
  side: 'requester' | 'staff';
  author: string;
  body: string;
  /** Hours after the request was opened. */
  after: number;
}

interface DemoRequest {
  enterprise: string;
  window: string;
  openedBy: string;
  subject: string;
  description: string;
  /** Days before the seeding. */
  daysAgo: number;
  messages: DemoMessage[];
  /** Hours after opening that it was closed, for closed requests. */
  closedAfter?: number;
}

const operator = '陈经纪（技术市场）';
const agent = '刘专员（企业服务）';

const demoRequests: DemoRequest[] = [
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    window: 'ip',
    openedBy: '孙经理（企业用户）',
    subject: 'VR 头显光学模组专利布局咨询',
    description:
      '我司自研的 Pancake 光学模组即将量产，想在国内和欧盟同步申请发明专利，并了解 PCT 途径的时间节点和费用。另外想问区里对海外专利申请有没有资助。',
    daysAgo: 12,
    messages: [
      {
        side: 'staff',
        author: agent,
        body: '孙经理您好：建议先提交国内发明专利申请，12 个月内通过 PCT 进入欧洲。区里对 PCT 申请按每件最高 5 万元资助，材料清单已放在附件区，下周二上午可安排代理机构上门对接。',
        after: 20,
      },
      { side: 'requester', author: '孙经理（企业用户）', body: '收到，周二上午十点可以，地点在我们园区 B 座 12 层。', after: 26 },
      { side: 'staff', author: agent, body: '好的，已约青岛蓝海知识产权代理的马蓝老师同去。', after: 30 },
    ],
    closedAfter: 96,
  },
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    window: 'finance',
    openedBy: '孙经理（企业用户）',
    subject: '知识产权质押融资额度咨询',
    description: '公司有 14 件授权发明专利，想了解以专利质押能贷多少、利率多少，以及区里的贴息政策怎么申请。',
    daysAgo: 3,
    messages: [
      {
        side: 'staff',
        author: operator,
        body: '已联系两家合作银行，初步评估质押额度在 800 万至 1200 万元之间，年利率 3.4% 左右；区级贴息为实际利息的 50%。请补充近两年审计报告，我们安排评估机构。',
        after: 5,
      },
    ],
  },
  {
    enterprise: '青岛幻境虚拟现实科技有限公司',
    window: 'trading',
    openedBy: '孙经理（企业用户）',
    subject: '眼动追踪算法技术许可合同登记',
    description: '我们准备把眼动追踪算法以普通许可方式授权给一家深圳企业使用，合同金额 300 万元，想咨询技术合同认定登记的流程和需要的材料。',
    daysAgo: 1,
    messages: [],
  },
  {
    enterprise: '青岛澜庭智能家居科技有限公司',
    window: 'legal',
    openedBy: '陈澜',
    subject: '核心技术人员离职竞业限制问题',
    description: '一名技术骨干提出离职并准备加入竞争对手，入职时签过保密协议但没有单独的竞业限制协议，想咨询现在补签是否有效、公司能采取哪些措施。',
    daysAgo: 6,
    messages: [
      {
        side: 'staff',
        author: agent,
        body: '陈总您好：离职时补签竞业限制协议须员工同意，并按月支付经济补偿（一般不低于离职前十二个月平均工资的 30%）。已为您预约下周三窗口律师面谈。',
        after: 28,
      },
      { side: 'requester', author: '陈澜', body: '如果员工不同意补签，保密协议还能起什么作用？', after: 50 },
    ],
  },
  {
    enterprise: '青岛海汇技术转移服务有限公司',
    window: 'trading',
    openedBy: operator,
    subject: '高校成果作价入股评估（窗口现场登记）',
    description: '何总到窗口咨询：拟将某高校海洋防腐涂层专利包作价入股新设公司，需要评估机构推荐和国资审批流程说明。',
    daysAgo: 9,
    messages: [
      { side: 'staff', author: operator, body: '已发送三家备案评估机构名单，并说明高校国有资产作价入股须报主管部门备案。', after: 3 },
    ],
    closedAfter: 30,
  },
  {
    enterprise: '青岛远洋数据科技有限公司',
    window: 'finance',
    openedBy: '郑远',
    subject: '申请科技型中小企业信贷风险补偿',
    description: '公司已入库科技型中小企业，计划申请 500 万元信用贷款，想确认能否纳入区科技信贷风险补偿资金池，以及合作银行有哪些。',
    daysAgo: 0,
    messages: [],
  },
];

const hours = (n: number) => n * 60 * 60 * 1000;

/** A handful of requests across the windows for the demo enterprises, in every state, with their threads. */
export async function seedDemoRequests(tx: Tx): Promise<void> {
  const names = [...new Set(demoRequests.map((request) => request.enterprise))];
  const found = await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, names));
  const idOf = new Map(found.map((row) => [row.name, row.id]));
  const now = Date.now();
  for (const demo of demoRequests) {
    const enterpriseId = idOf.get(demo.enterprise);
    if (!enterpriseId) throw new Error(`demo request ${demo.subject}: no demo enterprise named ${demo.enterprise}`);
    const openedAt = new Date(now - demo.daysAgo * hours(24) - hours(2));
    const at = (after: number) => new Date(openedAt.getTime() + hours(after));
    const lastStaff = demo.messages.filter((m) => m.side === 'staff').at(-1);
    const lastMessage = demo.messages.at(-1);
    const state: WindowRequestState = demo.closedAfter !== undefined ? 'closed' : lastMessage?.side === 'staff' ? 'answered' : 'open';
    const firstStaff = demo.messages.find((m) => m.side === 'staff');
    const [request] = await tx
      .insert(windowRequests)
      .values({
        windowCode: demo.window,
        enterpriseId,
        openedByName: demo.openedBy,
        subject: demo.subject,
        description: demo.description,
        state,
        searchText: normalizeKey(`${demo.subject} ${demo.description}`),
        firstResponseAt: firstStaff ? at(firstStaff.after) : null,
        closedAt: demo.closedAfter !== undefined ? at(demo.closedAfter) : null,
        createdAt: openedAt,
        updatedAt: at(demo.closedAfter ?? lastMessage?.after ?? lastStaff?.after ?? 0),
      })
      .returning();
    const id = request!.id;
    if (demo.messages.length) {
      await tx
        .insert(windowRequestMessages)
        .values(demo.messages.map((m) => ({ requestId: id, authorName: m.author, side: m.side, body: m.body, createdAt: at(m.after) })));
    }
    // The history as the workflow would have written it, so that the enterprise timeline tells the same story.
    const steps: { action: string; from: string | null; to: string; actorName: string; at: Date }[] = [
      { action: startAction, from: null, to: 'open', actorName: demo.openedBy, at: openedAt },
    ];
    for (const m of demo.messages) {
      const from = steps.at(-1)!.to;
      steps.push({ action: m.side === 'staff' ? 'answer' : 'followUp', from, to: m.side === 'staff' ? 'answered' : 'open', actorName: m.author, at: at(m.after) });
    }
    if (demo.closedAfter !== undefined) steps.push({ action: 'close', from: steps.at(-1)!.to, to: 'closed', actorName: demo.openedBy, at: at(demo.closedAfter) });
    await tx.insert(workflowTransitions).values(
      steps.map((step) => ({
        workflow: windowRequestWorkflow.name,
        recordKind: windowRequestSubject.kind,
        recordId: id,
        fromState: step.from,
        toState: step.to,
        action: step.action,
        actorName: step.actorName,
        at: step.at,
      })),
    );
    await recordAudit(tx, systemActor, { entityType: windowRequestSubject.kind, entityId: id, action: 'create', after: { reference: request!.reference, subject: demo.subject } });
  }
}
