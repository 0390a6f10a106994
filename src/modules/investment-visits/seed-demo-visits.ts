import { and, eq, inArray } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { addMonths, chinaThisMonth, daysOfMonth } from '../../platform/calendar/china-month.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { teams } from '../../platform/teams/schema.ts';
import type { DemoSeed } from '../../server/module.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leads } from '../investment-leads/schema.ts';
import { fieldTrips, visitConcerns, visitNextSteps, visits, type ConcernTag } from './schema.ts';

interface DemoCompany {
  name: string;
  /** GB/T 2260 district of Shenzhen or Qingdao. */
  region: string;
  place: string;
  people: { name: string; title: string }[];
  concerns: [ConcernTag, string][];
  summary: string;
  /** A second visit later in the month, with what changed. */
  again?: { summary: string; concerns: [ConcernTag, string][] };
  step?: string;
}

const presentedShenzhen = '西海岸新区产业布局、无人机与智能装备产业园、人才公寓与研发用房政策';

/** The Shenzhen office's companies; the first four are the register's own demo enterprises. */
const shenzhen: DemoCompany[] = [
  {
    name: '深圳市翼控微电子有限公司',
    region: '440305',
    place: '南山区深圳湾科技生态园 10 栋',
    people: [
      { name: '黎明远', title: '董事长' },
      { name: '吴芳', title: '供应链总监' },
    ],
    concerns: [
      ['supply-chain', '飞控芯片下游整机客户需要电池、螺旋桨、遥控终端就近配套，西海岸目前配套薄弱'],
      ['talent', '嵌入式与射频工程师招聘难'],
    ],
    summary: '无人机飞控芯片企业，出货量国内前三，有意在北方设第二研发中心；最大顾虑是本地产业链配套。',
    again: { summary: '复访：提交西海岸电池、螺旋桨、遥控终端企业清单，对方要求安排实地考察。', concerns: [['supply-chain', '希望至少两家电池和一家遥控终端企业在 30 公里内']] },
    step: '整理西海岸及周边无人机电池、螺旋桨、遥控终端配套企业清单',
  },
  {
    name: '深圳市云翼无人机科技有限公司',
    region: '440309',
    place: '龙华区观澜银星科技园 2 栋',
    people: [{ name: '罗家豪', title: '副总经理' }],
    concerns: [['land', '需要 2 万平方米带试飞场的厂房']],
    summary: '工业级无人机整机，年内暂无扩产计划，但关注试飞空域与厂房。',
    again: { summary: '复访：介绍低空经济试飞基地规划，对方愿意参加下月考察团。', concerns: [['approvals', '试飞空域申请流程长']] },
    step: '提供低空经济试飞基地规划及空域申请流程说明',
  },
  {
    name: '深圳市光锐激光设备有限公司',
    region: '440306',
    place: '宝安区福海街道富桥工业三区',
    people: [{ name: '谢振华', title: '副总裁' }],
    concerns: [['policy', '关注首台套装备奖励与设备购置补贴']],
    summary: '激光加工装备企业，考虑在港湾智能装备产业园设立北方服务中心。',
  },
  {
    name: '深圳市芯途半导体设备有限公司',
    region: '440311',
    place: '光明区光明高新园 A3 栋',
    people: [{ name: '钱立群', title: '总经理' }],
    concerns: [
      ['financing', 'B 轮融资中，希望引入地方产业基金'],
      ['land', '洁净厂房需求约 8000 平方米'],
    ],
    summary: '半导体封测设备，首次接触，对方介绍了 B 轮融资进度。',
    step: '对接区产业引导基金，约基金管理人与对方财务负责人通话',
  },
  {
    name: '深圳市蜂巢动力电池有限公司',
    region: '440306',
    place: '宝安区石岩街道',
    people: [{ name: '梁志强', title: '总经理' }],
    concerns: [['supply-chain', '电芯原料需从华东运入，希望北方有正负极材料供应']],
    summary: '无人机与电动工具用高倍率电池，可作为翼控微电子客户的本地配套。',
    again: { summary: '复访：对方确认可随翼控微电子客户北上设立组装线。', concerns: [['land', '组装线需 5000 平方米标准厂房']] },
    step: '推荐标准厂房房源三处，附租金与装修补贴政策',
  },
  {
    name: '深圳市桨影复合材料科技有限公司',
    region: '440309',
    place: '龙华区大浪街道',
    people: [{ name: '孔令飞', title: '技术总监' }],
    concerns: [
      ['supply-chain', '碳纤维预浸料需稳定供应'],
      ['talent', '复合材料工艺技工缺口大'],
    ],
    summary: '无人机螺旋桨与机臂碳纤维件供应商，愿意考察北方设点。',
  },
  {
    name: '深圳市遥航通信终端有限公司',
    region: '440305',
    place: '南山区科技园北区',
    people: [{ name: '沈嘉怡', title: '市场总监' }],
    concerns: [['policy', '希望了解研发费用加计扣除之外的地方奖励']],
    summary: '无人机遥控终端与图传模块，客户集中在华南，北方客户增长快。',
    step: '发送西海岸新区研发投入奖励细则',
  },
  {
    name: '深圳市鹏芯封装测试有限公司',
    region: '440311',
    place: '光明区凤凰街道',
    people: [{ name: '许国栋', title: '董事长' }],
    concerns: [['approvals', '环评与能评审批周期是选址的关键因素']],
    summary: '先进封装测试，正在比较青岛、合肥、西安三地。',
  },
  {
    name: '深圳市智感传感器技术有限公司',
    region: '440305',
    place: '南山区粤海街道',
    people: [{ name: '方晓东', title: '总经理' }],
    concerns: [['talent', 'MEMS 工艺工程师稀缺，希望有人才公寓']],
    summary: 'MEMS 传感器设计，计划设立北方销售与应用中心。',
  },
  {
    name: '深圳市海川储能科技有限公司',
    region: '440307',
    place: '龙岗区坂田街道',
    people: [{ name: '曹文博', title: '副总经理' }],
    concerns: [
      ['land', '储能系统集成工厂需 50 亩工业用地'],
      ['financing', '希望项目贷款贴息'],
    ],
    summary: '工商业储能系统集成，有明确北方工厂选址计划。',
    again: { summary: '复访：带去两块工业用地的规划条件，对方下月来青踏勘。', concerns: [['land', '关注土地出让方式与交地时间']] },
    step: '安排用地踏勘行程，邀请自然资源分局参加',
  },
  {
    name: '深圳市柔光显示材料有限公司',
    region: '440311',
    place: '光明区玉塘街道',
    people: [{ name: '邓雅琪', title: '总经理助理' }],
    concerns: [['supply-chain', '下游面板厂在北方较少']],
    summary: '柔性显示材料，暂无北上计划，保持联系。',
  },
  {
    name: '深圳市启明机器人有限公司',
    region: '440305',
    place: '南山区西丽街道',
    people: [{ name: '韩立', title: 'CEO' }],
    concerns: [['policy', '关注应用场景开放与政府采购']],
    summary: '服务机器人，希望在港口与园区找到示范应用场景。',
    again: { summary: '复访：介绍港口场景开放清单，对方提交两个场景方案。', concerns: [['other', '希望有场景联络人']] },
  },
  {
    name: '深圳市湾区医疗器械有限公司',
    region: '440307',
    place: '龙岗区宝龙街道',
    people: [{ name: '孟庆华', title: '注册部经理' }],
    concerns: [['approvals', '医疗器械注册证跨省变更流程']],
    summary: '二类医疗器械，关注注册人制度下的跨省生产。',
  },
  {
    name: '深圳市星河卫星导航技术有限公司',
    region: '440304',
    place: '福田区车公庙',
    people: [{ name: '陶然', title: '副总裁' }],
    concerns: [['talent', '希望与本地高校共建联合实验室']],
    summary: '高精度卫星导航模组，无人机与测绘客户多。',
  },
  {
    name: '深圳市锐视机器视觉有限公司',
    region: '440306',
    place: '宝安区新桥街道',
    people: [{ name: '钟文', title: '总经理' }],
    concerns: [['other', '希望对接本地汽车零部件企业做示范产线']],
    summary: '工业机器视觉检测，希望找到北方示范客户。',
  },
  {
    name: '深圳市联创精密模具有限公司',
    region: '440306',
    place: '宝安区沙井街道',
    people: [{ name: '黄永康', title: '董事长' }],
    concerns: [
      ['land', '需要可分割产权的厂房'],
      ['talent', '模具技工老龄化'],
    ],
    summary: '精密注塑模具，考虑产能转移。',
  },
  {
    name: '深圳市青禾生物科技有限公司',
    region: '440305',
    place: '南山区深圳湾生态园',
    people: [{ name: '苏婉', title: '创始人' }],
    concerns: [['financing', '天使轮后需要地方基金跟投']],
    summary: '海洋生物活性物质研发，对蓝色经济政策感兴趣。',
    again: { summary: '复访：介绍海洋生物产业园与蓝色基金，对方有意申报大赛。', concerns: [['policy', '关注大赛落地奖励']] },
  },
  {
    name: '深圳市极光激光雷达有限公司',
    region: '440305',
    place: '南山区留仙洞',
    people: [{ name: '庞博', title: '产品副总' }],
    concerns: [['supply-chain', '光学元件与结构件需本地配套']],
    summary: '车载与无人机激光雷达，北方整车客户增加。',
  },
  {
    name: '深圳市安途汽车电子有限公司',
    region: '440309',
    place: '龙华区民治街道',
    people: [{ name: '任海峰', title: '总经理' }],
    concerns: [['supply-chain', '希望靠近北方整车厂一小时车程内']],
    summary: '汽车电子控制器，客户包括青岛整车厂。',
  },
  {
    name: '深圳市云帆工业软件有限公司',
    region: '440305',
    place: '南山区软件产业基地',
    people: [{ name: '秦雪', title: '销售总监' }],
    concerns: [['policy', '关注软件企业增值税即征即退与首版次软件奖励']],
    summary: 'MES 与工业互联网平台，希望承接本地数字化改造项目。',
  },
  {
    name: '深圳市蓝鲸水下机器人有限公司',
    region: '440306',
    place: '宝安区航城街道',
    people: [{ name: '葛海洋', title: '联合创始人' }],
    concerns: [
      ['land', '需要临海测试水池'],
      ['approvals', '海上试验审批'],
    ],
    summary: '水下无人航行器，西海岸海洋场景契合度高。',
    again: { summary: '复访：介绍海洋试验场与码头资源，对方拟设北方测试基地。', concerns: [['land', '希望租用码头岸线']] },
    step: '协调海洋试验场接待对方技术团队',
  },
  {
    name: '深圳市华拓氢能科技有限公司',
    region: '440307',
    place: '龙岗区宝龙街道',
    people: [{ name: '易志成', title: '总经理' }],
    concerns: [
      ['policy', '氢能示范城市群政策'],
      ['approvals', '加氢站审批主管部门不明确'],
    ],
    summary: '燃料电池系统，关注港口重卡示范。',
  },
  {
    name: '深圳市微连光通信器件有限公司',
    region: '440305',
    place: '南山区桃源街道',
    people: [{ name: '冯晓', title: '总经理' }],
    concerns: [['talent', '光电子工艺人才']],
    summary: '光模块器件，产能紧张，正在寻找第二生产基地。',
  },
  {
    name: '深圳市创域跨境电商供应链有限公司',
    region: '440304',
    place: '福田区华强北',
    people: [{ name: '陆佳', title: '运营总监' }],
    concerns: [['other', '关注保税仓与中欧班列运力']],
    summary: '跨境电商供应链服务，对上合示范区物流通道感兴趣。',
  },
];

