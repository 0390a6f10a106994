import { inArray } from 'drizzle-orm';
import { systemActor } from '../../platform/audit/record-audit.ts';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import { readCalendarWithin } from '../../platform/calendar/read-business-calendar.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { createEnterprise } from '../enterprises/create-enterprise.ts';
import { enterprises } from '../enterprises/schema.ts';
import { honourListFirms, softwareFirms } from './demo-firms.ts';
import type { ParticipantStatus } from './event-kinds.ts';
import { keepFollowUpReminder } from './follow-up-reminder.ts';
import { enterpriseEventFollowUps, enterpriseEventParticipants, enterpriseEvents } from './schema.ts';

const day = 86_400_000;
const dayOf = (from: number, days: number) => chinaDayOf(new Date(from + days * day));

/** The firms named, found in the register or created in 高新区 when the enterprise demo has none of that name. */
async function firmIds(tx: Tx, firms: readonly (readonly [string, string])[]): Promise<Map<string, string>> {
  const found = await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.name, firms.map(([name]) => name)));
  const ids = new Map(found.map((row) => [row.name, row.id]));
  for (const [name, industryCode] of firms) {
    if (ids.has(name)) continue;
    const created = await createEnterprise(tx, systemActor, { name, industryCode, regionCode: '370271', address: '青岛市高新区', confirmDuplicate: true });
    ids.set(name, created.id);
  }
  return ids;
}

/**
 * The 蓝贝 honour list (英雄榜) of 30 firms, published in early summer; its study tour to Shenzhen a month later
 * with attendance and follow-ups; and the Huawei DevCloud training camp of 21 software firms, open for
 * registration now, the demo enterprise user's firm among those invited.
 */
