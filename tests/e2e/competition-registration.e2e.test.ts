import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionEditions, competitionPhases, competitionRounds } from '../../src/modules/competition/schema.ts';
import { chooseOption, phone, startE2e, type E2e } from './harness.ts';

// An entrant, on a phone and without an account, registers a project in an open regional round on the public form,
// is signed in with the account they chose, and sees the entry's number, state and round.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const pdf = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

beforeAll(async () => {
  e2e = await startE2e();
  // The demo edition's regional rounds are over: one more round takes entries.
  const [edition] = await e2e.ctx.db.select().from(competitionEditions).where(eq(competitionEditions.name, '第六届蓝贝国际创新大赛'));
  const [round] = await e2e.ctx.db
    .insert(competitionRounds)
    .values({ editionId: edition!.id, name: '杭州赛区', city: '杭州', venue: '梦想小镇', heldOn: '2026-09-05', capacity: 40, state: 'open' })
    .returning();
  await e2e.ctx.db.insert(competitionPhases).values({ roundId: round!.id, kind: 'onlineReview', opensOn: '2026-08-01', closesOn: '2099-08-25' });
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('competition registration on a phone', () => {
  it('lets an entrant register without an account and then follow the entry', async () => {
    const page = await e2e.newPage(phone);
    await page.goto('/competition/register');
    await poll(() => page.getByRole('heading', { name: '第六届蓝贝国际创新大赛' }).isVisible()).toBe(true);

    await chooseOption(page, page.getByLabel('分赛区'), /^杭州赛区/);
    await chooseOption(page, page.getByLabel('赛道', { exact: true }), '海洋科技');
    await page.getByLabel('项目名称').fill('潜行鲛 GLADIUS MINI S 水下无人机');
    await page.getByLabel('参赛单位').fill('杭州潜行智能科技有限公司');
    await chooseOption(page, page.getByLabel('项目阶段'), '成长期');
    await chooseOption(page, page.getByLabel('融资轮次'), 'A 轮');
    await page.getByLabel('团队人数').fill('35');
    await page.getByLabel('团队介绍').fill('创始团队来自浙江大学海洋学院');
    await page.getByLabel('项目简介').fill('面向潜水爱好者的消费级水下无人机');
    await page.getByLabel('联系人', { exact: true }).fill('周海');
    await page.getByLabel('联系电话').fill('13800138000');
    await page.locator('#businessPlan').setInputFiles({ name: '商业计划书.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('#pitchDeck').setInputFiles({ name: '路演材料.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel('用户名').fill('zhouhai-gladius');
    await page.getByLabel('密码', { exact: true }).fill('Deep-sea drone 2026!');
    await e2e.screenshot(page, 'competition-registration-form');
    await page.getByRole('button', { name: /提交报名/ }).click();

    await page.waitForURL('**/competition/my-entries', { timeout: 20_000 });
    const card = page.locator('[data-entry]');
    await poll(() => card.getByText('潜行鲛 GLADIUS MINI S 水下无人机').isVisible()).toBe(true);
    await poll(() => card.getByText('审核通过').isVisible()).toBe(true);
    await poll(() => card.getByText(/^LB2026-\d{4,}$/).isVisible()).toBe(true);
    await poll(() => card.getByText('杭州赛区 · 杭州 · 2026-09-05').isVisible()).toBe(true);
    await poll(() => card.getByRole('button', { name: /撤回报名/ }).isVisible()).toBe(true);
    await e2e.screenshot(page, 'competition-my-entries');
  });
});
