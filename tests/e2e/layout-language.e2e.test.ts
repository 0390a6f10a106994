import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters } from '../../src/platform/i18n/simplified-only.ts';
import { desktop, phone, startE2e, type E2e } from './harness.ts';

let e2e: E2e;

/** Pages load their data after the first paint: wait for it longer than expect.poll's second. */
const poll = <T>(read: () => T | Promise<T>, message?: string) => expect.poll(read, { timeout: 10_000, message });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

async function signedIn(username: string, viewport = desktop): Promise<Page> {
  const page = await e2e.newPage(viewport);
  await e2e.logIn(page, username);
  return page;
}

/**
 * Where each column header is hidden: outside the viewport, clipped by the table's own scrolling, or painted over
 * by something else (a pinned column, the top bar). Empty when every header can be seen.
 */
function hiddenHeaders(page: Page, titles: string[]) {
  return page.evaluate((wanted) => {
    const problems: string[] = [];
    for (const title of wanted) {
      const cell = [...document.querySelectorAll<HTMLElement>('.ant-table-thead th')].find((th) => th.textContent?.trim() === title);
      if (!cell) {
        problems.push(`${title}: no such column`);
        continue;
      }
      const box = cell.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (box.width < 20 || box.left < 0 || box.right > window.innerWidth || box.top < 0 || box.bottom > window.innerHeight) {
        problems.push(`${title}: outside the viewport (${Math.round(box.left)}–${Math.round(box.right)} of ${window.innerWidth})`);
        continue;
      }
      const scroller = cell.closest('.ant-table-content, .ant-table-header');
      const clip = scroller?.getBoundingClientRect();
      if (clip && (box.left < clip.left - 1 || box.right > clip.right + 1)) {
        problems.push(`${title}: scrolled out of the table`);
        continue;
      }
      const top = document.elementFromPoint(x, y);
      if (!top || !cell.contains(top)) problems.push(`${title}: covered by ${top?.className || top?.tagName}`);
    }
    return problems;
  }, titles);
}

/** The table scrolls sideways when its content is wider than its box. */
function tableOverflow(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
    return body ? body.scrollWidth - body.clientWidth : 0;
  });
}

