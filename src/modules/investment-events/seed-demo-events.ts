import { eq } from 'drizzle-orm';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { teams } from '../../platform/teams/schema.ts';
import type { DemoSeed } from '../../server/module.ts';
import { days, seedDemoProjectList, type DemoMove, type DemoProject } from '../investment-projects/seed-demo-projects.ts';
import type { EventKind } from './event-kinds.ts';
import { promotionEvents } from './schema.ts';

const gaoxin = '高新区驻深招商组';
const conference = '2026 青岛高新区（深圳）产业链招商推介会';
const ceremony = '2026 青岛市重点项目集中签约仪式';
/** The conference was held this many days ago, the city's ceremony this many. */
const conferenceDaysAgo = 120;
const ceremonyDaysAgo = 30;

const demoEvents: { name: string; kind: EventKind; daysAgo: number; city: string; venue: string; organiser: string; team: string | null; notes: string }[] = [
  {
    name: conference,
    kind: 'promotion',
    daysAgo: conferenceDaysAgo,
    city: '深圳',
    venue: '深圳福田香格里拉大酒店',
    organiser: '青岛高新区管委会',
    team: gaoxin,
    notes: '集中签约 16 个项目，协议投资额约 100 亿元；项目多由驻深招商组六名干部引进。',
  },
  {
    name: ceremony,
    kind: 'signingCeremony',
    daysAgo: ceremonyDaysAgo,
    city: '青岛',
    venue: '青岛国际会议中心',
    organiser: '青岛市投资促进局',
    team: null,
    notes: '全市重点项目集中签约；部分项目此前已在区级活动中签约，此次为补充协议。',
  },
];

/** Where a conference project has got to since: its moves after the signing, in days after it. */
type Progress = 'signed' | 'registered' | 'started' | 'producing' | 'terminated';

interface ConferenceProject {
  name: string;
  enterprise: string;
  industryCode: string;
  /** The Shenzhen district it comes from. */
  from: string;
  amountWan: number;
  manager: string;
  credits?: DemoProject['credits'];
  progress: Progress;
}

// Sixteen projects, 100 亿元 agreed in all; six cadres brought most of them, two came through the 管委会 itself.
const conferenceProjects: ConferenceProject[] = [
  { name: '芯联微 12 英寸特色工艺晶圆项目', enterprise: '深圳市芯联微电子有限公司', industryCode: '3973', from: '440305', amountWan: 300000, manager: 'gx-zhang', credits: [{ user: 'gx-zhang', percent: 60 }, { user: 'gx-liu', percent: 40 }], progress: 'started' },
  { name: '海德医疗高端影像设备产业化基地', enterprise: '深圳海德医疗科技有限公司', industryCode: '3581', from: '440305', amountWan: 85000, manager: 'gx-chen', progress: 'producing' },
  { name: '锐能动力电池 PACK 北方基地', enterprise: '深圳市锐能锂电科技有限公司', industryCode: '3841', from: '440306', amountWan: 120000, manager: 'gx-wang', credits: [{ user: 'gx-wang', percent: 50 }, { user: 'gx-zhou', percent: 50 }], progress: 'started' },
  { name: '云图工业软件华北研发中心', enterprise: '深圳云图软件技术有限公司', industryCode: '6513', from: '440305', amountWan: 15000, manager: 'gx-liu', progress: 'registered' },
  { name: '翔鹰智能无人机整机制造项目', enterprise: '深圳市翔鹰无人机有限公司', industryCode: '3963', from: '440306', amountWan: 60000, manager: 'gx-zhou', progress: 'started' },
  { name: '智擎工业机器人关节模组项目', enterprise: '深圳市智擎机器人有限公司', industryCode: '3491', from: '440307', amountWan: 45000, manager: 'gx-sun', progress: 'registered' },
  { name: '康泰基因工程疫苗生产基地', enterprise: '深圳康泰生物制品有限公司', industryCode: '2761', from: '440309', amountWan: 90000, manager: 'gx-chen', credits: [{ user: 'gx-chen', percent: 70 }, { user: 'gx-sun', percent: 30 }], progress: 'producing' },
  { name: '晶测半导体检测设备项目', enterprise: '深圳市晶测半导体设备有限公司', industryCode: '3562', from: '440305', amountWan: 38000, manager: 'gx-zhang', progress: 'registered' },
  { name: '光合异质结光伏组件项目', enterprise: '深圳光合新能源科技有限公司', industryCode: '3825', from: '440307', amountWan: 110000, manager: 'gx-wang', progress: 'registered' },
  { name: '星链 5G 通信终端模组项目', enterprise: '深圳市星链通信技术有限公司', industryCode: '3922', from: '440306', amountWan: 42000, manager: 'gx-liu', progress: 'signed' },
  { name: '数智城市运营中心项目', enterprise: '深圳数智集成科技有限公司', industryCode: '6531', from: '440304', amountWan: 12000, manager: 'gx-zhang', credits: [{ team: gaoxin, percent: 100 }], progress: 'signed' },
  { name: '精仪智能仪器仪表项目', enterprise: '深圳市精仪科技有限公司', industryCode: '4090', from: '440309', amountWan: 18000, manager: 'gx-sun', progress: 'registered' },
  { name: '半导体干式真空泵项目', enterprise: '深圳市恒真空设备有限公司', industryCode: '3441', from: '440306', amountWan: 26000, manager: 'gx-zhou', progress: 'signed' },
  { name: '新材料中试验证平台', enterprise: '深圳研创新材料研究院有限公司', industryCode: '7320', from: '440305', amountWan: 9000, manager: 'gx-chen', credits: [{ team: gaoxin, percent: 100 }], progress: 'signed' },
  { name: '微创医疗耗材生产项目', enterprise: '深圳微创医疗耗材有限公司', industryCode: '3581', from: '440307', amountWan: 15000, manager: 'gx-liu', progress: 'terminated' },
  { name: '协作机器人整机项目', enterprise: '深圳市协创机器人有限公司', industryCode: '3491', from: '440306', amountWan: 15000, manager: 'gx-wang', progress: 'signed' },
];