const day = (month: string, n: number) => `${month}-${String(n).padStart(2, '0')}`;

async function enterpriseIdOf(tx: Tx, company: DemoCompany): Promise<string> {
  const [found] = await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.name, company.name));
  if (found) return found.id;
  return (await createEnterprise(tx, systemActor, { name: company.name, regionCode: company.region, confirmDuplicate: true })).id;
}

/**
 * The demo visits: the Shenzhen office's last month (every company once, many twice: more than forty visits, a field
 * trip in its middle week grouping those days' visits, next steps mostly done), a few this month with open next
 * steps. The drone flight-control chip maker's concern is the supply chain.
 */
export async function seedDemoVisits(tx: Tx, seed: DemoSeed): Promise<void> {
  const usernames = ['officer'];
  const found = await tx.select({ id: users.id, username: users.username, name: users.displayName }).from(users).where(inArray(users.username, usernames));
  const byName = new Map(found.map((u) => [u.username, u]));
  const officer = byName.get('officer');
  if (!officer) return;
  officer.id = seed.keys.get('user:officer') ?? officer.id;
  const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.nameKey, normalizeKey('西海岸新区驻深办')));
  const teamId = team?.id ?? null;

  const thisMonth = chinaThisMonth();
  const lastMonth = addMonths(thisMonth, -1);
  const lastDay = Number(daysOfMonth(lastMonth).last.slice(8));
  const today = chinaToday();

  const [trip] = await tx
    .insert(fieldTrips)
    .values({
      name: '南山—宝安无人机产业链专题出访',
      teamId,
      destination: '深圳市南山区、宝安区',
      startsOn: day(lastMonth, 10),
      endsOn: day(lastMonth, 14),
      purpose: '围绕飞控芯片企业北上，走访电池、螺旋桨、遥控终端等配套企业，摸清补链需求',
      createdById: officer.id,
    })
    .returning({ id: fieldTrips.id });

  // Last month: each company once in order, then the second visits; dated across the month's days.
  const plan: { company: DemoCompany; again: boolean }[] = [
    ...shenzhen.map((company) => ({ company, again: false })),
    ...shenzhen.filter((c) => c.again).map((company) => ({ company, again: true })),
    ...shenzhen.slice(0, 16).filter((c) => !c.again).map((company) => ({ company, again: true })),
  ];
  // The trip's companies first in its week: the drone chain (chip maker, batteries, propellers, terminals).
  const droneChain = new Set([0, 4, 5, 6]);
  let n = 0;
  for (const [index, { company, again }] of plan.entries()) {
    const inTrip = !again && droneChain.has(index);
    const dayNumber = inTrip ? 10 + [0, 4, 5, 6].indexOf(index) : Math.min(lastDay, 1 + Math.floor((index * lastDay) / plan.length));
    await insertVisit(tx, {
      key: `demo-visit-${n++}`,
      enterpriseId: await enterpriseIdOf(tx, company),
      visitedOn: day(lastMonth, dayNumber),
      place: company.place,
      teamId,
      officer,
      tripId: inTrip || (dayNumber >= 10 && dayNumber <= 14) ? trip!.id : null,
      people: company.people,
      presented: presentedShenzhen,
      summary: again ? company.again?.summary ?? `复访：继续跟进${company.summary}` : company.summary,
      concerns: again ? company.again?.concerns ?? company.concerns.slice(0, 1) : company.concerns,
      step: company.step && !again ? { text: company.step, dueOn: day(lastMonth, Math.min(lastDay, dayNumber + 7)), done: index % 3 !== 0 } : null,
    });
  }

  // This month so far: the chip maker again, with the open next step due.
  const thisMonthDays = Number(today.slice(8));
  for (const [i, index] of [0, 9, 20].entries()) {
    const company = shenzhen[index]!;
    const dayNumber = Math.max(1, Math.min(thisMonthDays, 1 + i));
    await insertVisit(tx, {
      key: `demo-visit-${n++}`,
      enterpriseId: await enterpriseIdOf(tx, company),
      visitedOn: day(thisMonth, dayNumber),
      place: company.place,
      teamId,
      officer,
      tripId: null,
      people: company.people,
      presented: presentedShenzhen,
      summary: index === 0 ? '三访：对方确认北方研发中心选址考察时间，配套企业清单已转交供应链团队。' : `近期回访：${company.summary}`,
      concerns: index === 0 ? [['supply-chain', '电池、螺旋桨、遥控终端配套仍是落地前提']] : company.concerns.slice(0, 1),
      step: { text: index === 0 ? '安排翼控微电子来青考察，走访三家配套企业' : company.step ?? '整理对方需求并反馈', dueOn: day(thisMonth, Math.min(thisMonthDays + 3 + i, 28)), done: false },
    });
  }
}

