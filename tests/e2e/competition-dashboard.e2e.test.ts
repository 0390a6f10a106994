import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/platform/auth/schema.ts';
import {
  competitionAssignments,
  competitionEditions,
  competitionEntries,
  competitionJudges,
  competitionLandingSupport,
  competitionPhases,
  competitionRounds,
  competitionScores,
  competitionTracks,
} from '../../src/modules/competition/schema.ts';
import { enterprises } from '../../src/modules/enterprises/schema.ts';
import { entryRow } from '../../src/test/competition-entry.ts';
import { desktop, phone, startE2e, type E2e } from './harness.ts';

// The organiser follows a round from its dashboard: registrations, each judge's progress and the scores still
// missing, the workbook of it all, and on to the round's own landing tracker; the ranking and the tracker work at
// phone width, and the round's entries show the landing support each entry was given.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const entries = [
  { number: 'LB6-DB-001', projectName: '固态电池隔膜（看板）', organisation: '青岛固态能源科技有限公司（看板）' },
  { number: 'LB6-DB-002', projectName: '海洋牧场水下机器人（看板）', organisation: '青岛深蓝装备有限公司（看板）' },
  { number: 'LB6-DB-003', projectName: '合成生物香料（看板）', organisation: '青岛合成生物有限公司（看板）' },
];
const judgeNames = ['周评委（看板）', '吴评委（看板）'];

let editionId = '';
let roundId = '';
let phaseId = '';

