import { and, eq, inArray } from 'drizzle-orm';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { seededRandom } from '../../server/seeded-random.ts';
import { enterprises } from '../enterprises/schema.ts';
import { demoExpoCentre } from '../sites/seed-demo-sites.ts';
import { siteBuildings, siteFloors, siteLeases, siteUnits } from '../sites/schema.ts';
import type { DemoMessage, DemoRequestPlan, DemoStep } from './insert-demo-requests.ts';
import type { ServiceRequestChannel, ServiceRequestPriority } from './schema.ts';

/** How many China days before today the week of traffic covers. */
export const demoTrafficDays = 7;

/** An expo centre tenant in (the first of) its units: where its on-site problems happen. */
export interface DemoTenant {
  enterpriseId: string;
  name: string;
  siteId: string;
  buildingId: string;
  floorId: string;
  unitId: string;
  /** As the tenant says it: 「A馆 2层 215」. */
  spot: string;
  fittingOut: boolean;
}

/** An enterprise away from the expo centre, at its own address. */
export interface DemoOutsider {
  enterpriseId: string;
  name: string;
  address: string;
  /** A key enterprise (挂点联系): its requests are at least high. */
  key: boolean;
}

export interface DemoAgent {
  id: string;
  name: string;
}

/** The enterprises away from the expo centre that bring the week's consultations, as the demo's other modules hold them. */
const outsiders: { name: string; address: string; key: boolean }[] = [
  { name: '青岛幻境虚拟现实科技有限公司', address: '崂山区松岭路 169 号国际创新园 B 座 12 层', key: true },
  { name: '青岛视界光学科技有限公司', address: '崂山区株洲路 187 号虚拟现实产业园 3 号楼', key: true },
  { name: '青岛元维空间信息技术有限公司', address: '崂山区海尔路 1 号甲 5 层', key: false },
  { name: '青岛数智青年科技有限公司', address: '即墨区青年创新创业园 1号楼 2 层', key: false },
  { name: '青岛蓝鳌新材料科技有限公司', address: '即墨区青年创新创业园 2号厂房', key: false },
  { name: '青岛拾光文创有限公司', address: '即墨区青年创新创业园 1号楼 4 层', key: false },
];

/** A problem as the enterprise tells it ({spot}: where) and the reply that closes it. */
type Problem = readonly [description: string, resolution: string];

const onSite: Record<'utilities' | 'property', Record<'urgent' | 'other', readonly Problem[]>> = {
  utilities: {
    urgent: [
      ['{spot} 展位整体断电，收银系统和展厅照明全部中断，店里还有客户。', '配电间总开关跳闸，已排除短路并恢复供电。'],
      ['{spot} 配电箱有焦糊味并冒烟，已自行拉闸，请立即派电工。', '配电箱内接线端子松动过热，已更换端子并紧固，检测正常后送电。'],
      ['{spot} 给水管爆裂，水已经漫到过道，请马上关闭阀门。', '已关闭楼层分阀并更换爆裂管段，过道积水已清理。'],
    ],
    other: [
      ['{spot} 插座回路频繁跳闸，装修电动工具一开就断电。', '回路负荷过大，已为施工用电单独拉临时电箱。'],
      ['{spot} 本月电费比上月高出一倍，怀疑电表计量有误，请核查。', '已会同供电所校验电表，计量正常；用电增加来自新装的展示灯带。'],
      ['{spot} 周末有新品发布活动，申请临时增容用电。', '临时增容已批准，周五下午电工上门接线。'],
      ['{spot} 卫生间热水器不出热水。', '热水器温控器损坏，已更换。'],
      ['{spot} 展位内水龙头关不严，一直滴水。', '已更换阀芯。'],
    ],
  },
  property: {
    urgent: [
      ['{spot} 消防喷淋头被装修碰坏，一直在喷水，展品被淋湿了。', '已关闭喷淋分区阀门并更换喷头，消防主机已复位。'],
      ['{spot} 货梯困人，两名搬运工被困在梯内。', '维保人员到场释放被困人员，货梯停用检修，人员无受伤。'],
      ['{spot} 卷帘门卡在半空放不下来，晚上没法锁店。', '卷帘门电机限位失灵，已调整并试运行正常。'],
    ],
    other: [
      ['{spot} 门口地砖松动翘起，顾客差点绊倒。', '已重新铺贴松动地砖，养护期间设置了提示牌。'],
      ['{spot} 展厅吊顶有渗水痕迹，怀疑楼上管道漏水。', '楼上展位地漏堵塞导致渗水，已疏通并更换受潮吊顶板。'],
      ['{spot} 门前过道堆了其他商户的装修垃圾，影响通行，请协调清运。', '已联系相关商户并由保洁当天清运完毕。'],
      ['{spot} 员工门禁卡失灵，进不了店。', '门禁权限过期，已重新授权。'],
      ['{spot} 展厅照明灯管有一半不亮。', '已更换镇流器和灯管。'],
      ['{spot} 装修需要夜间进场施工，申请办理夜间施工和动火作业审批。', '夜间施工和动火作业审批已办结，请施工方按规定配备灭火器和看火人。'],
    ],
  },
};

