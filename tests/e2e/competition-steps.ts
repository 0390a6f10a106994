import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Db } from '../../src/platform/db/connection.ts';
import { competitionEntries } from '../../src/modules/competition/schema.ts';
import { enterprises } from '../../src/modules/enterprises/schema.ts';
import { entryRow } from '../../src/test/competition-entry.ts';
import { chooseOption } from './harness.ts';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');

/**
 * Entries of a round made in the database, as if registered and found eligible, each with its organisation added to
 * the enterprise register; their ids, in the order given.
 */
export async function addEntries(
  db: Db,
  round: { editionId: string; roundId: string; trackId: string },
  entries: readonly { number: string; projectName: string; organisation: string }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of entries) {
    const [enterprise] = await db.insert(enterprises).values({ name: entry.organisation, searchText: entry.organisation }).returning();
    const { number, projectName, organisation: organisationName } = entry;
    const [made] = await db
      .insert(competitionEntries)
      .values(entryRow({ ...round, number, projectName, organisationName, enterpriseId: enterprise!.id, state: 'eligible' }))
      .returning();
    ids.push(made!.id);
  }
  return ids;
}

/**
 * On a project's page: moves it to 签约 with its evidence (the day, the agreed amount, domestic capital and the
 * agreement's file), and waits for the page to show it signed.
 */
export async function signProject(page: Page, projectName: string, { signedOn, amountWan }: { signedOn: string; amountWan: string }) {
  const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
  await chooseOption(page, page.getByLabel('推进到'), '签约');
  const sign = page.locator('.ant-modal', { hasText: projectName });
  await poll(() => sign.isVisible()).toBe(true);
  await sign.getByLabel('签约日期').fill(signedOn);
  await sign.getByLabel('协议投资额（万元）').fill(amountWan);
  await sign.getByText('内资', { exact: true }).click();
  await sign.locator('input[type=file]').setInputFiles({ name: '投资协议.pdf', mimeType: 'application/pdf', buffer: pdf });
  await poll(() => sign.getByText('投资协议.pdf').first().isVisible()).toBe(true);
  await sign.getByRole('button', { name: /保\s*存/ }).click();
  await poll(() => page.locator('.ant-tag', { hasText: /^签约$/ }).first().isVisible()).toBe(true);
}