interface DemoVisit {
  key: string;
  enterpriseId: string;
  visitedOn: string;
  place: string;
  teamId: string | null;
  officer: { id: string; name: string };
  tripId: string | null;
  people: { name: string; title: string }[];
  presented: string;
  summary: string;
  concerns: [ConcernTag, string][];
  step: { text: string; dueOn: string; done: boolean } | null;
}

async function insertVisit(tx: Tx, visit: DemoVisit): Promise<void> {
  // The visit is linked to its enterprise's open lead of the team, when there is one.
  const [lead] = visit.teamId
    ? await tx
        .select({ id: leads.id })
        .from(leads)
        .where(and(eq(leads.enterpriseId, visit.enterpriseId), eq(leads.teamId, visit.teamId), eq(leads.status, 'open')))
    : [];
  const [row] = await tx
    .insert(visits)
    .values({
      enterpriseId: visit.enterpriseId,
      leadId: lead?.id ?? null,
      tripId: visit.tripId,
      visitedOn: visit.visitedOn,
      place: visit.place,
      teamId: visit.teamId,
      officerId: visit.officer.id,
      officerName: visit.officer.name,
      theirParticipants: visit.people,
      presented: visit.presented,
      summary: visit.summary,
      idempotencyKey: visit.key,
      createdAt: new Date(`${visit.visitedOn}T18:00:00+08:00`),
    })
    .returning({ id: visits.id });
  if (visit.concerns.length) await tx.insert(visitConcerns).values(visit.concerns.map(([tag, note]) => ({ visitId: row!.id, tag, note })));
  if (visit.step) {
    const done = visit.step.done ? new Date(`${visit.step.dueOn}T10:00:00+08:00`) : null;
    const finished = done && done.getTime() < Date.now() ? done : null;
    await tx.insert(visitNextSteps).values({
      visitId: row!.id,
      text: visit.step.text,
      ownerId: visit.officer.id,
      dueOn: visit.step.dueOn,
      doneAt: finished,
      doneById: finished ? visit.officer.id : null,
    });
  }
}