const consultations: Record<string, readonly Problem[]> = {
  permits: [
    ['新门店里设咖啡吧，办理食品经营许可证需要哪些材料、多长时间？', '已告知材料清单，可网上申报，承诺时限 5 个工作日，帮办员全程跟进。'],
    ['公司变更法定代表人，营业执照变更能否全程网办？', '可全程网办，已发送操作指引，新执照可邮寄到付。'],
    ['门头户外广告牌设置需要哪些部门审批？', '已协调城管和市场监管联合审批，材料齐全当天办结。'],
    ['开业前消防安全检查想预约时间。', '已预约消防救援大队下周二上午现场检查。'],
    ['出口业务需要办理海关报关单位备案，请指导流程。', '已在“单一窗口”代为预填，企业确认后提交即可。'],
  ],
  policy: [
    ['咨询家居产业“首店经济”奖励的申报条件和时间。', '已发送申报指南，本年度截止日为本月 25 日，专员可上门辅导。'],
    ['今年新招应届生 12 人，能否申请一次性吸纳就业补贴？', '符合条件，每人 1000 元，已告知在人社网上大厅申报。'],
    ['想了解设备更新改造贷款贴息政策，今年还有没有申报批次？', '第四批正在受理，已推送申报系统入口和材料模板。'],
    ['参加境外展会的展位费补贴怎么申报，需要哪些票据？', '已说明补贴比例和票据要求，展会结束后 3 个月内申报。'],
    ['明年准备申报高新技术企业认定，请政策专员上门辅导。', '已安排政策专员本周四上门，先做研发费用归集诊断。'],
  ],
  ip: [
    ['我司原创沙发外观被同场馆商户仿冒，想咨询外观设计专利维权途径。', '已对接知识产权保护中心快速维权通道，并安排调解。'],
    ['新品牌商标注册被驳回，想了解复审流程。', '已说明复审期限和材料，推荐了区知识产权服务站免费代理。'],
    ['申请专利快速预审，需要先在保护中心备案吗？', '需要先备案，已协助提交备案申请。'],
  ],
  finance: [
    ['流动资金紧张，想了解“政银担”小微企业贷款的额度和利率。', '已推荐合作银行客户经理对接，最高 1000 万元，担保费率 0.5%。'],
    ['现有贷款月底到期，想申请续贷服务。', '已对接首贷续贷服务中心，银行已受理无还本续贷。'],
    ['申请应急转贷资金，需要哪些材料？', '已发送材料清单，资料齐全后 2 个工作日内放款。'],
  ],
  legal: [
    ['与装修公司合同纠纷，对方拖延工期，想咨询免费法律服务。', '已预约驻园律师周三下午面谈，并协助梳理合同条款。'],
    ['外地客户拖欠货款 30 万元，想咨询诉前调解。', '已指导申请诉前调解，调解员三日内联系双方。'],
    ['员工离职带走客户资料，想了解如何维权。', '律师已给出取证和发函建议，必要时可申请竞业限制仲裁。'],
  ],
  'talent-housing': [
    ['新引进的设计总监申请人才公寓，想了解入住条件。', '符合条件，已登记本月配租，提交劳动合同和社保证明即可。'],
    ['员工子女入学需要人才证明，怎么办理？', '已说明人才服务窗口的办理流程，当场可开具证明。'],
    ['人才公寓租金补贴申请到哪一步了？', '已审核通过，补贴下月 15 日前到账。'],
  ],
  other: [['周末想在博览中心广场办促销活动，需要向哪里报备？', '已协调物业和街道报备，活动当天注意消防通道畅通。']],
};

