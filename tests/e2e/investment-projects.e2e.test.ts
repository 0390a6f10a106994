import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, desktop, phone, startE2e, type E2e } from './harness.ts';

// An officer in the field, on a phone: creates a project and moves it to 签约 with the stage picker; the move waits
// until its evidence is complete.

let e2e: E2e;

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('projects on a phone', () => {
  it('creates a project and signs it through the stage picker once the evidence is complete', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    // My day: the stalled demo project.
    await poll(() => page.getByText('停滞项目').first().isVisible()).toBe(true);
    await poll(() => page.getByRole('link', { name: '无人机飞控芯片北方研发中心' }).first().isVisible()).toBe(true);
    await e2e.screenshot(page, 'projects-00-my-day-phone');

    await page.goto('/projects');
    await poll(() => page.getByRole('button', { name: /新建项目/ }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'projects-01-board-phone');
    await page.getByRole('button', { name: /新建项目/ }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('项目名称').fill('翼控微电子青岛封测线');
    await dialog.getByText('新建企业', { exact: true }).click();
    await dialog.getByLabel('企业名称').fill('青岛翼控封测科技有限公司');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    // The project's page, at 线索.
    await poll(() => page.getByRole('heading', { name: '翼控微电子青岛封测线' }).isVisible()).toBe(true);
    await poll(() => page.locator('.ant-tag', { hasText: /^线索$/ }).first().isVisible()).toBe(true);
    await chooseOption(page, page.getByLabel('推进到'), '签约');
    const sign = page.locator('.ant-modal', { hasText: '翼控微电子青岛封测线' });
    await poll(() => sign.isVisible()).toBe(true);

    // Without its evidence the move does not go: every missing field is named, and the project stays at 线索.
    // (Clicked again while the dialog is still opening.)
    await poll(async () => {
      await sign.getByRole('button', { name: /保\s*存/ }).click();
      return sign.getByText('必填').count();
    }).toBe(4);
    expect(await page.locator('.ant-tag', { hasText: /^签约$/ }).count()).toBe(0);
    await e2e.screenshot(page, 'projects-02-evidence-missing-phone');

    await sign.getByLabel('签约日期').fill('2026-11-20');
    await sign.getByLabel('协议投资额（万元）').fill('6800');
    await sign.getByText('外资', { exact: true }).click();
    await sign.locator('input[type=file]').setInputFiles({ name: '投资协议.pdf', mimeType: 'application/pdf', buffer: pdf });
    await poll(() => sign.getByText('投资协议.pdf').first().isVisible()).toBe(true);
    await sign.getByRole('button', { name: /保\s*存/ }).click();

    await poll(() => page.getByText('首次签约（计入统计）').isVisible()).toBe(true);
    await poll(() => page.locator('.ant-tag', { hasText: /^签约$/ }).first().isVisible()).toBe(true);
    await poll(() => page.getByText('已核验').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'projects-03-signed-phone');
  });

  it('on a desktop, moves a card by dragging it to another column once its evidence is confirmed, and refuses a column it cannot reach', async () => {
    const page = await e2e.newPage(desktop);
    await e2e.logIn(page, 'officer');
    await page.goto('/projects');
    const column = (stage: string) => page.locator(`section[aria-label="${stage}"]`);
    const card = (stage: string) => column(stage).locator('.ant-card', { hasText: '半导体封测设备北方基地' });
    await poll(() => card('线索').isVisible()).toBe(true);
    await e2e.screenshot(page, 'projects-04-board-desktop');

    // No stage goes back: a warning, and the card stays.
    const laser = column('接洽').locator('.ant-card', { hasText: '激光加工装备华北服务中心' });
    await laser.dragTo(column('线索'));
    await poll(() => page.getByText('不能从「接洽」直接移到「线索」').isVisible()).toBe(true);
    expect(await laser.count()).toBe(1);

    await card('线索').dragTo(column('接洽'));
    const dialog = page.locator('.ant-modal', { hasText: '半导体封测设备北方基地' });
    await poll(() => dialog.isVisible()).toBe(true);
    // Until it is confirmed, the card has not moved.
    expect(await card('接洽').count()).toBe(0);
    await dialog.getByLabel('备注').fill('电话联系罗秘书，约定月底来青考察。');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => card('接洽').isVisible()).toBe(true);
    expect(await card('线索').count()).toBe(0);
    await e2e.screenshot(page, 'projects-05-board-moved-desktop');

    // The table flags amounts without an agreement file, and leaves them out on request.
    await page.goto('/projects?view=table');
    const increase = page.getByRole('link', { name: '港湾智能装备二期增资扩产' });
    await poll(() => increase.isVisible()).toBe(true);
    await poll(() => page.locator('.ant-table').getByText('未核验').first().isVisible()).toBe(true);
    await e2e.screenshot(page, 'projects-06-table-desktop');
    await page.getByText('只看已核验金额').click();
    await poll(() => increase.count()).toBe(0);
    await page.goto('/projects?view=calendar');
    await poll(() => page.getByText('待跟进').first().isVisible()).toBe(true);
    await e2e.screenshot(page, 'projects-07-calendar-desktop');
  });
});
