import { and, eq, inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/platform/auth/schema.ts';
import { competitionEditions, competitionEntries, competitionJudges, competitionPhases, competitionRounds, competitionScores, competitionTracks } from '../../src/modules/competition/schema.ts';
import { leads } from '../../src/modules/investment-leads/schema.ts';
import { addEntries, signProject } from './competition-steps.ts';
import { chooseOption, desktop, startE2e, type E2e } from './harness.ts';

// The organiser closes a round's roadshow with z-score aggregation: the top two go on, and every entry of the round,
// not only the two, becomes a lead of the investment module's officer. The officer makes a project of one lead and
// moves it to 签约; the competition's landing tracker counts it.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const entries = [
  { number: 'LB6-E2E-001', projectName: '血友病A基因治疗（浏览器）', organisation: '深圳基因治疗科技有限公司（浏览器）' },
  { number: 'LB6-E2E-002', projectName: '潜行鲛 GLADIUS MINI（浏览器）', organisation: '深圳潜行创新科技有限公司（浏览器）' },
  { number: 'LB6-E2E-003', projectName: '工业视觉质检（浏览器）', organisation: '深圳视觉智能有限公司（浏览器）' },
  { number: 'LB6-E2E-004', projectName: '港口自动导引车（浏览器）', organisation: '深圳港航装备有限公司（浏览器）' },
];
// A lenient, a harsh and a middling judge; by the mean the second entry leads, and by z-score too, the first next.
const scores = [
  [95, 90, 85, 80],
  [50, 60, 40, 30],
  [70, 75, 65, 60],
];

let editionId = '';
let rankingPath = '';
let entryIds: string[] = [];

beforeAll(async () => {
  e2e = await startE2e();
  const { db } = e2e.ctx;
  const [edition] = await db.insert(competitionEditions).values({ name: '第六届蓝贝（结果浏览器测试）', year: 2026, state: 'open' }).returning();
  const [track] = await db.insert(competitionTracks).values({ editionId: edition!.id, name: '人工智能' }).returning();
  const [round] = await db.insert(competitionRounds).values({ editionId: edition!.id, name: '深圳赛区（浏览器）', city: '深圳', heldOn: '2026-07-11', capacity: 60, state: 'open' }).returning();
  const [phase] = await db.insert(competitionPhases).values({ roundId: round!.id, kind: 'roadshow', advanceTopN: 2, aggregation: 'mean' }).returning();
  entryIds = await addEntries(db, { editionId: edition!.id, roundId: round!.id, trackId: track!.id }, entries);
  const judgeUsers = await db
    .insert(users)
    .values([1, 2, 3].map((n) => ({ username: `e2e-judge-${n}`, usernameKey: `e2e-judge-${n}`, displayName: `评委${n}（浏览器）`, passwordHash: 'x', roles: ['judge'] })))
    .returning();
  const judges = await db
    .insert(competitionJudges)
    .values(judgeUsers.map((user) => ({ userId: user.id })))
    .returning();
  await db
    .insert(competitionScores)
    .values(judges.flatMap((judge, j) => entryIds.map((entryId, e) => ({ phaseId: phase!.id, entryId, judgeId: judge.id, total: scores[j]![e]! }))));
  editionId = edition!.id;
  rankingPath = `/competition/${edition!.id}/rounds/${round!.id}/phases/${phase!.id}/ranking`;
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

const row = (page: Page, number: string) => page.locator('tr', { hasText: number });

describe('closing a round with z-score, every entry a lead, and the landing tracker', () => {
  it('closes the roadshow, makes every entry a lead, and counts a signed project on the tracker', async () => {
    const organiser = await e2e.newPage(desktop);
    await e2e.logIn(organiser, 'organiser');
    await organiser.goto(rankingPath);
    await poll(() => row(organiser, 'LB6-E2E-002').isVisible()).toBe(true);
    await organiser.getByText('标准分（Z 分数）').first().click();

    await organiser.getByRole('button', { name: '结束本阶段' }).click();
    const dialog = organiser.locator('.ant-modal', { hasText: '结束深圳赛区（浏览器）' });
    await poll(() => dialog.isVisible()).toBe(true);
    await chooseOption(organiser, dialog.getByLabel('线索负责人'), '李招商（驻深办）');
    await dialog.getByLabel('线索下次跟进日期').fill('2026-08-01');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => organiser.getByText(/已于 .* 结束/).isVisible()).toBe(true);
    await poll(() => row(organiser, 'LB6-E2E-002').locator('.ant-tag', { hasText: /^晋级$/ }).isVisible()).toBe(true);
    await poll(() => row(organiser, 'LB6-E2E-001').locator('.ant-tag', { hasText: /^晋级$/ }).isVisible()).toBe(true);
    for (const number of ['LB6-E2E-003', 'LB6-E2E-004']) await poll(() => row(organiser, number).locator('.ant-tag', { hasText: /^未晋级$/ }).isVisible()).toBe(true);
    await e2e.screenshot(organiser, 'competition-results-01-ranking-closed');

    // Every entry, not only the two going on, is a lead of the officer's.
    const linked = await e2e.ctx.db.select({ leadId: competitionEntries.leadId }).from(competitionEntries).where(inArray(competitionEntries.id, entryIds));
    expect(linked.every((entry) => entry.leadId !== null)).toBe(true);
    const made = await e2e.ctx.db.select().from(leads).where(and(inArray(leads.id, linked.map((entry) => entry.leadId!)), eq(leads.source, 'competition')));
    expect(made).toHaveLength(4);

    const officer = await e2e.newPage(desktop);
    await e2e.logIn(officer, 'officer');
    await officer.goto('/leads');
    for (const entry of entries) await poll(() => officer.getByText(entry.organisation).first().isVisible()).toBe(true);

    // The officer makes a project of the fourth entry's lead and moves it to 签约.
    const { csrfToken } = (await (await officer.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const fourth = made.find((lead) => lead.sourceNote?.includes('LB6-E2E-004'))!;
    const created = await officer.request.post('/api/projects', { headers: { 'x-csrf-token': csrfToken }, data: { name: '港口自动导引车落地项目（浏览器）', leadId: fourth.id } });
    expect(created.status()).toBe(201);
    const project = (await created.json()) as { id: string };
    await officer.goto(`/projects/${project.id}`);
    await signProject(officer, '港口自动导引车落地项目（浏览器）', { signedOn: '2026-08-20', amountWan: '8000' });

    // The competition's landing tracker counts it.
    await organiser.goto(`/competition/${editionId}/landing`);
    const figure = (key: string) => organiser.locator(`[data-figure="${key}"] .ant-statistic-content-value`).innerText();
    await poll(() => figure('entries')).toBe('4');
    await poll(() => figure('leads')).toBe('4');
    await poll(() => figure('projects')).toBe('1');
    await poll(() => figure('signed')).toBe('1');
    await poll(() => figure('registered')).toBe('0');
    await organiser.locator('[data-figure="signed"]').click();
    await poll(() => organiser.getByRole('link', { name: '港口自动导引车落地项目（浏览器）' }).isVisible()).toBe(true);
    await e2e.screenshot(organiser, 'competition-results-02-landing-tracker');
  });
});