const consultationWeights: [string, number][] = [
  ['permits', 14],
  ['policy', 18],
  ['ip', 6],
  ['finance', 8],
  ['legal', 6],
  ['talent-housing', 8],
  ['other', 3],
];

/** When requests come in, hour by hour (Beijing time): the working day, the evening, a few at night. */
const hourWeights = [0.3, 0.2, 0.2, 0.1, 0.1, 0.2, 0.4, 0.8, 2.2, 3, 3, 2.6, 1.2, 2, 2.8, 2.8, 2.4, 1.8, 1, 0.8, 0.6, 0.5, 0.4, 0.3];

const contacts = ['行政 李娜', '店长 王敏', '财务 张丽', '总经理 周涛', '经理 刘洋', '设计师 陈晨', '人事 赵静', '办公室 孙磊'];
const praise: Record<number, string[]> = {
  5: ['响应很快，点赞！', '处理及时，服务很专业。', '专员全程跟进，很满意。', ''],
  4: ['解决了，就是等得稍久。', '答复清楚，希望流程再简化。', ''],
  3: ['问题解决了，但来回沟通了好几次。'],
  2: ['处理太慢，影响了营业。'],
};

const minute = 60_000;
const hour = 60 * minute;
const chinaMidnight = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
const addDays = (day: string, days: number) => chinaDayOf(new Date(chinaMidnight(day) + days * 24 * hour + 12 * hour));
/** The hour of the day in Beijing. */
const chinaHour = (at: number) => new Date(at + 8 * hour).getUTCHours();

/** The short name staff use on the phone: 「青岛海派沙发有限公司」 → 「海派」. */
const shortName = (name: string) => name.replace(/^(青岛|即墨区|山东)/, '').slice(0, 2);

interface Draw {
  next: () => number;
  int: (from: number, to: number) => number;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  chance: (share: number) => boolean;
}

function draw(seed: number): Draw {
  const next = seededRandom(seed);
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const weighted = <T,>(items: readonly (readonly [T, number])[]) => {
    let left = next() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) if ((left -= weight) < 0) return item;
    return items.at(-1)![0];
  };
  return { next, int, pick: (items) => items[Math.floor(next() * items.length)]!, weighted, chance: (share) => next() < share };
}

/** Moves an instant of office work (a consultation's answer) into 09:00–17:30 of that day or the next. */
function inOfficeHours(at: number, d: Draw): number {
  const day = chinaDayOf(new Date(at));
  const h = chinaHour(at);
  if (h >= 9 && (h < 17 || (h === 17 && new Date(at).getUTCMinutes() < 30))) return at;
  const next = h < 9 ? day : addDays(day, 1);
  return chinaMidnight(next) + 9 * hour + d.int(5, 90) * minute;
}

/** A repair that can wait (not urgent) is done by day: at night it is put off to the next morning. */
function byDay(at: number, d: Draw): number {
  const h = chinaHour(at);
  if (h >= 7 && h < 22) return at;
  const day = chinaDayOf(new Date(at));
  return chinaMidnight(h < 7 ? day : addDays(day, 1)) + 8 * hour + d.int(15, 90) * minute;
}

interface Life {
  steps: DemoStep[];
  messages: DemoMessage[];
  rating?: DemoRequestPlan['rating'];
}

const accepted = (after: number, reply: string): Life => ({
  steps: [{ action: 'accept', to: 'accepted', after }],
  messages: [{ side: 'staff', body: reply, after }],
});

