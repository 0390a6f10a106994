import { and, eq, inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/audit/record-audit.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import {
  competitionAssignments,
  competitionConflicts,
  competitionEditions,
  competitionEntries,
  competitionJudges,
  competitionJudgeTracks,
  competitionPhases,
  competitionRounds,
  competitionScores,
  competitionTracks,
} from '../../src/modules/competition/schema.ts';
import { enterpriseExists } from '../../src/modules/enterprises/enterprise-exists.ts';
import { leads } from '../../src/modules/investment-leads/schema.ts';
import { demoPassword } from '../../src/seed/seed.ts';
import { addEntries, signProject } from './competition-steps.ts';
import { chooseOption, desktop, phone, startE2e, type E2e } from './harness.ts';

// The competition from registration to landing, as one flow: an entrant registers on a phone in a round whose online
// review is open; a judge who declared a conflict on the entry never sees it; three judges score the phase's entries
// on their phones; the organiser closes the round by z-score and the top two go on; every entry becomes a lead of the
// officer's, who turns the new entry's lead into a project and signs it; the competition's landing tracker counts
// it, for the edition and for the round.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

const editionName = '蓝贝大赛（验收流程）';
const trackName = '海洋科技（验收）';
const roundName = '青岛西海岸赛区（验收）';
const registered = { projectName: '深蓝水下滑翔机（验收）', organisation: '青岛深蓝验收海洋科技有限公司', username: 'shenlan-glider-accept' };
const others = [
  { number: 'LB6-ACCEPT-001', projectName: '海洋牧场监测浮标（验收）', organisation: '青岛海牧验收智能装备有限公司' },
  { number: 'LB6-ACCEPT-002', projectName: '海水淡化膜组件（验收）', organisation: '青岛清源验收膜科技有限公司' },
  { number: 'LB6-ACCEPT-003', projectName: '船舶尾气脱硫系统（验收）', organisation: '青岛蓝港验收环保科技有限公司' },
];
const landedProject = '深蓝水下滑翔机青岛基地（验收）';
const judgeNames = ['评委甲（验收）', '评委乙（验收）', '评委丙（验收）'] as const;

// Each judge's sheets (team 30 %, technology 30 %, market 25 %, finance 15 %, each out of 10) and the weighted total
// worked out by hand: Σ weight × score ÷ 10. The third judge declared a conflict on the registered entry.
type Sheet = { scores: [number, number, number, number]; total: string };
const sheets: Record<string, Sheet>[] = [
  // 甲, lenient with the registered entry: 80, 75, 70, 60
  { new: { scores: [9, 8, 8, 6], total: '80' }, 'LB6-ACCEPT-001': { scores: [9, 8, 6, 6], total: '75' }, 'LB6-ACCEPT-002': { scores: [7, 8, 7, 5], total: '70' }, 'LB6-ACCEPT-003': { scores: [7, 6, 6, 4], total: '60' } },
  // 乙, harsh: 60, 50, 55, 40
  { new: { scores: [7, 6, 6, 4], total: '60' }, 'LB6-ACCEPT-001': { scores: [6, 5, 5, 3], total: '50' }, 'LB6-ACCEPT-002': { scores: [6, 6, 4, 6], total: '55' }, 'LB6-ACCEPT-003': { scores: [5, 4, 4, 2], total: '40' } },
  // 丙, lenient with everything it judges: 95, 97, 90
  { 'LB6-ACCEPT-001': { scores: [10, 10, 8, 10], total: '95' }, 'LB6-ACCEPT-002': { scores: [10, 10, 10, 8], total: '97' }, 'LB6-ACCEPT-003': { scores: [9, 9, 9, 9], total: '90' } },
];
// By hand. The mean favours the entries 丙 scored: 001 (75 + 50 + 95) ÷ 3 = 73.33 and 002 (70 + 55 + 97) ÷ 3 = 74
// against the registered entry's (80 + 60) ÷ 2 = 70. By z-score each judge's scale is taken out: 甲 mean 71.25 and
// 乙 51.25, both σ = √54.6875 = 7.395; 丙 mean 94, σ = √(26 ÷ 3) = 2.944. The registered entry is 8.75 ÷ 7.395 = 1.183
// with both its judges; 001 (0.507 − 0.169 + 0.340) ÷ 3 = 0.226; 002 (−0.169 + 0.507 + 1.019) ÷ 3 = 0.452;
// 003 (−1.521 − 1.521 − 1.359) ÷ 3 = −1.467. The top two by z-score: the registered entry and 002.
const criteria = ['团队', '技术', '市场', '财务'] as const;

let editionId = '';
let roundId = '';
let phaseId = '';
const judgeIds: string[] = [];
const otherEntryIds: string[] = [];

beforeAll(async () => {
  e2e = await startE2e();
  const { db } = e2e.ctx;
  const [edition] = await db.insert(competitionEditions).values({ name: editionName, year: 2026, state: 'open' }).returning();
  const [track] = await db.insert(competitionTracks).values({ editionId: edition!.id, name: trackName }).returning();
  const [round] = await db
    .insert(competitionRounds)
    .values({ editionId: edition!.id, name: roundName, city: '青岛', venue: '西海岸新区创新中心', heldOn: '2026-12-20', capacity: 20, state: 'open' })
    .returning();
  // The round's only phase, so closing it closes the round. Mean by default: the organiser chooses z-score.
  const [phase] = await db
    .insert(competitionPhases)
    .values({ roundId: round!.id, kind: 'onlineReview', opensOn: '2026-12-01', closesOn: '2099-12-31', advanceTopN: 2, aggregation: 'mean', judgesPerEntry: 3 })
    .returning();
  editionId = edition!.id;
  roundId = round!.id;
  phaseId = phase!.id;

  otherEntryIds.push(...(await addEntries(db, { editionId, roundId, trackId: track!.id }, others)));
  for (const [n, displayName] of judgeNames.entries()) {
    const user = await createUser(db, systemActor, { username: `accept-judge-${n + 1}`, displayName, password: demoPassword, roles: ['judge'] }, enterpriseExists);
    const [judge] = await db.insert(competitionJudges).values({ userId: user.id }).returning();
    await db.insert(competitionJudgeTracks).values({ judgeId: judge!.id, trackId: track!.id });
    judgeIds.push(judge!.id);
  }
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
const rankingRow = (page: Page, number: string) => page.locator('tr.ant-table-row', { hasText: number });
const rankedNumbers = (page: Page) => page.locator('tr.ant-table-row td:nth-child(3)').allInnerTexts();

/** A judge on a phone scores one entry of their queue through its sheet, the weighted total shown as they go. */
async function scoreEntry(page: Page, judgeId: string, entryId: string, projectName: string, sheet: Sheet) {
  await page.goto('/competition-judging');
  await page.getByText(projectName).click();
  await poll(() => page.getByRole('spinbutton', { name: '团队' }).isVisible()).toBe(true);
  for (const [i, criterion] of criteria.entries()) await page.getByRole('spinbutton', { name: criterion }).fill(String(sheet.scores[i]));
  await poll(() => page.locator('.ant-statistic-content-value').innerText()).toBe(sheet.total);
  await page.getByRole('button', { name: '提交评分' }).click();
  const saved = () =>
    e2e.ctx.db
      .select({ total: competitionScores.total })
      .from(competitionScores)
      .where(and(eq(competitionScores.phaseId, phaseId), eq(competitionScores.entryId, entryId), eq(competitionScores.judgeId, judgeId)));
  await poll(saved).toEqual([{ total: Number(sheet.total) }]);
}

describe('the competition from registration to a signed project', () => {
  it('registers, judges, closes by z-score, makes every entry a lead, signs one and counts it on the landing tracker', { timeout: 480_000 }, async () => {
    const { db } = e2e.ctx;

    // 1. The entrant registers on a phone, without an account beforehand, and sees the entry's state.
    const entrant = await e2e.newPage(phone);
    await entrant.goto('/competition/register');
    await poll(() => entrant.getByLabel('届次').isVisible()).toBe(true);
    await chooseOption(entrant, entrant.getByLabel('届次'), editionName);
    await poll(() => entrant.getByRole('heading', { name: editionName }).isVisible()).toBe(true);
    await chooseOption(entrant, entrant.getByLabel('分赛区'), new RegExp(`^${roundName}`));
    await chooseOption(entrant, entrant.getByLabel('赛道', { exact: true }), trackName);
    await entrant.getByLabel('项目名称').fill(registered.projectName);
    await entrant.getByLabel('参赛单位').fill(registered.organisation);
    await chooseOption(entrant, entrant.getByLabel('项目阶段'), '样品/原型');
    await chooseOption(entrant, entrant.getByLabel('融资轮次'), '天使轮');
    await entrant.getByLabel('团队人数').fill('12');
    await entrant.getByLabel('团队介绍').fill('团队来自中国海洋大学');
    await entrant.getByLabel('项目简介').fill('长航时水下滑翔机，用于海洋观测');
    await entrant.getByLabel('联系人', { exact: true }).fill('王海蓝');
    await entrant.getByLabel('联系电话').fill('13900139000');
    await entrant.locator('#businessPlan').setInputFiles({ name: '商业计划书.pdf', mimeType: 'application/pdf', buffer: pdf });
    await entrant.locator('#pitchDeck').setInputFiles({ name: '路演材料.pdf', mimeType: 'application/pdf', buffer: pdf });
    await entrant.getByLabel('用户名').fill(registered.username);
    await entrant.getByLabel('密码', { exact: true }).fill('Ocean glider 2026!');
    await fitsThePhone(entrant);
    await entrant.getByRole('button', { name: /提交报名/ }).click();
    await entrant.waitForURL('**/competition/my-entries', { timeout: 20_000 });
    const card = entrant.locator('[data-entry]', { hasText: registered.projectName });
    await poll(() => card.getByText('审核通过').isVisible()).toBe(true);
    await poll(() => card.getByText(`${roundName} · 青岛 · 2026-12-20`).isVisible()).toBe(true);
    const number = await card.getByText(/^LB2026-\d{4,}$/).innerText();
    await fitsThePhone(entrant);
    await e2e.screenshot(entrant, 'competition-acceptance-01-entrant-phone');
    const [entry] = await db.select().from(competitionEntries).where(eq(competitionEntries.number, number));
    expect(entry).toMatchObject({ roundId, state: 'eligible', source: 'online', projectName: registered.projectName });
    const entryIds = [entry!.id, ...otherEntryIds];

    // 2. 丙 declares a conflict on the new entry by its number. The organiser seats the three judges on the phase's
    // panel (the server's other judges are not there) and assigns: three judges an entry, and 丙 left out of the new
    // one, as assignment never gives a judge an entry they are conflicted on. 丙's queue never lists it, and its
    // sheet answers 404.
    const conflicted = await e2e.newPage(phone);
    await e2e.logIn(conflicted, 'accept-judge-3');
    await conflicted.goto('/competition-judging');
    await conflicted.getByLabel('项目编号').fill(number);
    await conflicted.getByLabel('原因').fill('曾为该公司提供技术咨询');
    await conflicted.getByRole('button', { name: /申\s*报/ }).click();
    await poll(() => db.select({ entryId: competitionConflicts.entryId }).from(competitionConflicts).where(eq(competitionConflicts.judgeId, judgeIds[2]!))).toEqual([{ entryId: entry!.id }]);

    const organiser = await e2e.newPage(desktop);
    await e2e.logIn(organiser, 'organiser');
    await organiser.goto(`/competition/${editionId}/rounds/${roundId}/phases/${phaseId}/judging`);
    for (const [n, judgeName] of judgeNames.entries()) {
      await chooseOption(organiser, organiser.getByLabel('选择评委'), judgeName, { search: judgeName.slice(0, 3) });
      await organiser.getByRole('button', { name: '加入评委组' }).click();
      await poll(() => organiser.getByText(`分配评委时只从本阶段评委组中选取：${n + 1} 位可用评委`).isVisible()).toBe(true);
    }
    await organiser.getByRole('button', { name: '分配评委' }).click();
    const assignedJudges = () =>
      db.select({ entryId: competitionAssignments.entryId, judgeId: competitionAssignments.judgeId }).from(competitionAssignments).where(eq(competitionAssignments.phaseId, phaseId));
    const judgesOf = async (entryId: string) => (await assignedJudges()).filter((row) => row.entryId === entryId).map((row) => row.judgeId).sort();
    await poll(async () => (await assignedJudges()).length).toBe(11);
    expect(await judgesOf(entry!.id)).toEqual(judgeIds.slice(0, 2).sort());
    for (const other of otherEntryIds) expect(await judgesOf(other)).toEqual([...judgeIds].sort());
    await poll(() => organiser.getByText('缺 1 位评委').isVisible()).toBe(true);
    await e2e.screenshot(organiser, 'competition-acceptance-02-panel-assigned');

    await conflicted.goto('/competition-judging');
    for (const other of others) await poll(() => conflicted.getByText(other.projectName).isVisible()).toBe(true);
    expect(await conflicted.getByText(registered.projectName).count()).toBe(0);
    expect(await conflicted.getByText(number).count()).toBe(0);
    await conflicted.goto(`/competition-judging/phases/${phaseId}/entries/${entry!.id}`);
    await poll(() => conflicted.locator('.ant-result-404').isVisible()).toBe(true);
    expect(await conflicted.getByText(registered.projectName).count()).toBe(0);
    expect((await conflicted.request.get(`/api/competition/judging/phases/${phaseId}/entries/${entry!.id}`)).status()).toBe(404);
    await e2e.screenshot(conflicted, 'competition-acceptance-03-conflicted-judge-phone');

    // 3. The three judges score their entries on their phones.
    const projectNames = [registered.projectName, ...others.map((other) => other.projectName)];
    const numbers = ['new', ...others.map((other) => other.number)];
    for (const [j, judgeSheets] of sheets.entries()) {
      const judge = j === 2 ? conflicted : await e2e.newPage(phone);
      if (j !== 2) await e2e.logIn(judge, `accept-judge-${j + 1}`);
      for (const [e, key] of numbers.entries()) {
        const sheet = judgeSheets[key];
        if (sheet) await scoreEntry(judge, judgeIds[j]!, entryIds[e]!, projectNames[e]!, sheet);
      }
      if (j === 0) await e2e.screenshot(judge, 'competition-acceptance-04-score-sheet-phone');
      await fitsThePhone(judge);
      await judge.goto('/competition-judging');
      await poll(() => judge.getByText(/^已评分/).count()).toBe(Object.keys(judgeSheets).length);
    }

    // 4. The organiser closes the round with z-score aggregation: the registered entry and 002 go on, which the mean
    // would not have chosen.
    await organiser.goto(`/competition/${editionId}/rounds/${roundId}/phases/${phaseId}/ranking`);
    await poll(() => rankedNumbers(organiser)).toEqual(['LB6-ACCEPT-002', 'LB6-ACCEPT-001', number, 'LB6-ACCEPT-003']);
    await organiser.getByText('标准分（Z 分数）').first().click();
    await poll(() => rankedNumbers(organiser)).toEqual([number, 'LB6-ACCEPT-002', 'LB6-ACCEPT-001', 'LB6-ACCEPT-003']);
    for (const [n, value] of [[number, '1.183'], ['LB6-ACCEPT-002', '0.452'], ['LB6-ACCEPT-001', '0.226'], ['LB6-ACCEPT-003', '-1.467']] as const) {
      await poll(() => rankingRow(organiser, n).getByText(value, { exact: true }).isVisible()).toBe(true);
    }
    await organiser.getByRole('button', { name: '结束本阶段' }).click();
    const dialog = organiser.locator('.ant-modal', { hasText: `结束${roundName}` });
    await poll(() => dialog.isVisible()).toBe(true);
    await poll(() => dialog.getByTitle('标准分（Z 分数）').isVisible()).toBe(true);
    await chooseOption(organiser, dialog.getByLabel('线索负责人'), '李招商（驻深办）');
    await dialog.getByLabel('线索下次跟进日期').fill('2027-01-08');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => organiser.getByText(/已于 .* 结束/).isVisible()).toBe(true);
    const advanced = (n: string) => rankingRow(organiser, n).locator('.ant-tag', { hasText: /^晋级$/ });
    const stayed = (n: string) => rankingRow(organiser, n).locator('.ant-tag', { hasText: /^未晋级$/ });
    for (const n of [number, 'LB6-ACCEPT-002']) await poll(() => advanced(n).isVisible()).toBe(true);
    for (const n of ['LB6-ACCEPT-001', 'LB6-ACCEPT-003']) await poll(() => stayed(n).isVisible()).toBe(true);
    await e2e.screenshot(organiser, 'competition-acceptance-05-ranking-closed');
    const [closedRound] = await db.select({ state: competitionRounds.state }).from(competitionRounds).where(eq(competitionRounds.id, roundId));
    expect(closedRound!.state).toBe('closed');

    // 5. Every entry of the round, not only the two going on, is a lead of the officer's from the competition.
    const linked = await db.select({ leadId: competitionEntries.leadId }).from(competitionEntries).where(inArray(competitionEntries.id, entryIds));
    expect(linked.every((row) => row.leadId !== null)).toBe(true);
    const made = await db.select().from(leads).where(inArray(leads.id, linked.map((row) => row.leadId!)));
    expect(made.map((lead) => lead.source)).toEqual(['competition', 'competition', 'competition', 'competition']);
    const officer = await e2e.newPage(phone);
    await e2e.logIn(officer, 'officer');
    await officer.goto('/leads');
    await officer.getByPlaceholder('搜索企业名称').fill('验收');
    await officer.getByPlaceholder('搜索企业名称').press('Enter');
    for (const organisation of [registered.organisation, ...others.map((other) => other.organisation)]) {
      const item = officer.locator('.ant-list-item', { hasText: organisation });
      await poll(() => item.getByText('创新创业大赛', { exact: true }).isVisible()).toBe(true);
      await poll(() => item.getByText('李招商（驻深办）', { exact: false }).isVisible()).toBe(true);
    }
    await fitsThePhone(officer);
    await e2e.screenshot(officer, 'competition-acceptance-06-leads-phone');

    // 6. The officer turns the registered entry's lead into a project and moves it to 签约 with its evidence.
    await officer.getByRole('link', { name: registered.organisation }).click();
    await poll(() => officer.getByText(number, { exact: false }).first().isVisible()).toBe(true);
    await officer.getByRole('button', { name: '转为项目' }).click();
    const create = officer.getByRole('dialog');
    await create.getByLabel('项目名称').fill(landedProject);
    await create.getByRole('button', { name: /保\s*存/ }).click();
    await officer.waitForURL((url) => /\/projects\/[0-9a-f-]{36}$/.test(url.pathname));
    await poll(() => officer.getByRole('heading', { name: landedProject }).isVisible()).toBe(true);
    await signProject(officer, landedProject, { signedOn: '2026-12-05', amountWan: '15000' });
    await fitsThePhone(officer);
    await e2e.screenshot(officer, 'competition-acceptance-07-project-signed-phone');
    const [lead] = await db.select({ status: leads.status }).from(leads).innerJoin(competitionEntries, eq(competitionEntries.leadId, leads.id)).where(eq(competitionEntries.id, entry!.id));
    expect(lead!.status).toBe('converted');

    // 7. The landing tracker counts it as signed, for the edition and for the round.
    await organiser.goto(`/competition/${editionId}/landing`);
    const figure = (key: string) => organiser.locator(`[data-figure="${key}"] .ant-statistic-content-value`).innerText();
    const expectFigures = async () => {
      for (const [key, value] of [['entries', '4'], ['leads', '4'], ['projects', '1'], ['signed', '1'], ['registered', '0']] as const) await poll(() => figure(key)).toBe(value);
    };
    await expectFigures();
    await chooseOption(organiser, organiser.locator('.ant-select', { hasText: '整届' }), roundName);
    await expectFigures();
    await organiser.locator('[data-figure="signed"]').click();
    await poll(() => organiser.getByRole('link', { name: landedProject }).isVisible()).toBe(true);
    await e2e.screenshot(organiser, 'competition-acceptance-08-landing-tracker');
  });
});
