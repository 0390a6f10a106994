import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { localizedName } from '../../platform/i18n/localized-name.ts';
import { teams } from '../../platform/teams/schema.ts';
import { serviceCategories } from '../service-desk/schema.ts';

/** The names of the teams a figure groups by, one query for all of them. */
export async function teamNamesOf(db: DbOrTx, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The names of the categories a figure groups by, in the reader's language. */
export async function categoryNamesOf(db: DbOrTx, codes: Iterable<string>, locale: Locale): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select().from(serviceCategories).where(inArray(serviceCategories.code, wanted));
  return new Map(rows.map((row) => [row.code, localizedName(locale, row)]));
}

/** The key of a team in a grouping: its id, or '' for the requests routed to none. */
export const teamKey = (teamId: string | null) => teamId ?? '';
export const teamOfKey = (key: string) => key || null;