/** An on-site problem: accepted by the agent on shift, repaired within minutes when urgent, within hours otherwise. */
function repairLife(openedAt: number, priority: ServiceRequestPriority, resolution: string, d: Draw): Life {
  const respond = priority === 'urgent' ? d.int(2, 8) : priority === 'high' ? d.int(4, 20) : d.int(6, 45);
  const life = accepted(respond, priority === 'urgent' ? '已受理，物业值班电工和维修工 10 分钟内到场，请注意安全。' : '已受理，已通知物业维修人员前往现场。');
  const start = respond + d.int(1, 6);
  life.steps.push({ action: 'startWork', to: 'in_progress', after: start });
  const done =
    priority === 'urgent'
      ? d.int(Math.max(start + 6, 12), 27)
      : Math.round((byDay(openedAt + (start + (priority === 'high' ? d.int(50, 240) : d.int(80, 600))) * minute, d) - openedAt) / minute);
  if (d.chance(0.3)) life.messages.push({ side: 'staff', visibility: 'internal', body: '已派单物业工程部，维修人员到场后回电确认。', after: start + 2 });
  life.steps.push({ action: 'resolve', to: 'resolved', after: done });
  life.messages.push({ side: 'staff', body: resolution, after: done });
  return life;
}

/** A consultation: accepted on the line, answered in office hours, now and then after the enterprise sends papers. */
function consultationLife(openedAt: number, priority: ServiceRequestPriority, resolution: string, d: Draw): Life {
  const respond = priority === 'high' ? d.int(5, 25) : d.int(8, 60);
  const life = accepted(respond, '您好，您的诉求已受理，我们会尽快安排专人处理，请保持电话畅通。');
  const start = Math.round((inOfficeHours(openedAt + (respond + d.int(20, 180)) * minute, d) - openedAt) / minute);
  life.steps.push({ action: 'startWork', to: 'in_progress', after: start });
  let done: number;
  if (d.chance(0.3)) {
    const asked = start + d.int(30, 120);
    const replied = Math.round((byDay(openedAt + (asked + d.int(120, 1_200)) * minute, d) - openedAt) / minute);
    life.steps.push({ action: 'waitOnEnterprise', to: 'waiting_on_enterprise', after: asked }, { action: 'enterpriseReply', to: 'in_progress', after: replied });
    life.messages.push(
      { side: 'staff', body: '请在本工单中上传营业执照副本和相关申请表，我们收到后 1 个工作日内答复。', after: asked },
      { side: 'requester', body: '材料已上传，请查收。', after: replied },
    );
    done = replied + d.int(60, 480);
  } else {
    done = start + d.int(40, 900);
  }
  done = Math.round((inOfficeHours(openedAt + done * minute, d) - openedAt) / minute);
  life.steps.push({ action: 'resolve', to: 'resolved', after: done });
  life.messages.push({ side: 'staff', body: resolution, after: done });
  return life;
}

/** Most enterprises rate a resolved request, most of them well; one left waiting too long says so. */
function rated(life: Life, d: Draw, score: number = d.weighted([[5, 60], [4, 28], [3, 9], [2, 3]])): Life {
  const resolvedAt = life.steps.findLast((step) => step.action === 'resolve')!.after;
  if (!d.chance(0.8)) return life;
  return { ...life, rating: { score, comment: d.pick(praise[score]!) || undefined, after: resolvedAt + d.int(10, 360) } };
}

/** Closed by the job seven days after resolution, when those days have passed. */
function closedAfterReopenPeriod(life: Life, d: Draw): Life {
  const resolvedAt = life.steps.at(-1)?.action === 'resolve' ? life.steps.at(-1)!.after : null;
  if (resolvedAt === null) return life;
  return { ...life, steps: [...life.steps, { action: 'close', to: 'closed', after: resolvedAt + 7 * 24 * 60 + d.int(1, 15) }] };
}

/** The life as it stood at `now`: the steps, messages and rating that had happened by then. */
function asAt(life: Life, openedAt: number, now: number): Life {
  const happened = (after: number) => openedAt + after * minute <= now;
  return {
    steps: life.steps.filter((step) => happened(step.after)),
    messages: life.messages.filter((message) => happened(message.after)),
    rating: life.rating && happened(life.rating.after) ? life.rating : undefined,
  };
}

interface Context {
  tenants: readonly DemoTenant[];
  outsiders: readonly DemoOutsider[];
  onShiftAt: (at: Date) => DemoAgent;
  today: string;
  now: Date;
}

