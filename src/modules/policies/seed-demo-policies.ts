import { inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import { readCalendarWithin } from '../../platform/calendar/read-business-calendar.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { tags } from '../enterprises/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { recordItemEligibility } from './eligibility/refresh-eligibility.ts';
import { guideDueAt } from './guide-deadline.ts';
import { keepGuideTimer } from './guide-timer.ts';
import type { AmountRule, Condition } from './rules/rule-schemas.ts';
import { policies, policyBenefitItems, policyListMembers, policyLists, type BenefitKind, type DeliveryMode, type PolicyLevel, type PolicyState } from './schema.ts';

const laoshan = '370212';
const qingdao = '370200';

interface DemoItem {
  title: string;
  kind: BenefitKind;
  delivery?: DeliveryMode;
  conditions: Condition[];
  amountRule: AmountRule;
  requiredFiles?: string[];
  description?: string;
}

interface DemoPolicy {
  title: string;
  issuer: string;
  level: PolicyLevel;
  documentNumber: string;
  /** Days before today it was issued. */
  issuedDaysAgo: number;
  state: PolicyState;
  /** Days after issue its guide came out; none: not yet. */
  guideAfterDays?: number;
  guide: { target: string; conditions: string; amount: string; howToApply: string; contact: string } | null;
  originalText: string;
  items: DemoItem[];
}

const guideOf = (target: string, conditions: string, amount: string, howToApply: string, contact: string) => ({ target, conditions, amount, howToApply, contact });
const lastYear = { kind: 'yearsBack', years: 1 } as const;
const laoshanOnly: Condition = { kind: 'region', codes: [laoshan] };

/** The demo's policies, referring to tags and lists by name; resolved to ids when seeded. */
function demoPolicies(tag: (name: string) => string, list: (name: string) => string, year: number): DemoPolicy[] {
  return [
    {
      title: '青岛市崂山区关于加快新旧动能转换打造高端新兴产业促进先进制造业发展的实施细则',
      issuer: '青岛市崂山区人民政府',
      level: 'district',
      documentNumber: `崂政发〔${year - 1}〕12号`,
      issuedDaysAgo: 240,
      state: 'published',
      guideAfterDays: 5,
      guide: guideOf(
        '在崂山区注册、从事虚拟现实（VR/AR）、智能穿戴及相关电子信息制造的企业',
        '上一年度研发投入不低于 500 万元；或上一年度营业收入首次突破 1 亿元',
        '研发投入按 10% 补贴，单个企业最高 300 万元；营收首次突破 1 亿元的一次性奖励 50 万元',
        '每年 4 月 1 日至 5 月 31 日通过“崂山区惠企政策服务平台”在线申报，上传专项审计报告',
        '崂山区工业和信息化局产业发展科，0532-8899 0000',
      ),
      originalText:
        '第一条 为加快新旧动能转换，打造高端新兴产业，促进先进制造业高质量发展，结合本区实际，制定本实施细则。\n' +
        '第二条 支持虚拟现实产业发展。对在本区注册的虚拟现实硬件及内容企业，上一年度研发投入 500 万元以上的，按研发投入的 10% 给予补贴，单个企业每年最高 300 万元。\n' +
        '第三条 对营业收入首次突破 1 亿元的高端新兴产业企业，给予一次性奖励 50 万元。\n' +
        '第四条 本细则自发布之日起施行，有效期三年。',
      items: [
        {
          title: '虚拟现实企业研发投入补贴',
          kind: 'subsidy',
          conditions: [{ kind: 'industry', codes: ['C396', 'C397', 'I65'] }, laoshanOnly, { kind: 'indicator', indicator: 'rdSpending', year: lastYear, comparison: 'gte', value: 500 }],
          amountRule: { kind: 'share', indicator: 'rdSpending', year: lastYear, percent: 10, capWan: 300 },
          requiredFiles: ['营业执照', '上一年度研发费用专项审计报告'],
        },
        {
          title: '营业收入首次突破 1 亿元奖励',
          kind: 'award',
          conditions: [laoshanOnly, { kind: 'indicator', indicator: 'revenue', year: lastYear, comparison: 'gte', value: 10_000 }],
          amountRule: { kind: 'fixed', amountWan: 50 },
          requiredFiles: ['上一年度财务审计报告'],
        },
      ],
    },
    {
      title: '崂山区高新技术企业认定奖励办法',
      issuer: '青岛市崂山区科学技术局',
      level: 'district',
      documentNumber: `崂科发〔${year}〕3号`,
      issuedDaysAgo: 150,
      state: 'published',
      guideAfterDays: 4,
      guide: guideOf('在崂山区注册、有效期内的高新技术企业', '持有有效的高新技术企业证书', '首次认定奖励 20 万元', '免申即享：依据认定名单直接兑现，无需申报', '崂山区科学技术局，0532-8899 1001'),
      originalText: '对首次通过认定的高新技术企业给予 20 万元奖励，依据认定名单直接兑现，企业无需申报。',
      items: [
        {
          title: '高新技术企业首次认定奖励',
          kind: 'award',
          delivery: 'automatic',
          conditions: [{ kind: 'tags', tagIds: [tag('高新技术企业')], match: 'any' }, laoshanOnly],
          amountRule: { kind: 'fixed', amountWan: 20 },
        },
      ],
    },
    {
      title: '青岛市支持专精特新中小企业高质量发展若干措施',
      issuer: '青岛市工业和信息化局',
      level: 'city',
      documentNumber: `青工信字〔${year}〕21号`,
      issuedDaysAgo: 120,
      state: 'published',
      guideAfterDays: 6,
      guide: guideOf('被认定为专精特新的中小企业', '持有效专精特新认定，企业规模为中型、小型或微型', '一次性奖励 30 万元', '通过平台提交申请，附认定文件', '青岛市工业和信息化局中小企业处，0532-8591 2000'),
      originalText: '对新认定的市级专精特新中小企业，给予一次性奖励 30 万元。',
      items: [
        {
          title: '专精特新中小企业奖励',
          kind: 'award',
          conditions: [{ kind: 'tags', tagIds: [tag('专精特新')], match: 'any' }, { kind: 'sizeClass', classes: ['medium', 'small', 'micro'] }],
          amountRule: { kind: 'fixed', amountWan: 30 },
          requiredFiles: ['专精特新认定文件'],
        },
      ],
    },
    {
      title: '崂山区人才住房保障实施办法',
      issuer: '青岛市崂山区住房和城乡建设局',
      level: 'district',
      documentNumber: `崂建发〔${year}〕8号`,
      issuedDaysAgo: 90,
      state: 'published',
      guideAfterDays: 3,
      guide: guideOf('崂山区高新技术企业、专精特新企业引进的人才', '企业为高新技术企业或专精特新企业，注册在崂山区', '人才公寓优先配租，租金按市场价 70% 收取', '企业汇总人才名单后在平台申请', '崂山区人才服务中心，0532-8899 2002'),
      originalText: '对本区重点企业引进的各类人才，提供人才公寓保障，优先配租。',
      items: [
        {
          title: '人才公寓优先配租',
          kind: 'service',
          conditions: [{ kind: 'tags', tagIds: [tag('高新技术企业'), tag('专精特新')], match: 'any' }, laoshanOnly],
          amountRule: { kind: 'none' },
          requiredFiles: ['人才名单', '劳动合同'],
        },
      ],
    },
    {
      title: '青岛市企业研发投入奖励补助实施细则',
      issuer: '青岛市科学技术局',
      level: 'city',
      documentNumber: `青科规〔${year - 1}〕5号`,
      issuedDaysAgo: 300,
      state: 'published',
      guideAfterDays: 7,
      guide: guideOf('在青岛市注册并开展研发活动的企业', '上一年度研发投入不低于 100 万元', '按研发投入的 5% 补助，最高 100 万元', '每年 6 月在平台申报，提交研发费用加计扣除资料', '青岛市科学技术局，0532-8591 1234'),
      originalText: '对上年度研发投入 100 万元以上的企业，按其研发投入的 5% 给予补助，单个企业最高 100 万元。',
      items: [
        {
          title: '研发投入补助',
          kind: 'subsidy',
          conditions: [{ kind: 'region', codes: [qingdao] }, { kind: 'indicator', indicator: 'rdSpending', year: lastYear, comparison: 'gte', value: 100 }],
          amountRule: { kind: 'share', indicator: 'rdSpending', year: lastYear, percent: 5, capWan: 100 },
          requiredFiles: ['研发费用加计扣除申报表'],
        },
      ],
    },
    {
      title: '崂山区科技型中小企业创新券管理办法',
      issuer: '青岛市崂山区科学技术局',
      level: 'district',
      documentNumber: `崂科发〔${year}〕6号`,
      issuedDaysAgo: 60,
      state: 'published',
      guideAfterDays: 2,
      guide: guideOf('成立 10 年以内的科技型中小企业', '入库科技型中小企业，成立不超过 10 年', '每家 10 万元创新券', '免申即享：按入库名单直接发放', '崂山区科学技术局，0532-8899 1001'),
      originalText: '向成立 10 年以内的入库科技型中小企业发放创新券，每家 10 万元，用于购买检验检测、技术咨询等服务。',
      items: [
        {
          title: '科技创新券',
          kind: 'subsidy',
          delivery: 'automatic',
          conditions: [{ kind: 'tags', tagIds: [tag('科技型中小企业')], match: 'any' }, { kind: 'age', maxYears: 10 }, laoshanOnly],
          amountRule: { kind: 'fixed', amountWan: 10 },
        },
      ],
    },
    {
      title: '崂山区瞪羚企业培育奖励办法',
      issuer: '青岛市崂山区发展和改革局',
      level: 'district',
      documentNumber: `崂发改〔${year}〕11号`,
      issuedDaysAgo: 45,
      state: 'published',
      guideAfterDays: 5,
      guide: guideOf('列入崂山区瞪羚企业名单的企业', '列入当年瞪羚企业名单', '奖励 50 万元', '按名单在平台确认后兑现', '崂山区发展和改革局，0532-8899 3003'),
      originalText: '对列入区瞪羚企业名单的企业给予 50 万元奖励。',
      items: [
        {
          title: '瞪羚企业奖励',
          kind: 'award',
          delivery: 'automatic',
          conditions: [{ kind: 'list', listId: list('崂山区瞪羚企业名单') }],
          amountRule: { kind: 'fixed', amountWan: 50 },
        },
      ],
    },
    {
      title: '青岛市规模以上工业企业稳增长奖励政策',
      issuer: '青岛市工业和信息化局',
      level: 'city',
      documentNumber: `青工信字〔${year}〕9号`,
      issuedDaysAgo: 200,
      state: 'published',
      guideAfterDays: 6,
      guide: guideOf('规模以上工业企业', '上一年度工业总产值不低于 2 亿元', '奖励 20 万元', '在平台申报并提交统计报表', '青岛市工业和信息化局运行处，0532-8591 3000'),
      originalText: '对上年度产值 2 亿元以上、保持增长的规模以上工业企业，奖励 20 万元。',
      items: [
        {
          title: '规上工业企业稳增长奖励',
          kind: 'award',
          conditions: [{ kind: 'tags', tagIds: [tag('规上企业')], match: 'any' }, { kind: 'indicator', indicator: 'outputValue', year: lastYear, comparison: 'gte', value: 20_000 }],
          amountRule: { kind: 'fixed', amountWan: 20 },
          requiredFiles: ['统计报表'],
        },
      ],
    },
    {
      title: '崂山区小微企业税费减免服务指引',
      issuer: '国家税务总局青岛市崂山区税务局',
      level: 'district',
      documentNumber: `崂税发〔${year}〕2号`,
      issuedDaysAgo: 30,
      state: 'published',
      guideAfterDays: 1,
      guide: guideOf('崂山区小型微利企业', '小型或微型企业，注册资本不超过 1000 万元', '按规定减免企业所得税、六税两费', '申报纳税时自动享受', '崂山区税务局纳税服务科，12366'),
      originalText: '小型微利企业年应纳税所得额不超过 300 万元的部分，减按 25% 计入应纳税所得额，按 20% 的税率缴纳企业所得税。',
      items: [
        {
          title: '小型微利企业所得税减免',
          kind: 'taxRelief',
          delivery: 'automatic',
          conditions: [{ kind: 'sizeClass', classes: ['small', 'micro'] }, { kind: 'registeredCapital', maxWan: 1_000 }, laoshanOnly],
          amountRule: { kind: 'none' },
        },
      ],
    },
    {
      title: '青岛市外资企业增资扩股奖励办法',
      issuer: '青岛市商务局',
      level: 'city',
      documentNumber: `青商发〔${year - 1}〕17号`,
      issuedDaysAgo: 360,
      state: 'withdrawn',
      guideAfterDays: 5,
      guide: guideOf('在青岛市的外商投资企业', '注册资本不低于 1000 万元', '奖励 100 万元', '在平台申报', '青岛市商务局外资处，0532-8591 4000'),
      originalText: '对增资扩股的外商投资企业给予奖励。（已被新政策替代，撤回）',
      items: [
        {
          title: '外资企业增资奖励',
          kind: 'award',
          conditions: [{ kind: 'tags', tagIds: [tag('外资企业')], match: 'any' }, { kind: 'registeredCapital', minWan: 1_000 }],
          amountRule: { kind: 'fixed', amountWan: 100 },
        },
      ],
    },
    {
      title: '崂山区支持虚拟现实产业集聚发展若干政策（征求意见稿）',
      issuer: '青岛市崂山区人民政府',
      level: 'district',
      documentNumber: '',
      issuedDaysAgo: 2,
      state: 'draft',
      guide: null,
      originalText: '为支持虚拟现实产业集聚发展，对入驻崂山区虚拟现实产业园的企业给予房租减免。',
      items: [
        {
          title: '虚拟现实产业园房租减免',
          kind: 'subsidy',
          conditions: [{ kind: 'industry', codes: ['C396'] }, laoshanOnly],
          amountRule: { kind: 'none' },
        },
      ],
    },
    {
      title: '崂山区软件和信息技术服务业发展扶持办法',
      issuer: '青岛市崂山区工业和信息化局',
      level: 'district',
      documentNumber: `崂工信发〔${year}〕4号`,
      issuedDaysAgo: 20,
      state: 'draft',
      guide: null,
      originalText: '对从业人员 50 人以上的软件和信息技术服务企业，按上年度营业收入增量给予奖励。',
      items: [
        {
          title: '软件企业规模奖励',
          kind: 'award',
          conditions: [{ kind: 'industry', codes: ['I65'] }, laoshanOnly, { kind: 'indicator', indicator: 'employees', year: lastYear, comparison: 'gte', value: 50 }],
          amountRule: { kind: 'share', indicator: 'revenue', year: lastYear, percent: 1, capWan: 200 },
          requiredFiles: ['营业执照', '社保缴纳证明'],
        },
      ],
    },
  ];
}

/** The policy office's 瞪羚 list: the demo's fast-growing 崂山 enterprises. */
const gazelles = ['青岛幻境虚拟现实科技有限公司', '青岛微声电子科技有限公司'];

/**
 * A dozen district and city policies over the demo's 崂山 enterprises: most published with their guides out, one
 * withdrawn, one fresh draft, and one draft whose guide is overdue (its timer fires at the first sweep).
 */
export async function seedDemoPolicies(tx: Tx): Promise<void> {
  const [creator] = await tx.select({ id: users.id }).from(users).where(inArray(users.username, ['ls-policy']));
  const tagRows = await tx.select({ id: tags.id, name: tags.name }).from(tags);
  const tagIds = new Map(tagRows.map((row) => [row.name, row.id]));
  const [gazelleList] = await tx.insert(policyLists).values({ name: '崂山区瞪羚企业名单', description: '崂山区发展和改革局年度认定的瞪羚企业' }).returning({ id: policyLists.id });
  const members = await tx.select({ id: enterprises.id }).from(enterprises).where(inArray(enterprises.name, gazelles));
  if (members.length) await tx.insert(policyListMembers).values(members.map((member) => ({ listId: gazelleList!.id, enterpriseId: member.id })));
  const lists = new Map([['崂山区瞪羚企业名单', gazelleList!.id]]);

  const calendar = await readCalendarWithin(tx);
  const today = chinaToday();
  const dayBefore = (days: number) => chinaDayOf(new Date(Date.parse(`${today}T12:00:00+08:00`) - days * 86_400_000));
  const all = demoPolicies((name) => tagIds.get(name) ?? '', (name) => lists.get(name) ?? '', Number(today.slice(0, 4)));
  // A policy naming a tag the register lacks (a trimmed demo) would be a rule nobody can check: left out.
  const seeded = all.filter((policy) => policy.items.every((item) => item.conditions.every((c) => c.kind !== 'tags' || c.tagIds.every(Boolean))));
  for (const demo of seeded) {
    const issuedOn = dayBefore(demo.issuedDaysAgo);
    const guideOut = demo.guideAfterDays === undefined ? null : new Date(Date.parse(`${dayBefore(demo.issuedDaysAgo - demo.guideAfterDays)}T10:00:00+08:00`));
    const [policy] = await tx
      .insert(policies)
      .values({
        title: demo.title,
        issuer: demo.issuer,
        level: demo.level,
        documentNumber: demo.documentNumber || null,
        issuedOn,
        effectiveOn: issuedOn,
        expiresOn: demo.level === 'district' ? dayBefore(demo.issuedDaysAgo - 3 * 365) : null,
        applicationOpensOn: demo.state === 'draft' ? null : issuedOn,
        applicationClosesOn: demo.state === 'draft' ? null : dayBefore(demo.issuedDaysAgo - 365),
        originalText: demo.originalText,
        guideTarget: demo.guide?.target ?? null,
        guideConditions: demo.guide?.conditions ?? null,
        guideAmount: demo.guide?.amount ?? null,
        guideHowToApply: demo.guide?.howToApply ?? null,
        guideContact: demo.guide?.contact ?? null,
        guideDueAt: guideDueAt(calendar, issuedOn),
        guidePublishedAt: guideOut,
        state: demo.state,
        publishedAt: guideOut,
        createdById: creator?.id ?? null,
      })
      .returning();
    const items = await tx.insert(policyBenefitItems).values(
      demo.items.map((item, position) => ({
        policyId: policy!.id,
        position,
        title: item.title,
        kind: item.kind,
        delivery: item.delivery ?? 'application',
        rule: { all: item.conditions },
        amountRule: item.amountRule,
        requiredFiles: item.requiredFiles ?? [],
        description: item.description ?? null,
      })),
    ).returning({ id: policyBenefitItems.id });
    await keepGuideTimer(tx, policy!);
    // Who fits each published item, so that the fit pages' lists and the evaluation start from it; the accounts that
    // would be told are seeded after the modules, so the first scan of the register tells them.
    for (const item of items) await recordItemEligibility(tx, item.id, today);
  }
}
