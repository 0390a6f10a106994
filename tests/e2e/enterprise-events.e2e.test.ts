import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseEvents } from '../../src/modules/enterprise-events/schema.ts';
import { enterprises } from '../../src/modules/enterprises/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { notifications } from '../../src/platform/notifications/schema.ts';
import { chooseOption, desktop, phone, startE2e, type E2e } from './harness.ts';

// Events for enterprises: an officer creates a study tour, invites the demo enterprise user's firm and opens
// registration; the enterprise user registers on a phone; the officer marks it present; the firm's timeline shows
// its registration and attendance. On a phone, an organiser hands a follow-up of the demo study tour to a colleague
// with a later due day, who is told; a done one keeps its owner and day until reopened.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const firmName = '青岛幻境虚拟现实科技有限公司';
const title = '赴深圳湾创业广场学习考察（浏览器测试）';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('events for enterprises', () => {
  it('invites a firm, which registers on a phone, is marked present and finds both on its timeline', async () => {
    const staff = await e2e.newPage(desktop);
    await e2e.logIn(staff, 'gx-zhang');
    await staff.goto('/enterprise-events');
    await poll(() => staff.getByRole('link', { name: '英雄榜企业赴深圳学习考察' }).isVisible()).toBe(true);

    await staff.getByRole('button', { name: /新建活动/ }).click();
    const form = staff.getByRole('dialog', { name: '新建企业活动' });
    await form.getByLabel('名称').fill(title);
    await form.getByLabel('地点').fill('深圳市南山区深圳湾创业广场');
    await form.getByLabel('开始日期').fill('2027-04-15');
    await form.getByLabel('名额').fill('20');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await staff.waitForURL(/\/enterprise-events\/[0-9a-f-]{36}$/);
    await poll(() => staff.getByText('尚未邀请企业').isVisible()).toBe(true);

    await staff.getByRole('button', { name: /邀请企业/ }).click();
    const invite = staff.getByRole('dialog', { name: '邀请企业' });
    await chooseOption(staff, invite.getByLabel('企业', { exact: true }), new RegExp(firmName), { search: '幻境虚拟' });
    await poll(() => invite.getByText(firmName, { exact: true }).isVisible()).toBe(true);
    await invite.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => invite.isVisible()).toBe(false);
    const row = staff.locator('tr', { hasText: firmName });
    await poll(() => row.getByText('已邀请').isVisible()).toBe(true);
    await staff.getByRole('button', { name: '开放报名' }).click();
    await poll(() => staff.locator('.ant-tag', { hasText: '报名中' }).isVisible()).toBe(true);
    await e2e.screenshot(staff, 'enterprise-events-01-invited');

    const firm = await e2e.newPage(phone);
    await e2e.logIn(firm, 'enterprise');
    await firm.goto('/my-events');
    const card = firm.locator('.ant-card', { hasText: title });
    await poll(() => card.getByText('已邀请').isVisible()).toBe(true);
    await card.getByRole('button', { name: /报\s*名/ }).click();
    await poll(() => card.getByText('已报名').isVisible()).toBe(true);
    expect(await firm.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(firm, 'enterprise-events-02-registered-phone');

    await staff.reload();
    await poll(() => row.getByText('已报名').isVisible()).toBe(true);
    await row.getByRole('button', { name: /出\s*席/ }).click();
    await poll(() => row.getByText('已出席').isVisible()).toBe(true);

    const [own] = await e2e.ctx.db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.name, firmName));
    await firm.goto(`/enterprises/${own!.id}`);
    await poll(() => firm.getByText('出席企业活动').first().isVisible()).toBe(true);
    await poll(() => firm.getByText('报名参加企业活动').first().isVisible()).toBe(true);
    await poll(() => firm.getByText(title).first().isVisible()).toBe(true);
    expect(await firm.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(firm, 'enterprise-events-03-timeline-phone');
  });

  it('hands a follow-up to a colleague with a later due day on a phone, and keeps a done one as it was done', async () => {
    const staff = await e2e.newPage(phone);
    await e2e.logIn(staff, 'gx-zhang');
    const [tour] = await e2e.ctx.db.select({ id: enterpriseEvents.id }).from(enterpriseEvents).where(eq(enterpriseEvents.title, '英雄榜企业赴深圳学习考察'));
    await staff.goto(`/enterprise-events/${tour!.id}`);
    const [liu] = await e2e.ctx.db.select({ id: users.id }).from(users).where(eq(users.username, 'gx-liu'));
    const toldLiu = async () =>
      (await e2e.ctx.db.select().from(notifications).where(and(eq(notifications.userId, liu!.id), eq(notifications.kind, 'enterpriseEvent.follow-up-assigned')))).length;
    const toldBefore = await toldLiu();

    const open = staff.locator('.ant-list-item', { hasText: '跟进大疆供应链合作意向' });
    await poll(() => open.getByText(/陈晓雯/).isVisible()).toBe(true);
    await open.getByRole('button', { name: '修改跟进事项' }).click();
    const dialog = staff.getByRole('dialog', { name: '修改跟进事项' });
    await poll(() => dialog.getByLabel('事项').inputValue()).toBe('跟进大疆供应链合作意向，组织技术对接会');
    await dialog.getByLabel('事项').fill('跟进大疆供应链合作意向，组织第二次技术对接会');
    await chooseOption(staff, dialog.getByLabel('负责人'), /刘思远/, { search: '刘思远' });
    await dialog.getByLabel('截止日期').fill('2027-01-15');
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(staff, 'enterprise-events-04-edit-follow-up-phone');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => dialog.isVisible()).toBe(false);
    const edited = staff.locator('.ant-list-item', { hasText: '组织第二次技术对接会' });
    await poll(() => edited.getByText(/刘思远（高新区驻深） · 2027-01-15 前/).isVisible()).toBe(true);
    await poll(toldLiu).toBe(toldBefore + 1);

    const done = staff.locator('.ant-list-item', { hasText: '汇总考察报告' });
    await done.getByRole('button', { name: '修改跟进事项' }).click();
    const doneDialog = staff.getByRole('dialog', { name: '修改跟进事项' });
    await poll(() => doneDialog.getByText('已完成：如需更换负责人或截止日期，请先重新打开。').isVisible()).toBe(true);
    expect(await doneDialog.getByLabel('截止日期').isDisabled()).toBe(true);
    await doneDialog.getByRole('button', { name: /取\s*消/ }).click();
    await poll(() => doneDialog.isVisible()).toBe(false);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });
});