/** A request from its parts: the contact, the agent on shift when it was accepted, its life cut at `now`. */
function plan(
  context: Context,
  key: string,
  request: { enterpriseId: string; enterpriseName: string; place: DemoRequestPlan['place']; categoryCode: string; priority: ServiceRequestPriority; description: string; openedAt: number; channel: ServiceRequestChannel },
  life: Life,
): DemoRequestPlan {
  const seen = asAt(life, request.openedAt, context.now.getTime());
  const accept = life.steps.find((step) => step.action === 'accept')!;
  const contact = contacts[[...request.enterpriseName].reduce((sum, char) => sum + char.charCodeAt(0), 0) % contacts.length]!;
  return {
    key,
    enterpriseId: request.enterpriseId,
    openedBy: `${shortName(request.enterpriseName)} ${contact}`,
    channel: request.channel,
    categoryCode: request.categoryCode,
    priority: request.priority,
    place: request.place,
    description: request.description,
    openedAt: new Date(request.openedAt),
    agent: context.onShiftAt(new Date(request.openedAt + accept.after * minute)),
    ...seen,
  };
}

const atSpot = (tenant: DemoTenant) => ({ siteId: tenant.siteId, buildingId: tenant.buildingId, floorId: tenant.floorId, unitId: tenant.unitId });
const say = (text: string, tenant?: DemoTenant) => text.replace('{spot}', tenant?.spot ?? '').trim();
const morePressing = (priority: ServiceRequestPriority): ServiceRequestPriority => (priority === 'normal' || priority === 'low' ? 'high' : priority);

/** One day's ordinary traffic: on-site problems of the expo centre's tenants and consultations from everywhere. */
function dayOfTraffic(context: Context, day: string, d: Draw, asked: Set<string>): DemoRequestPlan[] {
  const weekday = new Date(chinaMidnight(day) + 12 * hour).getUTCDay();
  const count = weekday === 0 || weekday === 6 ? d.int(10, 14) : d.int(14, 24);
  const plans: DemoRequestPlan[] = [];
  for (let n = 0; n < count; n++) {
    const h = d.weighted(hourWeights.map((weight, index) => [index, weight] as const));
    const openedAt = chinaMidnight(day) + h * hour + d.int(0, 59) * minute;
    const night = h < 7 || h >= 22;
    const key = `demo-week-${day}-${n}`;
    const channel: ServiceRequestChannel = night ? d.weighted([['phone', 1], ['web', 1]]) : d.weighted([['web', 6], ['phone', 3], ['walk-in', 1]]);
    // At night only what cannot wait comes in, mostly from the tenants fitting out.
    if (night || d.chance(0.25)) {
      const fitting = context.tenants.filter((tenant) => tenant.fittingOut);
      const tenant = night && fitting.length && d.chance(0.7) ? d.pick(fitting) : d.pick(context.tenants);
      const categoryCode = d.weighted([['utilities', 4], ['property', 5]] as const);
      const priority: ServiceRequestPriority = d.weighted([['urgent', 12], ['high', 15], ['normal', 65], ['low', 8]]);
      const [description, resolution] = d.pick(onSite[categoryCode][priority === 'urgent' ? 'urgent' : 'other']);
      const life = closedAfterReopenPeriod(rated(repairLife(openedAt, priority, resolution, d), d), d);
      plans.push(plan(context, key, { enterpriseId: tenant.enterpriseId, enterpriseName: tenant.name, place: atSpot(tenant), categoryCode, priority, description: say(description, tenant), openedAt, channel }, life));
      continue;
    }
    const categoryCode = d.weighted(consultationWeights);
    const [description, resolution] = d.pick(consultations[categoryCode]!);
    // An enterprise asks about a subject once in the week (a question asked again would be a repeated problem):
    // a tenant or an enterprise elsewhere that has not asked it yet, from the other side when one side has all.
    const unasked = <T extends { enterpriseId: string }>(candidates: readonly T[]) =>
      candidates.filter((candidate) => !asked.has(`${candidate.enterpriseId}:${categoryCode}`));
    const [tenants, others] = [unasked(context.tenants), unasked(context.outsiders)];
    const fromExpo = others.length === 0 || (tenants.length > 0 && d.chance(0.75));
    const tenant = fromExpo ? d.pick(tenants.length ? tenants : context.tenants) : null;
    const outsider = fromExpo ? null : d.pick(others);
    asked.add(`${(tenant ?? outsider)!.enterpriseId}:${categoryCode}`);
    const drawn: ServiceRequestPriority = d.weighted([['high', 8], ['normal', 80], ['low', 12]]);
    const priority = outsider?.key ? morePressing(drawn) : drawn;
    const life = closedAfterReopenPeriod(rated(consultationLife(openedAt, priority, resolution, d), d), d);
    plans.push(
      plan(
        context,
        key,
        {
          enterpriseId: (tenant ?? outsider)!.enterpriseId,
          enterpriseName: (tenant ?? outsider)!.name,
          place: { locationText: tenant ? `${demoExpoCentre} ${tenant.spot}` : outsider!.address },
          categoryCode,
          priority,
          description,
          openedAt,
          channel,
        },
        life,
      ),
    );
  }
  return plans;
}