async function expectHeadersVisible(page: Page, titles: string[]) {
  await poll(() => page.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
  expect(await hiddenHeaders(page, titles)).toEqual([]);
  expect(await tableOverflow(page)).toBeLessThanOrEqual(0);
}

/**
 * The text a reader sees: visible text nodes, and the placeholders and accessible names of visible elements.
 * Left out are what the markup itself declares not to be interface text: user data that is never translated
 * (`translate="no"`: enterprise, person and tag names, addresses) and text marked as written in Chinese
 * (`lang="zh…"`: industry classes that have no English name, the logo glyph, the language menu's names).
 */
function readerText(page: Page) {
  return page.evaluate(() => {
    // The signed-in user's own name in the top bar is user data too.
    const excluded = (element: Element | null) => Boolean(element?.closest('[translate="no"], [lang^="zh"]:not(html)'));
    const visible = (element: Element) => (element as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && node.textContent?.trim() && visible(parent) && !excluded(parent)) parts.push(node.textContent.trim());
    }
    for (const element of document.querySelectorAll('[placeholder], [aria-label]')) {
      if (!visible(element) || excluded(element)) continue;
      for (const name of ['placeholder', 'aria-label']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
}

/**
 * Switches the language from the header, and waits for the page to be in it (its `lang`) with the menu closed, so that
 * the menu's language names are not read as the page's text. On a busy machine a click can land while the menu is
 * still opening and be lost, or the menu's closing motion can stall: the switch is tried again, and the menu closed
 * with Escape, until the page is in the language.
 */
async function chooseLanguage(page: Page, name: string, code: string) {
  const item = page.getByRole('menuitem', { name });
  const openMenus = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)');
  await poll(async () => {
    if ((await page.evaluate(() => document.documentElement.lang)) === code) return true;
    if (!(await item.isVisible())) await page.getByTestId('language-switcher').click();
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    return false;
  }).toBe(true);
  await poll(async () => {
    if ((await openMenus.count()) > 0) await page.keyboard.press('Escape');
    return openMenus.count();
  }).toBe(0);
}

async function someEnterpriseIn(page: Page, region: string): Promise<string> {
  const response = await page.request.get(`/api/enterprises?region=${region}&page=1&pageSize=1`);
  const { items } = (await response.json()) as { items: { id: string }[] };
  expect(items.length).toBe(1);
  return items[0]!.id;
}

describe('tables fit the screen', () => {
  it('shows every essential column of the enterprise list at 1280 px, under a sticky header', async () => {
    const page = await signedIn('admin');
    await page.goto('/enterprises');
    const essential = ['企业名称', '统一社会信用代码', '行业', '所在地区', '企业规模', '更新时间'];
    await expectHeadersVisible(page, essential);
    await e2e.screenshot(page, 'layout-01-enterprise-list-1280');

    // Scrolled down, the headers stay in view just below the top bar, which nothing paints over.
    await page.evaluate(() => window.scrollTo(0, 600));
    await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await poll(() => hiddenHeaders(page, essential)).toEqual([]);
    const topBarClear = await page.evaluate(() => {
      const bar = document.querySelector('.app-header')!.getBoundingClientRect();
      const heads = [...document.querySelectorAll('.ant-table-thead th')].map((th) => th.getBoundingClientRect());
      const underBar = heads.every((head) => head.top >= bar.bottom - 1);
      const hit = document.elementFromPoint(bar.left + 40, bar.top + bar.height / 2);
      return underBar && Boolean(hit?.closest('.app-header'));
    });
    expect(topBarClear).toBe(true);
    await page.screenshot({ path: 'test-results/layout-02-enterprise-list-scrolled.png' });
    await page.context().close();
  });

  it('shows the users table with its status and actions at 1280 px, the actions named', async () => {
    const page = await signedIn('admin');
    await page.goto('/admin/users');
    await expectHeadersVisible(page, ['用户名', '姓名', '角色', '状态', '操作']);
    // The icon-only actions have names a screen reader can read.
    await poll(() => page.getByRole('button', { name: '重置密码' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('combobox', { name: '角色' }).count()).toBe(1);
    await e2e.screenshot(page, 'layout-03-users-1280');
    await page.context().close();
  });

  it('fits the tags table on a phone', async () => {
    const page = await signedIn('admin', phone);
    await page.goto('/admin/tags');
    await expectHeadersVisible(page, ['标签名称', '企业数', '操作']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await poll(() => page.getByRole('button', { name: '编辑' }).count()).toBeGreaterThan(0);
    await e2e.screenshot(page, 'layout-04-tags-390');
    await page.context().close();
  });

  it('names the enterprise list filters for screen readers', async () => {
    const page = await signedIn('officer');
    await page.goto('/enterprises');
    for (const name of ['行业', '所在地区', '标签', '企业规模']) {
      await poll(() => page.getByRole('combobox', { name: new RegExp(name) }).count(), name).toBe(1);
    }
    await page.context().close();
  });
});

describe('errors and forms', () => {
  it('answers a malformed enterprise id as a missing page, without a useless retry', async () => {
    const page = await signedIn('officer');
    for (const path of ['/enterprises/abc', '/enterprises/abc/edit', "/enterprises/'%20or%201=1"]) {
      await page.goto(path);
      await poll(() => page.getByText('页面不存在').isVisible(), path).toBe(true);
      expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
    }
    await e2e.screenshot(page, 'layout-05-malformed-id');
    await page.context().close();
  });

  it('scrolls the first bad field into view below the top bar after a failed submit', async () => {
    const page = await signedIn('officer');
    await page.goto('/enterprises/new');
    await page.locator('#address').fill('青岛市崂山区');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await poll(() => page.locator('#name_help').isVisible()).toBe(true);
    const gap = () =>
      page.evaluate(() => {
        const bar = document.querySelector('.app-header')!.getBoundingClientRect();
        const field = document.querySelector('#name')!.getBoundingClientRect();
        return field.top - bar.bottom;
      });
    await poll(gap).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });
});

describe('every page in the reader\'s language', () => {
  it('shows nothing in Simplified Chinese to a reader of Traditional Chinese', async () => {
    const page = await signedIn('admin');
    const laoshan = await someEnterpriseIn(page, '370212');
    await page.goto('/enterprises');
    await chooseLanguage(page, '繁體中文', 'zh-TW');
    await poll(() => page.getByRole('heading', { name: '企業資料庫' }).isVisible()).toBe(true);
    await poll(async () => (await page.locator('tr.ant-table-row').allTextContents()).join('\n')).toContain('青島市 / ');
    expect(simplifiedOnlyCharacters(await readerText(page))).toEqual([]);
    await e2e.screenshot(page, 'language-01-list-zh-TW');

    await page.goto(`/enterprises/${laoshan}`);
    await poll(() => page.getByText('山東省 / 青島市 / 嶗山區').isVisible()).toBe(true);
    expect(simplifiedOnlyCharacters(await readerText(page))).toEqual([]);
    await e2e.screenshot(page, 'language-02-detail-zh-TW');

    // The home page's district chart is named after the city in the reader's script.
    await page.goto('/');
    await poll(() => page.getByRole('img', { name: '青島市各區（市）企業分布' }).isVisible()).toBe(true);
    await e2e.screenshot(page, 'language-03-home-zh-TW');

    await page.goto('/admin/users');
    await poll(() => page.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(simplifiedOnlyCharacters(await readerText(page))).toEqual([]);
    await page.context().close();
  });

  it('shows no Chinese to an English reader but names and unnamed industry classes', async () => {
    const page = await signedIn('admin');
    const laoshan = await someEnterpriseIn(page, '370212');
    const han = /\p{Script=Han}+/gu;
    await page.goto('/enterprises');
    await chooseLanguage(page, 'English', 'en');
    await poll(() => page.getByRole('heading', { name: 'Enterprises' }).isVisible()).toBe(true);
    await poll(async () => (await page.locator('tr.ant-table-row').allTextContents()).join('\n')).toContain('Qingdao / ');
    expect((await readerText(page)).match(han)).toBeNull();
    await e2e.screenshot(page, 'language-04-list-en');

    await page.goto(`/enterprises/${laoshan}`);
    await poll(() => page.getByText('Shandong / Qingdao / Laoshan District').isVisible()).toBe(true);
    // Sections and divisions have English names; the class keeps its Chinese one, marked as Chinese.
    await poll(() => page.locator('.ant-descriptions').textContent()).toMatch(/(Manufactur|Services|Trade|Education|Research)/);
    expect((await readerText(page)).match(han)).toBeNull();
    await e2e.screenshot(page, 'language-05-detail-en');

    await page.goto('/');
    await poll(() => page.getByRole('img', { name: 'Enterprises by district of Qingdao' }).isVisible()).toBe(true);
    await e2e.screenshot(page, 'language-06-home-en');

    await page.goto('/admin/tags');
    await poll(() => page.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    expect((await readerText(page)).match(han)).toBeNull();
    await page.context().close();
  });
});
