import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { presentCategory } from './category-records.ts';
import { serviceCategories } from './schema.ts';
import type { CategoryView } from './schemas.ts';

/** The categories in their order: the active ones for a submitter's choice, every one for their administrators. */
export async function listCategories(db: DbOrTx, options: { includeInactive: boolean; locale: Locale }): Promise<CategoryView[]> {
  const rows = await db
    .select()
    .from(serviceCategories)
    .where(options.includeInactive ? undefined : eq(serviceCategories.active, true))
    .orderBy(asc(serviceCategories.position), asc(serviceCategories.code));
  return rows.map((row) => presentCategory(row, options.locale));
}