/**
 * The week's stories the meeting talks about, on fixed days and hours: a fitting-out crew's power cut at night
 * fixed late, a leak that waited for the tenant's key, a trip that came back the same day, one building's air
 * conditioning three times in the week, a key enterprise's inspection still being chased; and a power cut under
 * repair as the seed runs.
 */
function storiesOfTheWeek(context: Context, d: Draw): DemoRequestPlan[] {
  // The building's tenants (those fitting out, when asked for), else the building's, else any.
  const inBuilding = (prefix: string, index: number, fittingOut = false) => {
    const inside = context.tenants.filter((tenant) => tenant.spot.startsWith(prefix));
    const pool = [inside.filter((tenant) => !fittingOut || tenant.fittingOut), inside, context.tenants].find((tenants) => tenants.length > 0)!;
    return pool[index % pool.length]!;
  };
  const at = (daysAgo: number, hours: number, minutes: number) => chinaMidnight(addDays(context.today, -daysAgo)) + hours * hour + minutes * minute;
  const onSiteRequest = (tenant: DemoTenant, categoryCode: string, priority: ServiceRequestPriority, description: string, openedAt: number, channel: ServiceRequestChannel) => ({
    enterpriseId: tenant.enterpriseId,
    enterpriseName: tenant.name,
    place: atSpot(tenant),
    categoryCode,
    priority,
    description: say(description, tenant),
    openedAt,
    channel,
  });
  const winter = [11, 12, 1, 2, 3].includes(Number(context.today.slice(5, 7)));
  const airConditioning = winter ? '空调不制热，展厅只有 14 度，顾客进门就走' : '空调不制冷，展厅超过 30 度，顾客反映闷热';
  const plans: DemoRequestPlan[] = [];

  // Late at night a fitting-out crew cut a cable: the electrician came from home and the supply company had to help.
  const cable = inBuilding('A馆', 3, true);
  const cut = accepted(14, '已受理，值班电工正从家中赶来，请施工人员先远离配电箱。');
  cut.steps.push({ action: 'startWork', to: 'in_progress', after: 16 }, { action: 'resolve', to: 'resolved', after: 78 });
  cut.messages.push(
    { side: 'staff', visibility: 'internal', body: '装修切断进线电缆，需供电公司抢修班配合，已电话联系。', after: 35 },
    { side: 'staff', body: '已由供电抢修班重新压接进线电缆并恢复供电，请装修队今后夜间施工前先确认管线走向。', after: 78 },
  );
  cut.rating = { score: 3, comment: '夜里等了一个多小时，希望夜间能有电工值守。', after: 600 };
  plans.push(plan(context, 'demo-story-night-cable', onSiteRequest(cable, 'utilities', 'urgent', '{spot} 夜间装修时切断了电缆，整层展位停电，施工无法继续。', at(4, 1, 40), 'phone'), cut));

  // A leak in a locked store room: the clock stopped while the tenant brought the key, yet the repair still ran late.
  const storeRoom = inBuilding('C座', 1);
  const leak = accepted(4, '已受理，维修工马上到场。');
  leak.steps.push(
    { action: 'startWork', to: 'in_progress', after: 6 },
    { action: 'waitOnEnterprise', to: 'waiting_on_enterprise', after: 20 },
    { action: 'enterpriseReply', to: 'in_progress', after: 190 },
    { action: 'resolve', to: 'resolved', after: 225 },
  );
  leak.messages.push(
    { side: 'staff', body: '漏水点在贵司库房内，库房上锁，请尽快安排持钥匙人员到场开门。', after: 20 },
    { side: 'requester', body: '负责人已带钥匙到场。', after: 190 },
    { side: 'staff', body: '库房内暖气片接头老化漏水，已更换并清理积水。', after: 225 },
  );
  leak.rating = { score: 4, comment: '钥匙耽误了时间，维修人员很负责。', after: 300 };
  plans.push(plan(context, 'demo-story-store-room-leak', onSiteRequest(storeRoom, 'property', 'urgent', '{spot} 库房漏水，水从门缝流到走廊。', at(2, 15, 20), 'phone'), leak));

  // Fixed in 22 minutes, back in the afternoon: reopened, and the second repair (a cable replaced) ran late.
  const trip = inBuilding('A馆', 9);
  const tripped = accepted(3, '已受理，值班电工 10 分钟内到场。');
  tripped.steps.push(
    { action: 'startWork', to: 'in_progress', after: 4 },
    { action: 'resolve', to: 'resolved', after: 22 },
    { action: 'reopen', to: 'in_progress', after: 322 },
    { action: 'resolve', to: 'resolved', after: 392 },
  );
  tripped.messages.push(
    { side: 'staff', body: '漏电保护器误动作，已复位并恢复供电。', after: 22 },
    { side: 'requester', body: '下午又跳闸了，和上午一样，整个展位没电。', after: 322 },
    { side: 'staff', body: '您好，电工马上再去现场排查。', after: 330 },
    { side: 'staff', body: '展位内一段电缆绝缘老化漏电，已整段更换，绝缘测试合格。', after: 392 },
  );
  tripped.rating = { score: 4, comment: '第二次才彻底修好。', after: 480 };
  plans.push(plan(context, 'demo-story-tripped-twice', onSiteRequest(trip, 'utilities', 'urgent', '{spot} 展位跳闸断电，展厅一片黑。', at(3, 10, 30), 'web'), tripped));

  // One building's air conditioning three times in the week: the meeting's repeated problem.
  const rounds = [
    { daysAgo: 6, h: 14, m: 10, fix: '风机盘管过滤网堵塞，已清洗。' },
    { daysAgo: 3, h: 11, m: 20, fix: '温控面板故障，已更换。' },
    { daysAgo: 1, h: 16, m: 40, fix: '机组冷媒不足，已补充；维保单位本周末对 B馆机组全面排查。' },
  ];
  rounds.forEach((round, index) => {
    const tenant = inBuilding('B馆', index * 5);
    const life = accepted(d.int(5, 15), '已受理，已联系空调维保单位上门。');
    const start = life.steps[0]!.after + d.int(10, 30);
    const done = start + d.int(90, 200);
    life.steps.push({ action: 'startWork', to: 'in_progress', after: start }, { action: 'resolve', to: 'resolved', after: done });
    life.messages.push({ side: 'staff', body: round.fix, after: done });
    const description = index === 2 ? `{spot} ${airConditioning}。这周 B馆已经是第三次了，请彻底排查。` : `{spot} ${airConditioning}。`;
    plans.push(plan(context, `demo-story-air-conditioning-${index + 1}`, onSiteRequest(tenant, 'property', 'high', description, at(round.daysAgo, round.h, round.m), 'web'), rated(life, d)));
  });

  // A key enterprise's fire inspection holding up its production line, chased since yesterday morning: still in
  // progress, well past its deadline.
  const keyEnterprise = context.outsiders.find((outsider) => outsider.key) ?? context.outsiders[0]!;
  const inspection = accepted(12, '已受理，已转区住建局和消防救援大队协调检查时间。');
  inspection.steps.push({ action: 'startWork', to: 'in_progress', after: 40 });
  inspection.messages.push({ side: 'staff', visibility: 'internal', body: '企业为挂点联系重点企业，已抄送联系领导；住建局答复本周内排期。', after: 90 });
  plans.push(
    plan(
      context,
      'demo-story-fire-inspection',
      {
        enterpriseId: keyEnterprise.enterpriseId,
        enterpriseName: keyEnterprise.name,
        place: { locationText: keyEnterprise.address },
        categoryCode: 'permits',
        priority: 'urgent',
        description: '二期厂房的消防检查申请已提交两周，一直没有排期，影响头显产线按期投产，请协调尽快到现场检查。',
        openedAt: at(1, 10, 5),
        channel: 'phone',
      },
      inspection,
    ),
  );

  // And this very moment: a power cut being repaired for 24 minutes of its 30, at risk in the queues.
  const now = context.now.getTime();
  const underRepair = accepted(3, '已受理，值班电工 10 分钟内到场。');
  underRepair.steps.push({ action: 'startWork', to: 'in_progress', after: 5 });
  underRepair.messages.push({ side: 'staff', visibility: 'internal', body: '电工已到场，漏电保护器损坏，正在从库房调配件。', after: 15 });
  plans.push(plan(context, 'demo-story-under-repair', onSiteRequest(inBuilding('B馆', 7), 'utilities', 'urgent', '{spot} 展位突然断电，半小时后有客户来看样。', now - 24 * minute, 'phone'), underRepair));
  return plans;
}

