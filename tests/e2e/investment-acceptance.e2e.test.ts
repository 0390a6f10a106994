import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, choosePeriod, phone, startE2e, type E2e } from './harness.ts';

// Investment promotion end to end, at phone width: a leader records two events; an officer logs a visit, turns it
// into a project and moves it to 签约 at the first event (the move waits until its evidence is complete), sees it on
// that event's tracker, and signs it again at the second; the leader's figures count it once, at the first.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

const conference = '2026 青岛（深圳）低空经济推介会（验收）';
const ceremony = '2026 青岛低空经济项目集中签约仪式（验收）';
const enterprise = '深圳市云帆航电科技有限公司';
const project = `${enterprise}项目`;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

async function recordEvent(page: Page, name: string, heldOn: string) {
  await page.goto('/events');
  await page.getByRole('button', { name: /登记活动/ }).click();
  const dialog = page.locator('.ant-modal');
  await dialog.getByLabel('活动名称').fill(name);
  await dialog.getByLabel('举办日期').fill(heldOn);
  await dialog.getByLabel('城市').fill(name.includes('深圳') ? '深圳' : '青岛');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await poll(() => page.getByRole('heading', { name }).isVisible()).toBe(true);
}

/** Picks an event in a signing form's event picker, by typing part of its name. */
async function pickEvent(form: Locator, page: Page, name: string) {
  // An option reads the event's day and name.
  await chooseOption(page, form.getByLabel('签约活动'), new RegExp(` ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), { search: name.slice(-8) });
}

async function attachAgreement(form: Locator) {
  await form.locator('input[type=file]').setInputFiles({ name: '投资协议.pdf', mimeType: 'application/pdf', buffer: pdf });
  await poll(() => form.getByText('投资协议.pdf').first().isVisible()).toBe(true);
}

describe('from a visit to a project counted once at its first event', () => {
  it('takes a visit to 签约 at an event, shows it on the tracker, and counts it once after a second signing elsewhere', async () => {
    const leader = await e2e.newPage(phone);
    await e2e.logIn(leader, 'leader');
    await recordEvent(leader, conference, '2026-11-20');
    await recordEvent(leader, ceremony, '2026-11-28');

    // The officer logs the visit on a phone and turns it into a project.
    const officer = await e2e.newPage(phone);
    await e2e.logIn(officer, 'officer');
    await officer.goto('/visits/new');
    await poll(() => officer.getByRole('button', { name: /保存走访/ }).isVisible()).toBe(true);
    await officer.getByText('新企业', { exact: true }).click();
    await officer.getByPlaceholder('新企业名称').fill(enterprise);
    await officer.getByLabel('地点').fill('宝安区航城街道');
    await officer.getByText('产业链配套', { exact: true }).click();
    await officer.getByLabel('产业链配套说明').fill('需要本地电池与飞控配套');
    await officer.getByRole('button', { name: /保存走访/ }).click();
    await officer.waitForURL((url) => /\/visits\/[0-9a-f-]{36}$/.test(url.pathname));
    await officer.getByRole('button', { name: '转为项目' }).click();
    const form = officer.getByRole('dialog');
    await poll(() => form.getByLabel('项目名称').inputValue()).toBe(project);
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await officer.waitForURL((url) => /\/projects\/[0-9a-f-]{36}$/.test(url.pathname));
    const projectPath = new URL(officer.url()).pathname;
    await poll(() => officer.getByText('来自走访').isVisible()).toBe(true);

    // 签约 at the conference: without its evidence the move does not go.
    await chooseOption(officer, officer.getByLabel('推进到'), '签约');
    const sign = officer.locator('.ant-modal', { hasText: project });
    await poll(() => sign.isVisible()).toBe(true);
    await poll(async () => {
      await sign.getByRole('button', { name: /保\s*存/ }).click();
      return sign.getByText('必填').count();
    }).toBe(4);
    expect(await officer.locator('.ant-tag', { hasText: /^签约$/ }).count()).toBe(0);
    await sign.getByLabel('签约日期').fill('2026-11-20');
    await sign.getByLabel('协议投资额（万元）').fill('12000');
    await sign.getByText('内资', { exact: true }).click();
    await pickEvent(sign, officer, conference);
    await attachAgreement(sign);
    await fitsThePhone(officer);
    await e2e.screenshot(officer, 'acceptance-01-signing-evidence-phone');
    await sign.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => officer.locator('.ant-tag', { hasText: /^签约$/ }).first().isVisible()).toBe(true);

    // The signing names its event; the event's page counts the project and tracks it.
    await officer.getByRole('link', { name: conference }).click();
    await poll(() => officer.getByRole('heading', { name: conference }).isVisible()).toBe(true);
    await poll(() => officer.getByText('落地跟踪（计入本场 1 个项目）').isVisible()).toBe(true);
    await poll(() => officer.getByText('计入本场 12,000 万元').or(officer.getByText('计入本场 12000 万元')).first().isVisible()).toBe(true);
    await fitsThePhone(officer);
    await e2e.screenshot(officer, 'acceptance-02-event-tracker-phone');

    // Signed again at the city's ceremony, with a supplementary agreement.
    await officer.goto(projectPath);
    await officer.getByRole('button', { name: '再次签约' }).click();
    const resign = officer.locator('.ant-modal', { hasText: '再次签约' });
    await poll(() => resign.isVisible()).toBe(true);
    await resign.getByLabel('签约日期').fill('2026-11-28');
    await resign.getByLabel('协议投资额（万元）').fill('12000');
    await resign.getByText('内资', { exact: true }).click();
    await pickEvent(resign, officer, ceremony);
    await attachAgreement(resign);
    await resign.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => officer.getByRole('link', { name: ceremony }).isVisible()).toBe(true);

    // The leader: at the ceremony the project shows as already counted, and the ceremony counts none.
    await leader.goto('/events');
    await leader.getByRole('link', { name: ceremony }).click();
    await poll(() => leader.getByText('落地跟踪（计入本场 0 个项目）').isVisible()).toBe(true);
    await poll(() => leader.getByText('已计入').first().isVisible()).toBe(true);
    await fitsThePhone(leader);
    await e2e.screenshot(leader, 'acceptance-03-ceremony-already-counted-phone');

    // The report of November: the conference counts it, the ceremony does not, and the projects first signed that
    // month hold it once.
    await leader.goto('/reports/investment');
    await poll(() => leader.getByRole('heading', { name: '招商报表' }).isVisible()).toBe(true);
    // On a phone the period is two pickers of one month each, which fit its width.
    await choosePeriod(leader, '2026-11-01', '2026-11-30');
    const landing = leader.locator('.ant-card', { hasText: '活动签约项目落地率' });
    const counted = (name: string) => landing.locator('tr', { hasText: name }).locator('td').nth(2);
    await poll(() => counted(conference).textContent()).toBe('1');
    await poll(() => counted(ceremony).textContent()).toBe('0');
    await fitsThePhone(leader);
    await e2e.screenshot(leader, 'acceptance-04-report-phone');
    await leader.goto('/projects?view=table&signedFrom=2026-11-01&signedTo=2026-11-30');
    await poll(() => leader.locator('.ant-table-tbody tr.ant-table-row', { hasText: project }).count()).toBe(1);
  });
});
