import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// The competition's organising office, on a phone, starts the next edition: a track, a round, and the round's two
// phases with who goes on from each; then finds the edition listed beside the sixth.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const name = '第七届蓝贝国际创新大赛（浏览器测试）';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('competition editions on a phone', () => {
  it('lets the organiser create an edition with a track and a round with phases, and lists it', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'organiser');
    await page.goto('/competition');
    await poll(() => page.getByRole('link', { name: '第六届蓝贝国际创新大赛' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: /新建届次/ }).click();
    const edition = page.locator('.ant-modal', { hasText: '新建届次' });
    await edition.getByLabel('届次名称').fill(name);
    await edition.getByLabel('年份').fill('2027');
    await edition.getByLabel('开始日期').fill('2027-03-01');
    await edition.getByLabel('结束日期').fill('2027-09-30');
    await edition.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.getByRole('heading', { name }).isVisible()).toBe(true);
    for (const empty of ['还没有赛道', '还没有赛区', '还没有奖项']) await poll(() => page.getByText(empty).isVisible()).toBe(true);

    await page.getByRole('button', { name: /添加赛道/ }).click();
    const track = page.locator('.ant-modal', { hasText: '添加赛道' });
    await track.getByLabel('赛道名称').fill('海洋科技');
    await track.getByLabel('行业代码（GB/T 4754）').pressSequentially('C37,');
    await track.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.getByText('C37 铁路、船舶、航空航天和其他运输设备制造业').isVisible()).toBe(true);

    await page.getByRole('button', { name: /添加赛区/ }).click();
    const round = page.locator('.ant-modal', { hasText: '添加赛区' });
    await round.getByLabel('赛区名称').fill('青岛赛区');
    await round.getByLabel('城市').fill('青岛');
    await round.getByLabel('场地').fill('青岛国际创新园');
    await round.getByLabel('比赛日期').fill('2027-06-12');
    await round.getByLabel('名额').fill('60');
    await round.getByRole('button', { name: /保\s*存/ }).click();
    const card = page.locator('[data-round="青岛赛区"]');
    await poll(() => card.getByText('2027-06-12 · 青岛 · 青岛国际创新园').isVisible()).toBe(true);
    await poll(() => card.getByText('还没有阶段').isVisible()).toBe(true);

    // The first phase offered is the online review; the next, the roadshow.
    await card.getByRole('button', { name: /添加阶段/ }).click();
    const review = page.locator('.ant-modal', { hasText: '为青岛赛区添加阶段' });
    await review.getByLabel('开始日期').fill('2027-05-01');
    await review.getByLabel('截止日期').fill('2027-06-01');
    await review.getByLabel('晋级名额（前 N 名）').fill('30');
    await review.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => card.getByText('前 30 名晋级').isVisible()).toBe(true);

    await card.getByRole('button', { name: /添加阶段/ }).click();
    const roadshow = page.locator('.ant-modal', { hasText: '为青岛赛区添加阶段' });
    await roadshow.getByLabel('开始日期').fill('2027-06-12');
    await roadshow.getByLabel('截止日期').fill('2027-06-12');
    await roadshow.getByLabel('晋级名额（前 N 名）').fill('10');
    await roadshow.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => card.getByText('前 10 名晋级').isVisible()).toBe(true);
    expect(await card.locator('.ant-list-item').allInnerTexts()).toEqual([expect.stringMatching(/^1\. 线上评审/), expect.stringMatching(/^2\. 路演/)]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'competition-01-edition-phone');

    await page.getByRole('link', { name: /返回大赛列表/ }).click();
    await poll(() => page.getByRole('link', { name }).isVisible()).toBe(true);
    await poll(() => page.getByText('1 个赛道').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'competition-02-list-phone');
  });
});