/** The moves of a conference project: met ten weeks before, signed at the conference, then as far as it got. */
function conferenceMoves(project: ConferenceProject, signAt: number): DemoMove[] {
  const moves: DemoMove[] = [
    { action: 'contact', afterHours: days(2) },
    { action: 'intent', afterHours: days(20) },
    { action: 'negotiate', afterHours: days(40) },
    { action: 'sign', afterHours: signAt, evidence: { signedOn: '', amountWan: project.amountWan, capitalOrigin: 'domestic', agreementFileId: null } },
  ];
  const after = (d: number) => signAt + days(d);
  if (project.progress === 'terminated') moves.push({ action: 'terminate', afterHours: after(75), evidence: { reason: '企业融资未到位，集团决定暂停北方布局。' } });
  if (['registered', 'started', 'producing'].includes(project.progress)) moves.push({ action: 'register', afterHours: after(25) });
  if (['started', 'producing'].includes(project.progress)) moves.push({ action: 'beginConstruction', afterHours: after(50), evidence: { startedOn: '', fileIds: [] } });
  if (project.progress === 'producing') moves.push({ action: 'produce', afterHours: after(100), evidence: { producingOn: '' } });
  return moves;
}

// Two projects signed first at the city's ceremony, and one of the conference's signed again there.
const ceremonyProjects: DemoProject[] = [
  {
    name: '海晟氢能装备制造项目',
    enterprise: '青岛海晟氢能科技有限公司',
    newEnterprise: { industryCode: '3441', regionCode: '370271' },
    team: gaoxin,
    manager: 'gx-sun',
    regionCode: '370271',
    createdDaysAgo: 90,
    nextFollowUpIn: 8,
    moves: [
      { action: 'intent', afterHours: days(10) },
      { action: 'negotiate', afterHours: days(30) },
      { action: 'sign', afterHours: days(90 - ceremonyDaysAgo), evidence: { signedOn: '', amountWan: 28000, capitalOrigin: 'domestic', agreementFileId: null } },
    ],
    signing: { amountWan: 28000, capitalOrigin: 'domestic', event: ceremony },
  },
  {
    name: '崂山 VR 影视虚拟拍摄基地',
    enterprise: '青岛虚拟影视科技有限公司',
    newEnterprise: { industryCode: '6513', regionCode: '370212' },
    team: '崂山区投资促进中心',
    manager: 'ls-ma',
    regionCode: '370212',
    createdDaysAgo: 75,
    nextFollowUpIn: 12,
    moves: [
      { action: 'contact', afterHours: days(3) },
      { action: 'sign', afterHours: days(75 - ceremonyDaysAgo), evidence: { signedOn: '', amountWan: 12000, capitalOrigin: 'domestic', agreementFileId: null } },
    ],
    signing: { amountWan: 12000, capitalOrigin: 'domestic', event: ceremony },
  },
];

/**
 * 高新区's Shenzhen conference: sixteen projects, about 100 亿元, credited mostly to six cadres, tracked since as
 * they register, start and produce; the chip fab signed again at the city's ceremony three months later (shown there
 * as already counted), where two projects were first signed.
 */
export async function seedDemoEvents(tx: Tx, seed: DemoSeed): Promise<void> {
  const now = Date.now();
  const events = new Map<string, string>();
  for (const event of demoEvents) {
    const [team] = event.team ? await tx.select({ id: teams.id }).from(teams).where(eq(teams.nameKey, normalizeKey(event.team))) : [];
    const [row] = await tx
      .insert(promotionEvents)
      .values({
        name: event.name,
        kind: event.kind,
        heldOn: chinaDayOf(new Date(now - event.daysAgo * 86_400_000)),
        city: event.city,
        venue: event.venue,
        organiser: event.organiser,
        organiserTeamId: team?.id ?? null,
        notes: event.notes,
      })
      .returning({ id: promotionEvents.id });
    events.set(event.name, row!.id);
  }
  const createdDaysAgo = conferenceDaysAgo + 70;
  const signAt = days(createdDaysAgo - conferenceDaysAgo);
  const fromConference: DemoProject[] = conferenceProjects.map((project, i) => ({
    name: project.name,
    enterprise: project.enterprise,
    newEnterprise: { industryCode: project.industryCode, regionCode: project.from },
    team: gaoxin,
    manager: project.manager,
    regionCode: '370271',
    createdDaysAgo,
    nextFollowUpIn: project.progress === 'terminated' ? null : 3 + (i % 10),
    moves: conferenceMoves(project, signAt),
    signing: { amountWan: project.amountWan, capitalOrigin: 'domestic', event: conference },
    ...(i === 0
      ? { resigning: { afterHours: days(createdDaysAgo - ceremonyDaysAgo), amountWan: project.amountWan, reason: '市级集中签约仪式上签订补充协议（二期洁净厂房），投资额不变', event: ceremony } }
      : {}),
    ...(project.progress === 'registered' || project.progress === 'started' || project.progress === 'producing'
      ? { registers: { newEntity: `${project.enterprise.replace(/^深圳(市)?/, '').replace(/有限公司$/, '')}（青岛）有限公司` } }
      : {}),
    ...(project.credits ? { credits: project.credits } : {}),
  }));
  await seedDemoProjectList(tx, seed, [...fromConference, ...ceremonyProjects], events);
}
