import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, phone, startE2e, type E2e } from './harness.ts';

// An officer on a phone: records a talent team, moves it to 落地 once its evidence is complete, sees the talent
// coming with a project on the project's page, and says where that project lands.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('talent and landings on a phone', () => {
  it('records a talent team and lands it once the landing day is given', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    await page.goto('/talent');
    await poll(() => page.getByRole('link', { name: '无人机动力电池工程团队（陈博士团队）' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'talent-01-list-phone');

    await page.getByRole('button', { name: /新建人才记录/ }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('姓名或团队名称').fill('海洋传感器研发团队（孙博士团队）');
    await dialog.getByText('团队', { exact: true }).click();
    await dialog.getByLabel('专业领域').fill('海洋环境传感器');
    await dialog.getByLabel('现居城市').fill('杭州');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    await poll(() => page.getByRole('heading', { name: '海洋传感器研发团队（孙博士团队）' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '达成意向' }).click();
    const intent = page.locator('.ant-modal', { hasText: '海洋传感器研发团队' });
    await intent.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.locator('.ant-page-header, .page-header').locator('.ant-tag', { hasText: /^意向$/ }).first().isVisible()).toBe(true);

    await page.getByRole('button', { name: '落地' }).click();
    const land = page.locator('.ant-modal', { hasText: '海洋传感器研发团队' });
    await poll(async () => {
      await land.getByRole('button', { name: /保\s*存/ }).click();
      return land.getByText('必填').count();
    }).toBe(1);
    await land.getByLabel('落地日期').fill('2026-11-20');
    await land.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.locator('.page-header .ant-tag', { hasText: /^落地$/ }).first().isVisible()).toBe(true);
    await poll(() => page.getByText('2026-11-20').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'talent-02-landed-phone');

    // Edited after landing: the city they moved to.
    await page.getByRole('button', { name: '编辑' }).click();
    const edit = page.locator('.ant-modal', { hasText: '编辑人才记录' });
    await edit.getByLabel('现居城市').fill('青岛');
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.locator('.ant-descriptions').getByText('青岛', { exact: true }).isVisible()).toBe(true);
  });

  it("shows a project's talent and where it lands, and the site lists the project", async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    await page.goto('/projects?view=table');
    await page.getByRole('link', { name: '工业级无人机整机生产线' }).first().click();
    await poll(() => page.getByText('随项目引进的人才').isVisible()).toBe(true);
    await poll(() => page.getByRole('link', { name: '无人机动力电池工程团队（陈博士团队）' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: '编辑' }).click();
    const dialog = page.locator('.ant-modal');
    await chooseOption(page, dialog.getByLabel('落地载体'), '即墨区青年创新创业园', { search: '青年创新' });
    await dialog.getByLabel('楼宇 / 楼层 / 单元').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '1号楼 孵化器' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.getByRole('link', { name: '即墨区青年创新创业园' }).isVisible()).toBe(true);
    await poll(() => page.getByText('· 1号楼 孵化器').isVisible()).toBe(true);
    await e2e.screenshot(page, 'talent-03-project-landing-phone');

    await page.getByRole('link', { name: '即墨区青年创新创业园' }).click();
    await poll(() => page.getByText('落地项目').isVisible()).toBe(true);
    await poll(() => page.getByRole('link', { name: '工业级无人机整机生产线' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'talent-04-site-projects-phone');
  });
});
