import { eq, inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { teams } from '../../platform/teams/schema.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { enterprises } from '../enterprises/schema.ts';
import { visits } from '../investment-visits/schema.ts';
import type { LinkRole } from './link-roles.ts';
import { keyEnterpriseLinks } from './schema.ts';

const huanjing = '青岛幻境虚拟现实科技有限公司';
const weisheng = '青岛微声电子科技有限公司';
const shijie = '青岛视界光学科技有限公司';

/**
 * 崂山区's key enterprises among the demo's VR cluster: the deputy district head (`ls-leader`) linked to the VR
 * headset maker and the MEMS microphone maker, the policy commissioner (`ls-policy`) to those and the optics maker,
 * the promotion officer's earlier commissioner link ended last year; and the officer's visits to two of them in
 * the last fortnight, for the home card.
 */
export async function seedDemoKeyEnterprises(tx: Tx): Promise<void> {
  const people = await tx.select({ id: users.id, username: users.username, name: users.displayName }).from(users).where(inArray(users.username, ['ls-leader', 'ls-policy', 'ls-ma', 'admin']));
  const person = new Map(people.map((p) => [p.username, p]));
  const leader = person.get('ls-leader');
  const commissioner = person.get('ls-policy');
  const officer = person.get('ls-ma');
  if (!leader || !commissioner || !officer) return;
  const found = await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, [huanjing, weisheng, shijie]));
  const enterprise = new Map(found.map((e) => [e.name, e.id]));
  const year = Number(chinaToday().slice(0, 4));
  const link = (name: string, userId: string, role: LinkRole, startsOn: string, endsOn: string | null, note: string | null) => {
    const enterpriseId = enterprise.get(name);
    return enterpriseId ? [{ enterpriseId, userId, role, startsOn, endsOn, note, createdById: person.get('admin')?.id ?? null }] : [];
  };
  const rows = [
    ...link(huanjing, leader.id, 'leader', `${year}-01-01`, null, '区级重点企业，头显扩产项目跟踪服务'),
    ...link(huanjing, officer.id, 'commissioner', `${year - 1}-03-01`, `${year - 1}-12-31`, null),
    ...link(huanjing, commissioner.id, 'commissioner', `${year}-01-01`, null, '研发费用加计扣除、人才公寓政策'),
    ...link(weisheng, leader.id, 'leader', `${year}-01-01`, null, null),
    ...link(weisheng, commissioner.id, 'commissioner', `${year}-01-01`, null, '专精特新申报辅导'),
    ...link(shijie, commissioner.id, 'commissioner', `${year}-03-01`, null, null),
  ];
  if (rows.length) await tx.insert(keyEnterpriseLinks).values(rows);

  const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.nameKey, normalizeKey('崂山区投资促进中心')));
  const visit = (name: string, daysAgo: number, summary: string) => {
    const enterpriseId = enterprise.get(name);
    const visitedOn = chinaDayOf(new Date(Date.now() - daysAgo * 86_400_000));
    return enterpriseId
      ? [{ enterpriseId, visitedOn, teamId: team?.id ?? null, officerId: officer.id, officerName: officer.name, summary, idempotencyKey: `demo-key-enterprise-visit-${name}`, createdAt: new Date(`${visitedOn}T17:00:00+08:00`) }]
      : [];
  };
  const planned = [
    ...visit(huanjing, 3, '随曲区长走访，企业反映二期厂房消防验收进度慢、头显产线技术工人招聘难，已转政策专员对接人才公寓。'),
    ...visit(weisheng, 9, '了解 MEMS 麦克风扩产计划，企业咨询专精特新“小巨人”申报条件与设备更新补贴。'),
  ];
  if (planned.length) await tx.insert(visits).values(planned);
}