beforeAll(async () => {
  e2e = await startE2e();
  const { db } = e2e.ctx;
  const [edition] = await db.insert(competitionEditions).values({ name: '第六届蓝贝（看板浏览器测试）', year: 2026, state: 'open' }).returning();
  const [track] = await db.insert(competitionTracks).values({ editionId: edition!.id, name: '新能源' }).returning();
  const [round, other] = await db
    .insert(competitionRounds)
    .values([
      { editionId: edition!.id, name: '青岛赛区（看板）', city: '青岛', heldOn: '2026-07-25', capacity: 60, state: 'open' },
      { editionId: edition!.id, name: '济南赛区（看板）', city: '济南', heldOn: '2026-08-01', capacity: 60, state: 'open' },
    ])
    .returning();
  const [phase] = await db.insert(competitionPhases).values({ roundId: round!.id, kind: 'onlineReview', judgesPerEntry: 2, aggregation: 'mean' }).returning();
  const made = [];
  for (const [index, entry] of entries.entries()) {
    const [enterprise] = await db.insert(enterprises).values({ name: entry.organisation, searchText: entry.organisation }).returning();
    const { number, projectName, organisation: organisationName } = entry;
    const source = index === 2 ? 'partner' : 'online';
    made.push(entryRow({ editionId: edition!.id, roundId: round!.id, trackId: track!.id, number, projectName, organisationName, enterpriseId: enterprise!.id, source, state: 'eligible' }));
  }
  const entryIds = (await db.insert(competitionEntries).values(made).returning()).map((entry) => entry.id);
  // One entry of another round, which only the whole edition's tracker counts.
  await db.insert(competitionEntries).values({ ...made[0]!, roundId: other!.id, number: 'LB6-DB-101', projectName: '济南赛区项目（看板）' });
  const judgeUsers = await db
    .insert(users)
    .values(judgeNames.map((displayName, n) => ({ username: `e2e-dash-judge-${n}`, usernameKey: `e2e-dash-judge-${n}`, displayName, passwordHash: 'x', roles: ['judge'] })))
    .returning();
  const judges = await db
    .insert(competitionJudges)
    .values(judgeUsers.map((user) => ({ userId: user.id })))
    .returning();
  // Both judges have all three entries; the first scored two of them, the second none yet.
  await db.insert(competitionAssignments).values(judges.flatMap((judge) => entryIds.map((entryId) => ({ phaseId: phase!.id, entryId, judgeId: judge.id }))));
  await db.insert(competitionScores).values([
    { phaseId: phase!.id, entryId: entryIds[0]!, judgeId: judges[0]!.id, total: 82 },
    { phaseId: phase!.id, entryId: entryIds[1]!, judgeId: judges[0]!.id, total: 76 },
  ]);
  await db.insert(competitionLandingSupport).values({ entryId: entryIds[1]!, kind: 'incubatorPlace', note: '蓝谷孵化器两个工位（看板）', givenOn: '2026-08-10' });
  editionId = edition!.id;
  roundId = round!.id;
  phaseId = phase!.id;
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("a round's dashboard, its workbook, its landing tracker, and the pages at phone width", () => {
  it('shows registrations and each judge’s progress with the missing scores, downloads them, and opens the round’s tracker', async () => {
    const organiser = await e2e.newPage(desktop);
    await e2e.logIn(organiser, 'organiser');
    await organiser.goto(`/competition/${editionId}/rounds/${roundId}/dashboard`);
    await poll(() => organiser.getByRole('heading', { name: '青岛赛区（看板）看板' }).isVisible()).toBe(true);
    const statistic = (title: string) => organiser.locator('.ant-statistic', { hasText: title }).first().locator('.ant-statistic-content-value').innerText();
    await poll(() => statistic('报名数')).toBe('3');
    await poll(() => statistic('新能源')).toBe('3');
    const judgeRow = (name: string) => organiser.locator('tr', { hasText: name });
    await poll(() => judgeRow(judgeNames[0]!).innerText()).toContain('2/3');
    await poll(() => judgeRow(judgeNames[1]!).innerText()).toContain('0/3');
    // The missing scores per judge: the first judge owes the third entry, the second all three.
    expect(await judgeRow(judgeNames[0]!).locator('.ant-tag').allInnerTexts()).toEqual(['LB6-DB-003']);
    expect(await judgeRow(judgeNames[1]!).locator('.ant-tag').allInnerTexts()).toEqual(['LB6-DB-001', 'LB6-DB-002', 'LB6-DB-003']);
    await e2e.screenshot(organiser, 'competition-dashboard-01-round');

    const [download] = await Promise.all([organiser.waitForEvent('download'), organiser.getByRole('button', { name: '导出 .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('青岛赛区（看板）看板.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['报名', '评审进度', '未评分']);
    expect(workbook.getWorksheet('报名')!.getRow(2).values).toEqual([undefined, '合计', undefined, 3]);
    const missing = workbook.getWorksheet('未评分')!;
    expect(missing.rowCount).toBe(5);
    expect(missing.getRow(2).values).toEqual([undefined, '网络初评', 'LB6-DB-001', entries[0]!.projectName, judgeNames[1]]);

    await organiser.getByRole('button', { name: '落地跟踪' }).click();
    await organiser.waitForURL((url) => url.pathname === `/competition/${editionId}/landing` && url.searchParams.get('roundId') === roundId);
    await poll(() => organiser.getByRole('heading', { name: /青岛赛区（看板）：赛事\+服务\+落地/ }).isVisible()).toBe(true);
    const figure = (key: string) => organiser.locator(`[data-figure="${key}"] .ant-statistic-content-value`).innerText();
    await poll(() => figure('entries')).toBe('3');
    await poll(() => organiser.getByLabel('范围').locator('..').innerText()).toContain('青岛赛区（看板）');
    // The tracker switches to the whole edition, and the address follows.
    await organiser.getByLabel('范围').click();
    await organiser.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('整届', { exact: true }).click();
    await organiser.waitForURL((url) => !url.searchParams.has('roundId'));
    await poll(() => organiser.getByRole('heading', { name: '第六届蓝贝（看板浏览器测试）：赛事+服务+落地' }).isVisible()).toBe(true);
    await poll(() => figure('entries')).toBe('4');
  });

  it('shows the ranking and the round’s tracker at phone width without the page overflowing', async () => {
    const organiser = await e2e.newPage(phone);
    await e2e.logIn(organiser, 'organiser');
    await organiser.goto(`/competition/${editionId}/rounds/${roundId}/phases/${phaseId}/ranking`);
    await poll(() => organiser.locator('tr', { hasText: 'LB6-DB-001' }).isVisible()).toBe(true);
    expect(await pageOverflow(organiser)).toBeLessThanOrEqual(0);
    for (const action of ['导出 .xlsx', '结束本阶段']) {
      const button = organiser.getByRole('button', { name: action });
      await button.scrollIntoViewIfNeeded();
      expect(await button.isVisible()).toBe(true);
    }
    await e2e.screenshot(organiser, 'competition-dashboard-02-ranking-phone');

    await organiser.goto(`/competition/${editionId}/landing?roundId=${roundId}`);
    await poll(() => organiser.locator('[data-figure="entries"] .ant-statistic-content-value').innerText()).toBe('3');
    await poll(() => organiser.getByText('LB6-DB-002 海洋牧场水下机器人（看板）').isVisible()).toBe(true);
    expect(await pageOverflow(organiser)).toBeLessThanOrEqual(0);
    await e2e.screenshot(organiser, 'competition-dashboard-03-tracker-phone');
    const support = organiser.getByRole('button', { name: '落地服务（1）' });
    await support.scrollIntoViewIfNeeded();
    await support.click();
    await poll(() => organiser.locator('.ant-modal').getByText(/蓝谷孵化器两个工位（看板）/).isVisible()).toBe(true);
  });

  it('shows the round’s dashboard and entries at phone width, the tables scrolling inside themselves and every action in reach', async () => {
    const organiser = await e2e.newPage(phone);
    await e2e.logIn(organiser, 'organiser');
    const reachable = async (target: ReturnType<Page['getByRole']>) => {
      await target.scrollIntoViewIfNeeded();
      expect(await target.isVisible()).toBe(true);
      const box = await target.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
    };

    await organiser.goto(`/competition/${editionId}/rounds/${roundId}/dashboard`);
    await poll(() => organiser.locator('tr', { hasText: judgeNames[1] }).isVisible()).toBe(true);
    expect(await pageOverflow(organiser)).toBeLessThanOrEqual(0);
    for (const action of ['返回届次', '报名项目', '落地跟踪', '导出 .xlsx']) await reachable(organiser.getByRole('button', { name: action }));
    for (const link of ['评审', '排名与结束']) await reachable(organiser.getByRole('link', { name: link, exact: true }));
    // The judges' table scrolls inside its card, so the second judge's missing entries are there to read.
    const missing = organiser.locator('tr', { hasText: judgeNames[1] }).locator('.ant-tag', { hasText: 'LB6-DB-003' });
    await missing.scrollIntoViewIfNeeded();
    expect(await missing.isVisible()).toBe(true);
    expect(await pageOverflow(organiser)).toBeLessThanOrEqual(0);
    await organiser.evaluate(() => window.scrollTo(0, 0));
    await e2e.screenshot(organiser, 'competition-dashboard-05-round-phone');

    await organiser.goto(`/competition/${editionId}/rounds/${roundId}/entries`);
    await poll(() => organiser.locator('tr', { hasText: 'LB6-DB-002' }).isVisible()).toBe(true);
    expect(await pageOverflow(organiser)).toBeLessThanOrEqual(0);
    for (const action of ['代为报名', '导出 Excel']) await reachable(organiser.getByRole('button', { name: action }));
    for (const filter of ['赛道', '状态', '报名来源']) await reachable(organiser.getByRole('combobox', { name: filter }));
    await e2e.screenshot(organiser, 'competition-dashboard-06-entries-phone');
    await organiser.locator('tr', { hasText: 'LB6-DB-001' }).click();
    const drawer = organiser.locator('.ant-drawer', { hasText: 'LB6-DB-001 固态电池隔膜（看板）' });
    await poll(() => drawer.isVisible()).toBe(true);
    await reachable(drawer.getByRole('button', { name: '标记为不符合' }));
    expect(await pageOverflow(organiser)).toBeLessThanOrEqual(0);
    await e2e.screenshot(organiser, 'competition-dashboard-07-entry-phone');
  });

  it('shows each entry’s landing support on the round’s entries page, in detail when the entry is opened', async () => {
    const organiser = await e2e.newPage(desktop);
    await e2e.logIn(organiser, 'organiser');
    await organiser.goto(`/competition/${editionId}/rounds/${roundId}/entries`);
    const row = (number: string) => organiser.locator('tr', { hasText: number });
    await poll(() => row('LB6-DB-002').locator('.ant-tag', { hasText: '孵化载体' }).isVisible()).toBe(true);
    expect(await row('LB6-DB-001').locator('.ant-tag', { hasText: '孵化载体' }).count()).toBe(0);
    await row('LB6-DB-002').click();
    const drawer = organiser.locator('.ant-drawer', { hasText: 'LB6-DB-002 海洋牧场水下机器人（看板）' });
    await poll(() => drawer.getByText('2026-08-10 · 孵化载体 · 蓝谷孵化器两个工位（看板）').isVisible()).toBe(true);
    await e2e.screenshot(organiser, 'competition-dashboard-04-entries-support');
  });
});
