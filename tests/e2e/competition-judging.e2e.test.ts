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
import { phone, startE2e, type E2e } from './harness.ts';

// A judge on a phone declares a conflict on one of their two entries by its number: it leaves their queue and its
// page answers nothing; they score the other with the rubric's inputs, the total shown as they go.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
let phaseId = '';
const entryIds: string[] = [];
let judgeId = '';

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