/**
 * The week before today at the desk, generated the same way every time for the same today (a seeded generator):
 * 10 to 25 requests a day, most in office hours, a few at night, each accepted by the agent on shift and taken
 * through to where it stood at `now`, with the week's stories among them.
 */
export function planDemoTraffic(context: Context): DemoRequestPlan[] {
  const d = draw(20_261_210);
  const days = Array.from({ length: demoTrafficDays }, (_, index) => addDays(context.today, index - demoTrafficDays));
  const asked = new Set<string>();
  return [...days.flatMap((day) => dayOfTraffic(context, day, d, asked)), ...storiesOfTheWeek(context, d)];
}

/** The expo centre's tenants in their units (one each) and the enterprises elsewhere, as the demo holds them. */
export async function demoTrafficPlaces(db: DbOrTx, expoSiteId: string): Promise<{ tenants: DemoTenant[]; outsiders: DemoOutsider[] }> {
  const leased = await db
    .select({
      enterpriseId: siteLeases.enterpriseId,
      name: enterprises.name,
      state: siteLeases.state,
      buildingId: siteBuildings.id,
      buildingName: siteBuildings.name,
      floorId: siteFloors.id,
      level: siteFloors.level,
      unitId: siteUnits.id,
      code: siteUnits.code,
    })
    .from(siteLeases)
    .innerJoin(enterprises, eq(enterprises.id, siteLeases.enterpriseId))
    .innerJoin(siteUnits, eq(siteUnits.id, siteLeases.unitId))
    .innerJoin(siteFloors, eq(siteFloors.id, siteUnits.floorId))
    .innerJoin(siteBuildings, eq(siteBuildings.id, siteFloors.buildingId))
    .where(and(eq(siteBuildings.siteId, expoSiteId), inArray(siteLeases.state, ['open', 'fitting-out'])))
    .orderBy(siteBuildings.name, siteFloors.level, siteUnits.code);
  const tenants = new Map<string, DemoTenant>();
  for (const row of leased) {
    if (tenants.has(row.enterpriseId)) continue;
    tenants.set(row.enterpriseId, {
      enterpriseId: row.enterpriseId,
      name: row.name,
      siteId: expoSiteId,
      buildingId: row.buildingId,
      floorId: row.floorId,
      unitId: row.unitId,
      spot: `${row.buildingName.split(' ')[0]} ${row.level}层 ${row.code}`,
      fittingOut: row.state === 'fitting-out',
    });
  }
  if (tenants.size === 0) throw new Error('the demo traffic needs the expo centre’s tenants');
  const found = await db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, outsiders.map((o) => o.name)));
  const elsewhere = outsiders.map((outsider) => {
    const enterpriseId = found.find((row) => row.name === outsider.name)?.id;
    if (!enterpriseId) throw new Error(`the demo traffic needs the demo enterprise ${outsider.name}`);
    return { ...outsider, enterpriseId };
  });
  return { tenants: [...tenants.values()], outsiders: elsewhere };
}
