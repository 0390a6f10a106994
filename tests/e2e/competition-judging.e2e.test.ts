import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/audit/record-audit.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import {
  competitionAssignments,
  competitionEditions,
  competitionJudges,
  competitionJudgeTracks,
  competitionPhases,
  competitionRounds,
  competitionScores,
  competitionTracks,
} from '../../src/modules/competition/schema.ts';
import { enterpriseExists } from '../../src/modules/enterprises/enterprise-exists.ts';
import { demoPassword } from '../../src/seed/seed.ts';
import { addEntries } from './competition-steps.ts';
import { chooseOption, desktop, phone, startE2e, type E2e } from './harness.ts';

// A judge on a phone declares a conflict on one of their two entries by its number: it leaves their queue and its
// page answers nothing; they score the other with the rubric's inputs, the total shown as they go. The organiser
// then seats the judge on the phase's panel, cannot take them off it once they scored, and links their organisation
// to its master record through the competition's lookup.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
let phaseId = '';
const entryIds: string[] = [];
let judgeId = '';
let judgingPath = '';
let judgesPath = '';

const entries = [
  { number: 'LB6-JUDGE-001', projectName: '水下无人机（评审浏览器）', organisation: '深圳潜行创新科技有限公司（评审浏览器）' },
  { number: 'LB6-JUDGE-002', projectName: '基因治疗（评审浏览器）', organisation: '深圳基因治疗科技有限公司（评审浏览器）' },
];

beforeAll(async () => {
  e2e = await startE2e();
  const { db } = e2e.ctx;
  const [edition] = await db.insert(competitionEditions).values({ name: '第六届蓝贝（评审浏览器测试）', year: 2026, state: 'open' }).returning();
  const [track] = await db.insert(competitionTracks).values({ editionId: edition!.id, name: '人工智能' }).returning();
  const [round] = await db.insert(competitionRounds).values({ editionId: edition!.id, name: '深圳赛区（评审浏览器）', city: '深圳', heldOn: '2026-07-11', capacity: 60, state: 'open' }).returning();
  const [phase] = await db.insert(competitionPhases).values({ roundId: round!.id, kind: 'onlineReview', anonymised: true, judgesPerEntry: 1 }).returning();
  phaseId = phase!.id;
  judgingPath = `/competition/${edition!.id}/rounds/${round!.id}/phases/${phaseId}/judging`;
  judgesPath = `/competition/${edition!.id}/judges`;
  const user = await createUser(db, systemActor, { username: 'e2e-phone-judge', displayName: '手机评委', password: demoPassword, roles: ['judge'] }, enterpriseExists);
  const [judge] = await db.insert(competitionJudges).values({ userId: user.id }).returning();
  judgeId = judge!.id;
  await db.insert(competitionJudgeTracks).values({ judgeId, trackId: track!.id });
  entryIds.push(...(await addEntries(db, { editionId: edition!.id, roundId: round!.id, trackId: track!.id }, entries)));
  await db.insert(competitionAssignments).values(entryIds.map((entryId) => ({ phaseId, entryId, judgeId })));
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe("a judge's queue and score sheet on a phone", () => {
  it('hides an entry once the judge declares a conflict on it, and scores the other', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'e2e-phone-judge');
    await page.goto('/competition-judging');
    for (const entry of entries) await poll(() => page.getByText(entry.projectName).isVisible()).toBe(true);
    // An anonymised review: the organisations are not shown
    expect(await page.getByText(entries[0]!.organisation).count()).toBe(0);

    await page.getByLabel('项目编号').fill(entries[1]!.number);
    await page.getByLabel('原因').fill('曾投资该项目');
    await page.getByRole('button', { name: /申\s*报/ }).click();
    await poll(() => page.getByText(entries[1]!.projectName).count()).toBe(0);
    await page.goto(`/competition-judging/phases/${phaseId}/entries/${entryIds[1]}`);
    await poll(() => page.locator('.ant-result-404').isVisible()).toBe(true);
    expect(await page.getByText(entries[1]!.projectName).count()).toBe(0);

    await page.goto('/competition-judging');
    await page.getByText(entries[0]!.projectName).click();
    await poll(() => page.getByRole('spinbutton', { name: '团队' }).isVisible()).toBe(true);
    for (const [criterion, score] of [['团队', '8'], ['技术', '9'], ['市场', '7'], ['财务', '6']] as const) {
      await page.getByRole('spinbutton', { name: criterion }).fill(score);
    }
    await page.getByLabel('评语').fill('技术扎实');
    await poll(() => page.locator('.ant-statistic-content-value').innerText()).toBe('77.5');
    await e2e.screenshot(page, 'competition-judging-01-score-sheet');
    await page.getByRole('button', { name: '提交评分' }).click();
    const saved = () =>
      e2e.ctx.db
        .select({ total: competitionScores.total, comment: competitionScores.comment })
        .from(competitionScores)
        .where(and(eq(competitionScores.phaseId, phaseId), eq(competitionScores.entryId, entryIds[0]!), eq(competitionScores.judgeId, judgeId)));
    await poll(saved).toEqual([{ total: 77.5, comment: '技术扎实' }]);
  });
});

describe("the organiser's panel and a judge's organisation", () => {
  it('seats the judge on the panel, refuses to take them off once they scored, and links their organisation', async () => {
    const page = await e2e.newPage(desktop);
    await e2e.logIn(page, 'organiser');
    await page.goto(judgingPath);
    await poll(() => page.getByText(/本阶段未设评委组/).isVisible()).toBe(true);
    await chooseOption(page, page.getByLabel('选择评委'), '手机评委', { search: '手机' });
    await page.getByRole('button', { name: '加入评委组' }).click();
    await poll(() => page.getByText('分配评委时只从本阶段评委组中选取：1 位可用评委').isVisible()).toBe(true);
    await e2e.screenshot(page, 'competition-judging-02-panel');

    await page.getByRole('button', { name: /移\s*出/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await poll(() => page.getByText('该评委已在本阶段提交 1 份评分，不能移出评委组').isVisible()).toBe(true);
    expect(await page.getByText('分配评委时只从本阶段评委组中选取：1 位可用评委').isVisible()).toBe(true);

    await page.goto(judgesPath);
    await page.getByRole('cell', { name: '手机评委' }).first().click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.getByLabel('单位（企业库）'), entries[0]!.organisation, { search: '潜行创新' });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.getByRole('cell', { name: entries[0]!.organisation }).isVisible()).toBe(true);
    const [linked] = await e2e.ctx.db.select({ enterpriseId: competitionJudges.enterpriseId }).from(competitionJudges).where(eq(competitionJudges.id, judgeId));
    expect(linked!.enterpriseId).not.toBeNull();
  });
});