export async function seedDemoEnterpriseEvents(tx: Tx): Promise<void> {
  const staff = await tx.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, ['admin', 'leader', 'gx-zhang', 'gx-liu', 'gx-chen']));
  const person = new Map(staff.map((row) => [row.username, row.id]));
  const [zhang, liu, chen] = [person.get('gx-zhang'), person.get('gx-liu'), person.get('gx-chen')];
  if (!zhang || !liu || !chen) return;
  const now = Date.now();
  const honour = await firmIds(tx, honourListFirms);
  const software = await firmIds(tx, softwareFirms);

  const [list, tour, camp] = await tx
    .insert(enterpriseEvents)
    .values([
      {
        kind: 'honour_list',
        title: '第六届蓝贝国际创新创业大赛英雄榜',
        organiser: '青岛高新区管委会',
        startsOn: dayOf(now, -170),
        description: '表彰在蓝贝大赛中脱颖而出、落地高新区并快速成长的科技企业。',
        state: 'done',
        createdById: person.get('admin') ?? null,
      },
      {
        kind: 'study_tour',
        title: '英雄榜企业赴深圳学习考察',
        organiser: '青岛高新区管委会 · 驻深招商办',
        place: '深圳市南山区（腾讯滨海大厦、大疆天空之城、深圳湾创业广场）',
        startsOn: dayOf(now, -140),
        endsOn: dayOf(now, -138),
        capacity: 30,
        registrationDeadline: new Date(`${dayOf(now, -150)}T18:00:00+08:00`),
        description: '组织英雄榜企业赴深圳对标学习，走访龙头企业与孵化载体，对接投资机构。',
        state: 'done',
        createdById: zhang,
      },
      {
        kind: 'training_camp',
        title: '华为 DevCloud 软件开发训练营（青岛站）',
        organiser: '青岛高新区管委会 · 华为云（青岛）创新中心',
        place: '青岛高新区软件园 3 号楼报告厅',
        startsOn: dayOf(now, 30),
        endsOn: dayOf(now, 32),
        capacity: 25,
        registrationDeadline: new Date(`${dayOf(now, 20)}T18:00:00+08:00`),
        description: '面向区内软件企业，讲授 DevCloud 一站式研发、鲲鹏迁移与 CodeArts 实操，结业颁发证书。',
        state: 'open',
        createdById: liu,
      },
    ])
    .returning({ id: enterpriseEvents.id });

  const listedAt = new Date(now - 170 * day);
  await tx.insert(enterpriseEventParticipants).values(
    honourListFirms.map(([name], index) => ({
      eventId: list!.id,
      enterpriseId: honour.get(name)!,
      status: 'registered' as const,
      rank: index + 1,
      citation: index < 3 ? '年度创新之星' : index < 10 ? '成长之星' : '潜力之星',
      invitedAt: listedAt,
      notifiedAt: listedAt,
      registeredAt: listedAt,
    })),
  );

  // Of the 30 invited, three declined, three registered and did not come, the rest attended.
  const tourStatus = (index: number): ParticipantStatus => (index % 10 === 7 ? 'declined' : index % 10 === 9 ? 'absent' : 'attended');
  await tx.insert(enterpriseEventParticipants).values(
    honourListFirms.map(([name], index) => {
      const status = tourStatus(index);
      return {
        eventId: tour!.id,
        enterpriseId: honour.get(name)!,
        status,
        contactPerson: status === 'declined' ? null : '总经理',
        invitedAt: new Date(now - 165 * day),
        notifiedAt: new Date(now - 165 * day),
        respondedAt: new Date(now - (155 - (index % 5)) * day),
        registeredAt: status === 'declined' ? null : new Date(now - (155 - (index % 5)) * day),
        attendedAt: status === 'attended' ? new Date(now - 140 * day) : null,
      };
    }),
  );
  const followUp = (enterprise: string | null, description: string, ownerId: string, dueInDays: number, done: boolean) => ({
    eventId: tour!.id,
    enterpriseId: enterprise ? honour.get(enterprise)! : null,
    description,
    ownerId,
    dueOn: dayOf(now, dueInDays),
    doneAt: done ? new Date(now + (dueInDays - 3) * day) : null,
    createdById: zhang,
  });
  const tourFollowUps = await tx.insert(enterpriseEventFollowUps).values([
    followUp(null, '汇总考察报告，报管委会主任会议', zhang, -125, true),
    followUp('青岛潜行鲛海洋装备科技有限公司', '对接深圳湾创业广场投资机构，推进 A 轮融资路演', liu, -100, true),
    followUp('青岛蓝贝智能机器人有限公司', '跟进大疆供应链合作意向，组织技术对接会', chen, 10, false),
    followUp('青岛蓝湾基因治疗技术有限公司', '协助申报深港生物医药产业合作项目', zhang, -5, false),
    followUp(null, '筹备英雄榜企业第二批赴杭州考察', liu, 45, false),
  ]).returning();

  // Invited a fortnight ago: six registered so far, one declined, the rest (the demo user's firm among them) to answer.
  const campStatus = (index: number): ParticipantStatus => (index === 3 ? 'declined' : index % 3 === 0 ? 'registered' : 'invited');
  await tx.insert(enterpriseEventParticipants).values(
    softwareFirms.map(([name], index) => {
      const status = name === '青岛幻境虚拟现实科技有限公司' ? 'invited' : campStatus(index);
      return {
        eventId: camp!.id,
        enterpriseId: software.get(name)!,
        status,
        contactPerson: status === 'registered' ? '研发总监' : null,
        invitedAt: new Date(now - 14 * day),
        notifiedAt: new Date(now - 14 * day),
        respondedAt: status === 'invited' ? null : new Date(now - 10 * day),
        registeredAt: status === 'registered' ? new Date(now - 10 * day) : null,
      };
    }),
  );
  const campFollowUps = await tx
    .insert(enterpriseEventFollowUps)
    .values({
      eventId: camp!.id,
      enterpriseId: null,
      description: '报名截止前电话提醒未回复的企业',
      ownerId: liu,
      dueOn: dayOf(now, 18),
      createdById: liu,
    })
    .returning();
  // The open ones remind their owners on their due days, as a follow-up added through the app does.
  const calendar = await readCalendarWithin(tx);
  for (const row of [...tourFollowUps, ...campFollowUps]) await keepFollowUpReminder(tx, calendar, row);
}
