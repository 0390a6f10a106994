import type { Locator, Page } from 'playwright-core';
import { pdf } from '../../src/platform/attachments/attachments-test-app.ts';
import { chinaToday } from '../../src/platform/calendar/china-day.ts';
import { expect } from 'vitest';
import { chooseOption } from './harness.ts';

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** From the library, writes a district policy with its guide through the form; ends on the draft's page. */
export async function writePolicy(page: Page, { title, originalText }: { title: string; originalText: string }) {
  await page.goto('/policies');
  await page.getByRole('button', { name: /新建政策/ }).click();
  const form = page.locator('.ant-modal');
  await form.getByLabel('政策标题').fill(title);
  await form.getByLabel('发文机关').fill('青岛市崂山区人民政府');
  await form.getByLabel('文号').fill('崂政发〔2026〕21号');
  await form.getByLabel('政策原文').fill(originalText);
  await form.getByLabel('申报对象').fill('在崂山区注册的高新技术企业');
  await form.getByLabel('申报条件').fill('高新技术企业，上一年度研发投入达到标准');
  await form.getByLabel('支持标准').fill('一次性奖励');
  await form.getByLabel('申报方式').fill('通过平台在线申报');
  await form.getByLabel('咨询方式').fill('崂山区科学技术局，0532-8899 1001');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
  await poll(() => page.getByText('草稿', { exact: true }).isVisible()).toBe(true);
}

/**
 * On a policy's page, adds a benefit item through the rule builder: the enterprise carries a tag, and its R&D
 * spending of last year reaches a threshold; a fixed amount. Waits for the item's conditions in words.
 */
export async function addTagAndRdItem(page: Page, { title, tag, rdAtLeastWan, amountWan }: { title: string; tag: string; rdAtLeastWan: number; amountWan: number }) {
  await page.getByRole('button', { name: /添加支持事项/ }).click();
  const item = page.locator('.ant-modal', { hasText: '添加支持事项' });
  await item.getByLabel('事项名称').fill(title);
  await item.getByRole('button', { name: /添加条件/ }).click();
  await chooseOption(page, item.getByLabel('条件 1 类型'), '企业标签');
  await chooseOption(page, item.getByLabel('条件 1 标签', { exact: true }), tag, { multiple: true });
  await item.getByRole('button', { name: /添加条件/ }).click();
  await chooseOption(page, item.getByLabel('条件 2 类型'), '年度指标');
  await chooseOption(page, item.getByLabel('条件 2 指标'), '研发投入');
  await item.getByLabel('条件 2 数值').fill(String(rdAtLeastWan));
  await item.getByText('固定金额', { exact: true }).click();
  await item.getByLabel('金额（万元）').fill(String(amountWan));
  await item.getByRole('button', { name: /保\s*存/ }).click();
  await poll(() => page.getByText(`具有以下任一标签：${tag}`, { exact: true }).isVisible()).toBe(true);
  await poll(() => page.getByText(`上一年度研发投入不低于 ${rdAtLeastWan} 万元`, { exact: true }).isVisible()).toBe(true);
  await poll(() => page.getByText(`金额：${amountWan} 万元`, { exact: true }).isVisible()).toBe(true);
}

/** Publishes the policy on its page; its guide goes out with it. */
export async function publishPolicy(page: Page) {
  await page.getByRole('button', { name: /^发\s*布$/ }).click();
  await poll(() => page.locator('.page-header .ant-tag', { hasText: /^已发布$/ }).isVisible()).toBe(true);
  await poll(() => page.locator('.page-header .ant-tag', { hasText: /^指南已发布$/ }).isVisible()).toBe(true);
}

/** An application's or a policy's state tag on its page. */
export const stateTag = (page: Page, name: string) => page.locator('.ant-tag', { hasText: name }).first();

/** Attaches a PDF to the record whose page is open, and waits for it to be listed. */
export async function uploadPdf(page: Page, fileName: string) {
  await page.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
  await poll(() => page.getByText(fileName).first().isVisible()).toBe(true);
}

async function typeDay(page: Page, dialog: Locator, label: string, day: string) {
  const input = dialog.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count()).toBe(0);
}

/** Opens a move's dialog, lets `fill` fill it, saves (unless the fill did), and waits for the state it leads to. */
async function moveWithEvidence(page: Page, button: string, fill: (dialog: Locator) => Promise<void>, reached: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: button });
  await fill(dialog);
  // Enter in a date field may submit the dialog's form already: then its button turns to loading and goes with the
  // dialog, and a click on it finds nothing. The state reached below is what tells the move was made.
  const save = dialog.getByRole('button', { name: '保存' });
  if (await save.isVisible()) {
    await save.click({ timeout: 5_000 }).catch(async (error: unknown) => {
      if ((await dialog.isVisible()) && !(await save.getAttribute('class'))?.includes('ant-btn-loading')) throw error;
    });
  }
  await poll(() => stateTag(page, reached).isVisible()).toBe(true);
}

/**
 * On the draft application's page, the enterprise attaches one PDF, names it for each required file, and submits.
 */
export async function submitApplication(page: Page, { fileName, requiredFiles }: { fileName: string; requiredFiles: readonly string[] }) {
  await uploadPdf(page, fileName);
  for (const required of requiredFiles) await chooseOption(page, page.getByLabel(required), fileName, { multiple: true });
  await page.getByRole('button', { name: '提交申请' }).click();
  await poll(() => stateTag(page, '已提交').isVisible()).toBe(true);
}

/**
 * On a submitted application's page, the policy office accepts it, approves an amount, publicizes it until today and
 * records the payout with a voucher: 已兑现.
 */
export async function reviewAndPay(page: Page, { amountWan }: { amountWan: number }) {
  await page.getByRole('button', { name: '受理' }).click();
  await poll(() => stateTag(page, '已受理').isVisible()).toBe(true);
  await moveWithEvidence(page, '审核通过', (dialog) => dialog.getByLabel('核定金额').fill(String(amountWan)), '已审核');
  await moveWithEvidence(page, '公示', (dialog) => typeDay(page, dialog, '公示截止日', chinaToday()), '公示中');
  await uploadPdf(page, '拨付凭证.pdf');
  await moveWithEvidence(page, '登记兑现', (dialog) => chooseOption(page, dialog.getByLabel('拨付凭证'), '拨付凭证.pdf'), '已兑现');
}
