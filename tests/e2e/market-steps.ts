import type { Page } from 'playwright-core';
import { chooseOption } from './harness.ts';

/**
 * On a deal's page at 洽谈: opens 登记签约, fills the amount, the date, 转让 and the contract file already attached
 * to the deal, and confirms; the caller checks what the page shows next.
 */
export async function signDeal(page: Page, { amountWan, fileName }: { amountWan: string; fileName: string }) {
  await page.getByRole('button', { name: '登记签约' }).click();
  const dialog = page.locator('.ant-modal');
  await dialog.getByLabel('合同金额（万元）').fill(amountWan);
  await dialog.getByLabel('签约日期').fill('2026-12-01');
  await chooseOption(page, dialog.getByLabel('交易方式'), '转让');
  await chooseOption(page, dialog.getByLabel('合同文件'), fileName);
  await dialog.getByRole('button', { name: '登记签约' }).click();
}
