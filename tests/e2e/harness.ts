import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { AppContext } from '../../src/platform/http/context.ts';
import { startJobs } from '../../src/platform/jobs/jobs.ts';
import { buildApp } from '../../src/server/app.ts';
import { startModuleJobs } from '../../src/server/compose.ts';
import { modules } from '../../src/server/modules.ts';
import { ensureWebBuild } from '../../src/server/web-build.ts';
import { demoPassword } from '../../src/seed/seed.ts';
import { createDemoDatabase } from '../../src/test/demo-database.ts';

export const screenshotDir = path.resolve('test-results');

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 860 };

export interface E2e {
  baseUrl: string;
  browser: Browser;
  /** A page in a fresh browser profile (no cookies, no saved language), reporting its script errors. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Signs a demo account in through the login page and waits for the first page after it. */
  logIn(page: Page, username: string): Promise<void>;
  screenshot(page: Page, name: string): Promise<void>;
  /** Uncaught errors of the pages' scripts; a test ends by expecting none. */
  pageErrors: string[];
  /** The server's context, for a test to read the database or do what a scheduled job would at another time. */
  ctx: AppContext;
}

/**
 * The whole product as users get it: the production web build served by the app, on a fresh database seeded
 * with the demo data, with background jobs running (imports need them), driven by headless Chromium. Everything
 * stops after the test file.
 */
export async function startE2e(): Promise<E2e> {
  ensureWebBuild();
  const database = await createDemoDatabase();
  const config = { ...loadConfig({}), databaseUrl: database.url };
  const jobs = await startJobs(database.url, () => undefined);
  const ctx: AppContext = { db: database.db, pool: database.pool, config, jobs };
  await startModuleJobs(ctx, modules);
  const app = await buildApp(ctx, { modules });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app is not listening on a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Registered after the database's own clean-up, so it runs before it: the app lets go of the database first.
  afterAll(async () => {
    await browser.close();
    await app.close();
    await jobs.stop();
  });
  fs.mkdirSync(screenshotDir, { recursive: true });

  const pageErrors: string[] = [];
  return {
    baseUrl,
    browser,
    pageErrors,
    ctx,
    async newPage(viewport = desktop) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    async logIn(page, username) {
      await page.goto('/login');
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(demoPassword);
      await page.locator('button[type=submit]').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    },
    async screenshot(page, name) {
      // Sticky header and menu would be drawn where the scrolled page left them.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
  };
}

/**
 * Types a period into the page's period picker at phone width (`PeriodPicker`: a picker for each end), and waits for
 * its calendars to close.
 */
export async function choosePeriod(page: Page, from: string, to: string): Promise<void> {
  for (const [name, day] of [['开始', from], ['结束', to]] as const) {
    const input = page.getByRole('textbox', { name, exact: true });
    await input.click();
    await input.fill(day);
    await input.press('Enter');
  }
  await expect.poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count(), { timeout: 15_000 }).toBe(0);
}

/**
 * Picks an option of a select (by its exact title, or a pattern of it; a searching select is first typed `search`), then waits for its list to be gone, so that the closing list
 * covers no field the next step clicks. A multiple select stays open after a pick: Escape closes it, but in a dialog
 * a click on the dialog's title does (Escape would close the dialog itself once the list is gone).
 */
export async function chooseOption(page: Page, field: Locator, option: string | RegExp, options: { multiple?: boolean; search?: string } = {}): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await field.click();
  if (options.search !== undefined) await field.fill(options.search);
  const choice = open.getByTitle(option, { exact: true });
  await choice.click();
  if (options.multiple) {
    // A pick lost on a busy machine leaves the option unselected (antd marks a selected one with a class): picked again.
    const selected = async () => ((await choice.getAttribute('class')) ?? '').includes('ant-select-item-option-selected');
    await expect
      .poll(
        async () => {
          if (!(await selected())) await choice.click({ timeout: 1_000 }).catch(() => undefined);
          return selected();
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(true);
    const dialogTitle = page.locator('.ant-modal-title');
    if (await dialogTitle.count()) await dialogTitle.last().click();
    else await page.keyboard.press('Escape');
  }
  await expect
    .poll(
      async () => {
        // On a busy machine a pick made while the list was still opening can be lost, leaving it open: a single
        // select's option is picked again (the same value again only closes it); a multiple one's would be undone.
        if (!options.multiple && (await choice.isVisible())) await choice.click({ timeout: 1_000 }).catch(() => undefined);
        return open.count();
      },
      { timeout: 10_000, interval: 500 },
    )
    .toBe(0);
}
